import { localDayKey, parseDay } from '../../core/dates.js';
import type { Entry, JournalData } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { filterEntries, findEntryByRef } from '../../core/journal-filter.js';
import { moodLabel } from '../../core/mood.js';
import { journalLast } from '../../core/period.js';
import { parseIntInRange, splitList } from '../../core/validate.js';
import { askCheckin } from '../../ui/checkin-prompts.js';
import { entryWhen, renderEntry, renderEntryFull, renderEntryLine } from '../../ui/render.js';
import { knownTags } from '../checkin/run.js';
import type { Ctx } from '../context.js';
import { hasAny, patchFromFlags, type EntryPatch } from '../entry-fields.js';
import { noteEditor } from '../note-habits.js';
import { attendanceChoices, programName, validateAttended } from '../programs/lookup.js';
import type { JournalDeleteOptions, JournalEditOptions, JournalListOptions, JournalShowOptions } from './define.js';

export async function journalList(ctx: Ctx, opts: JournalListOptions): Promise<void> {
  const now = ctx.now();
  const to = opts.to !== undefined ? parseDay(opts.to, now, '--to') : undefined;
  // --last N: the newest N entries; --last 2w: the days that end on --to (or today), like a --from.
  const last: { last?: number; from?: string } = opts.last !== undefined ? journalLast(opts.last, to ?? localDayKey(now)) : {};
  if (last.from !== undefined && opts.from !== undefined) {
    throw usageError('Use either --from or a span in --last, not both.', 'For example: --last 2w, or --from 2026-11-01.');
  }
  const filter = {
    from: last.from ?? (opts.from !== undefined ? parseDay(opts.from, now, '--from') : undefined),
    to,
    last: last.last,
    tags: splitList(opts.tag),
    search: opts.search,
    minMood: opts.minMood !== undefined ? parseIntInRange(opts.minMood, '--min-mood', 1, 10) : undefined,
    maxMood: opts.maxMood !== undefined ? parseIntInRange(opts.maxMood, '--max-mood', 1, 10) : undefined,
  };
  if (filter.from && filter.to && filter.from > filter.to) throw usageError(`--from ${filter.from} is after --to ${filter.to}.`);
  const data = await ctx.store().read();
  const entries = filterEntries(data.entries, filter);
  if (opts.json) {
    ctx.out.json(entries);
    return;
  }
  if (!data.entries.length) {
    ctx.out.info('No check-ins yet. Run `peerpath checkin` when you are ready.');
    return;
  }
  if (!entries.length) {
    ctx.out.info('No check-ins match those filters.');
    return;
  }
  const { c, width } = ctx.out;
  const text = opts.full ? entries.map((e) => renderEntryFull(c, e)).join('\n\n') : entries.map((e) => renderEntryLine(c, e, width)).join('\n');
  await ctx.out.page(text); // through $PAGER when taller than the terminal, unless --no-pager
}

/** Read the journal once and find an entry by id, unique prefix, or `last` (the most recent). */
async function findEntry(ctx: Ctx, ref: string): Promise<{ entry: Entry; data: JournalData }> {
  const data = await ctx.store().read();
  return { entry: findEntryByRef(ref, data.entries), data };
}

export async function journalShow(ctx: Ctx, id: string, opts: JournalShowOptions): Promise<void> {
  const { entry, data } = await findEntry(ctx, id);
  if (opts.json) {
    ctx.out.json(entry);
    return;
  }
  await ctx.out.page(renderEntry(ctx.out.c, entry, (pid) => programName(pid, data)));
}

/** Whether applying `patch` would change `entry` at all. */
function changes(entry: Entry, patch: EntryPatch): boolean {
  return Object.entries(patch).some(([k, v]) => JSON.stringify(entry[k as keyof Entry]) !== JSON.stringify(v));
}

/**
 * `journal edit ID|last`: the flags given, the note in the editor (--editor), or prompts prefilled
 * with the entry's values. Names the entry first; an edit that changes nothing writes nothing.
 */
export async function journalEdit(ctx: Ctx, id: string, opts: JournalEditOptions): Promise<void> {
  let patch = await patchFromFlags(opts, ctx);
  const store = ctx.store();
  const { entry: before, data } = await findEntry(ctx, id);
  const editing = `Editing ${before.id} · ${entryWhen(before.at)} · mood ${before.mood} (${moodLabel(before.mood)}).`;
  if (opts.editor) {
    if (patch.attended) validateAttended(patch.attended, data); // refused before anything is typed
    ctx.out.info(editing);
    patch.note = await noteEditor(ctx, store)(patch.note ?? before.note);
  } else if (!hasAny(patch)) {
    if (!ctx.interactive) throw usageError('Nothing to change. Pass the fields to change, e.g. `peerpath journal edit ' + before.id + ' --mood 6`.');
    ctx.out.info(editing);
    ctx.out.info(ctx.out.ce.dim('Enter keeps each answer as it is. To change a text answer, press Tab to put it on the line (Backspace on an empty line clears it).'));
    patch = await askCheckin(await ctx.prompts(), {
      knownTags: knownTags(data),
      programs: attendanceChoices(data),
      initial: before,
      openEditor: noteEditor(ctx, store),
    });
  }
  if (!changes(before, patch)) {
    if (opts.json) ctx.out.json(before);
    ctx.out.info(`No changes. ${before.id} is as it was.`);
    return;
  }
  const updated = await store.update((data) => {
    const entry = data.entries.find((e) => e.id === before.id);
    if (!entry) throw usageError(`Entry ${before.id} was deleted meanwhile.`);
    if (patch.attended) validateAttended(patch.attended, data);
    Object.assign(entry, patch, { updatedAt: ctx.now().toISOString() });
    return entry;
  });
  if (opts.json) ctx.out.json(updated);
  ctx.out.info(`${ctx.out.ce.green('Updated.')} ${updated.id}: mood ${updated.mood} (${moodLabel(updated.mood)}).`);
}

export async function journalDelete(ctx: Ctx, id: string, opts: JournalDeleteOptions): Promise<void> {
  const { entry } = await findEntry(ctx, id);
  if (!opts.yes) {
    if (!ctx.interactive) throw usageError(`Deleting needs confirmation: pass --yes to delete ${entry.id}.`);
    const p = await ctx.prompts();
    ctx.out.info(renderEntryLine(ctx.out.ce, entry, ctx.out.width));
    const ok = await p.confirm({ message: 'Delete this entry? A backup of the journal is kept.', default: false });
    if (!ok) {
      ctx.out.info('Kept it. Nothing was deleted.');
      return;
    }
  }
  await ctx.store().update((data) => {
    const i = data.entries.findIndex((e) => e.id === entry.id);
    if (i >= 0) data.entries.splice(i, 1);
  });
  ctx.out.info(`Deleted ${entry.id}. (A backup was kept: \`peerpath backups list\`.)`);
}
