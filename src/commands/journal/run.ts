import { parseDay } from '../../core/dates.js';
import type { Entry, JournalData } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { resolveIdPrefix } from '../../core/ids.js';
import { filterEntries } from '../../core/journal-filter.js';
import { moodLabel } from '../../core/mood.js';
import { parseIntInRange } from '../../core/validate.js';
import { askCheckin } from '../../ui/checkin-prompts.js';
import { renderEntry, renderEntryLine } from '../../ui/render.js';
import { knownTags } from '../checkin/run.js';
import type { Ctx } from '../context.js';
import { hasAny, patchFromFlags } from '../entry-fields.js';
import { attendanceChoices, programName, validateAttended } from '../programs/lookup.js';
import type { JournalDeleteOptions, JournalEditOptions, JournalListOptions, JournalShowOptions } from './define.js';

export async function journalList(ctx: Ctx, opts: JournalListOptions): Promise<void> {
  const now = ctx.now();
  const filter = {
    from: opts.from !== undefined ? parseDay(opts.from, now, '--from') : undefined,
    to: opts.to !== undefined ? parseDay(opts.to, now, '--to') : undefined,
    last: opts.last !== undefined ? parseIntInRange(opts.last, '--last', 1, Number.MAX_SAFE_INTEGER) : undefined,
    tags: opts.tag?.flatMap((t) => t.split(',')),
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
  ctx.out.data(entries.map((e) => renderEntryLine(c, e, width)).join('\n'));
}

/** Read the journal once and find an entry by id or unique prefix. */
async function findEntry(ctx: Ctx, id: string): Promise<{ entry: Entry; data: JournalData }> {
  const data = await ctx.store().read();
  const full = resolveIdPrefix(id, data.entries.map((e) => e.id));
  return { entry: data.entries.find((e) => e.id === full)!, data };
}

export async function journalShow(ctx: Ctx, id: string, opts: JournalShowOptions): Promise<void> {
  const { entry, data } = await findEntry(ctx, id);
  if (opts.json) {
    ctx.out.json(entry);
    return;
  }
  ctx.out.data(renderEntry(ctx.out.c, entry, (pid) => programName(pid, data)));
}

export async function journalEdit(ctx: Ctx, id: string, opts: JournalEditOptions): Promise<void> {
  let patch = await patchFromFlags(opts, ctx);
  const store = ctx.store();
  const { entry: before, data } = await findEntry(ctx, id);
  if (!hasAny(patch)) {
    if (!ctx.interactive) throw usageError('Nothing to change. Pass the fields to change, e.g. `peerpath journal edit ' + before.id + ' --mood 6`.');
    const answers = await askCheckin(await ctx.prompts(), { knownTags: knownTags(data), programs: attendanceChoices(data), initial: before });
    patch = answers;
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
