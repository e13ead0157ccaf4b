import { startOfWeek } from 'date-fns/startOfWeek';
import { entryDay, localDay, toLocalIso } from '../../core/dates.js';
import type { Entry, JournalData } from '../../core/entry.js';
import { newId } from '../../core/ids.js';
import { moodLabel, ordinal } from '../../core/mood.js';
import { askCheckin } from '../../ui/checkin-prompts.js';
import type { Ctx } from '../context.js';
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
  const weekStart = localDay(startOfWeek(now, { weekStartsOn: 1 }));
  const today = localDay(now);
  const day = entryDay(at);
  if (day < weekStart || day > today) return '';
  const n = entries.filter((e) => {
    const d = entryDay(e.at);
    return d >= weekStart && d <= today;
  }).length;
  return `${ordinal(n)} check-in this week.`;
}

export async function checkin(ctx: Ctx, opts: CheckinOptions): Promise<void> {
  const patch = await patchFromFlags(opts, ctx);
  const store = ctx.store();
  let fields: Omit<Entry, 'id' | 'recordedAt' | 'updatedAt'>;
  const now = ctx.now();
  if (patch.mood === undefined && ctx.interactive) {
    const data = await store.read();
    const answers = await askCheckin(await ctx.prompts(), {
      knownTags: knownTags(data),
      programs: attendanceChoices(data),
      initial: patch, // flags given with the prompts (--tags, --private, …) prefill them, never lost
    });
    fields = { ...answers, at: patch.at ?? toLocalIso(now) };
  } else {
    const mood = requireMood(patch);
    fields = {
      at: patch.at ?? toLocalIso(now),
      mood,
      energy: patch.energy ?? null,
      anxiety: patch.anxiety ?? null,
      sleepHours: patch.sleepHours ?? null,
      emotions: patch.emotions ?? [],
      tags: patch.tags ?? [],
      note: patch.note ?? '',
      attended: patch.attended ?? [],
      private: patch.private ?? false,
    };
  }
  const { entry, context } = await store.append((data) => {
    validateAttended(fields.attended, data);
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
    return { entry, context: weekContext(data.entries, entry.at, now) };
  });
  if (opts.json) ctx.out.json(entry);
  const c = ctx.out.ce;
  ctx.out.info(`${c.green('Saved.')} Mood ${entry.mood} (${moodLabel(entry.mood)}).${context ? ' ' + context : ''} ${c.dim(`id ${entry.id}`)}`);
  if (entry.mood <= 2) {
    ctx.out.info(c.dim('If you need someone to talk to now: `peerpath help-now`.'));
    ctx.out.info(c.dim('Peer groups that might fit you: `peerpath programs match`.'));
  }
}
