import { addDayKey, dayOf, daysSinceMonday, localDayKey, toLocalIso } from '../../core/dates.js';
import type { Entry, JournalData } from '../../core/entry.js';
import { newId } from '../../core/ids.js';
import { moodLabel, ordinal } from '../../core/mood.js';
import { usageError } from '../../core/errors.js';
import { askCheckin } from '../../ui/checkin-prompts.js';
import { sanitizeLine } from '../../core/sanitize.js';
import { matchWarningSign } from '../../core/warning-signs.js';
import { askCountryOnce, recordCountryAnswer } from '../config/run.js';
import type { Ctx } from '../context.js';
import { noteEditor, withNoteDraft } from '../note-habits.js';
import { patchFromFlags, requireMood } from '../entry-fields.js';
import { attendanceChoices, validateAttended } from '../programs/lookup.js';
import type { CheckinOptions } from './define.js';

/** Tags used before, most used first (ties: most recent). */
export function knownTags(data: JournalData): string[] {
  const count = new Map<string, number>();
  for (const e of data.entries) for (const t of e.tags) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** "3rd check-in this week" — gentle context, never a streak. */
export function weekContext(entries: readonly Entry[], at: string, now: Date): string {
  const today = localDayKey(now);
  const weekStart = addDayKey(today, -daysSinceMonday(today));
  const day = dayOf(at);
  if (day < weekStart || day > today) return '';
  const n = entries.filter((e) => {
    const d = dayOf(e.at);
    return d >= weekStart && d <= today;
  }).length;
  return `${ordinal(n)} check-in this week.`;
}

/**
 * `peerpath checkin [MOOD]`: guided prompts in a terminal when no mood is given, else the flags.
 * `checkin 6` is `--mood 6`. `--editor` writes the note in the person's editor.
 */
export async function checkin(ctx: Ctx, opts: CheckinOptions, moodArg?: string): Promise<void> {
  if (moodArg !== undefined && opts.mood !== undefined) {
    throw usageError(`The mood was given twice (${moodArg} and --mood ${opts.mood}). Give it once, e.g. \`peerpath checkin ${moodArg}\`.`);
  }
  const patch = await patchFromFlags(moodArg !== undefined ? { ...opts, mood: moodArg } : opts, ctx, moodArg !== undefined ? 'The mood' : undefined);
  const store = ctx.store();
  let fields: Omit<Entry, 'id' | 'recordedAt' | 'updatedAt'>;
  const now = ctx.now();
  const openEditor = noteEditor(ctx, store);
  let countryAnswer: { country: string | null } | null = null;
  let afterSave: (() => Promise<void>) | null = null; // clears the note draft once the check-in is saved
  if (patch.mood === undefined && ctx.interactive) {
    const data = await store.read();
    const { answers, clear } = await withNoteDraft(ctx, store, async (draft) =>
      askCheckin(await ctx.prompts(), {
        knownTags: knownTags(data),
        programs: attendanceChoices(data),
        // flags given with the prompts (--tags, --private, …) prefill them, never lost
        initial: { ...patch, note: patch.note ?? draft.note },
        openEditor,
        editorFirst: Boolean(opts.editor),
        onNote: draft.onNote,
      }),
    );
    // The first guided check-in asks for the country once (skippable); saved with the entry.
    countryAnswer = await askCountryOnce(ctx, data);
    fields = { ...answers, at: patch.at ?? toLocalIso(now) };
    afterSave = clear;
  } else {
    const mood = requireMood(patch);
    if (opts.editor) validateAttended(patch.attended ?? [], await store.read()); // before anything is typed
    const note = opts.editor ? await openEditor(patch.note ?? '') : (patch.note ?? '');
    fields = {
      at: patch.at ?? toLocalIso(now),
      mood,
      energy: patch.energy ?? null,
      anxiety: patch.anxiety ?? null,
      sleepHours: patch.sleepHours ?? null,
      emotions: patch.emotions ?? [],
      tags: patch.tags ?? [],
      note,
      attended: patch.attended ?? [],
      private: patch.private ?? false,
    };
  }
  const { entry, context, after } = await store.append((data) => {
    validateAttended(fields.attended, data);
    if (countryAnswer) recordCountryAnswer(data, countryAnswer);
    const entry: Entry = {
      id: newId(new Set(data.entries.map((e) => e.id))),
      at: fields.at,
      recordedAt: ctx.now().toISOString(),
      mood: fields.mood,
      energy: fields.energy,
      anxiety: fields.anxiety,
      sleepHours: fields.sleepHours,
      emotions: fields.emotions,
      tags: fields.tags,
      note: fields.note,
      attended: fields.attended,
      private: fields.private,
      updatedAt: null,
    };
    data.entries.push(entry);
    return {
      entry,
      context: weekContext(data.entries, entry.at, now),
      // What the closing lines need, read under the same lock as the save.
      after: { config: { ...data.config }, plan: data.plan, sign: matchWarningSign(data.plan, entry, data.entries) },
    };
  });
  await afterSave?.();
  if (opts.json) ctx.out.json(entry);
  const c = ctx.out.ce;
  ctx.out.info(`${c.green('Saved.')} Mood ${entry.mood} (${moodLabel(entry.mood)}).${context ? ' ' + context : ''} ${c.dim(`id ${entry.id}`)}`);
  if (countryAnswer?.country) ctx.out.info(`Saved: country = ${countryAnswer.country}. Change it any time: \`peerpath config set country XX\`.`);
  if (entry.mood <= 2) {
    // The plan's first steps, a line to call, where to find more: as visible as "Saved." (never dim).
    const { helpNowView } = await import('../help-now/run.js');
    const { renderLowMoodBlock } = await import('../../ui/help-now.js');
    ctx.out.info(renderLowMoodBlock(await helpNowView(ctx, { data: after }), ctx.out.width).join('\n'));
  }
  if (after.sign) ctx.out.info(`“${sanitizeLine(after.sign.sign)}” is one of the signs in your plan. It is there when you want it: \`peerpath plan\`.`);
}
