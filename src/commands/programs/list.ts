import type { OwnProgram } from '../../core/entry.js';
import { explainNoMatches, filterPrograms, words } from '../../directory/filter.js';
import { loadPrograms } from '../../directory/load.js';
import { renderProgramTable, tableAbbreviatesInternational, type ListRow } from '../../ui/directory-render.js';
import type { Ctx } from '../context.js';
import type { ProgramsListOptions } from './define.js';
import { filtersFromFlags, hasFacets, readForMarks } from './shared.js';

/** Own groups matching a search: every query word appears in the name, when, where or notes. */
function ownMatches(own: OwnProgram, search: string | undefined): boolean {
  if (!search) return true;
  const hay = [own.name, own.when ?? '', own.where ?? '', own.notes ?? ''].join(' ').toLowerCase();
  return words(search).every((w) => hay.includes(w));
}

/** `peerpath programs` / `programs list`. */
export async function programsList(ctx: Ctx, opts: ProgramsListOptions): Promise<void> {
  const filters = filtersFromFlags(opts);
  const all = loadPrograms();
  const data = opts.saved || opts.mine ? await ctx.store().read() : opts.json ? null : await readForMarks(ctx);
  const saved = new Set(data?.saved ?? []);

  // --saved and --mine together mean "my list": saved programs and own groups.
  const onlyMine = Boolean(opts.mine) && !opts.saved;
  const bundled = onlyMine ? [] : filterPrograms(all, opts.saved ? { ...filters, ids: [...saved] } : filters);
  const showOwn = Boolean(opts.mine) || (!opts.saved && !hasFacets(filters));
  const own = showOwn && data ? data.mine.filter((o) => !hasFacets(filters) && ownMatches(o, filters.search)) : [];

  if (opts.json) {
    ctx.out.json(opts.mine ? [...bundled, ...own.map((o) => ({ ...o, mine: true }))] : bundled);
    return;
  }
  if (bundled.length === 0 && own.length === 0) {
    if (opts.mine && !data?.mine.length && !opts.saved) ctx.out.info('You have not added any groups of your own yet. Add one with `peerpath programs add`.');
    else if (opts.saved && !saved.size && !opts.mine) ctx.out.info('Nothing saved yet. Save a program with `peerpath programs save ID`.');
    else if (opts.saved || opts.mine) ctx.out.info('None of your saved or own groups match those filters.');
    else ctx.out.info(explainNoMatches(all, filters));
    return;
  }
  const rows: ListRow[] = [
    ...own.map((o): ListRow => ({ kind: 'own', own: o })),
    ...bundled.map((p): ListRow => ({ kind: 'program', program: p, saved: saved.has(p.id) })),
  ];
  ctx.out.data(renderProgramTable(ctx.out.c, rows, ctx.out.width));
  const n = bundled.length + own.length;
  const intl = tableAbbreviatesInternational(rows, ctx.out.width);
  const anySaved = bundled.some((p) => saved.has(p.id));
  const legend = [anySaved ? '* saved' : '', own.length ? '+ your own' : '', '– not stated', intl ? 'intl = international' : ''].filter(Boolean).join(', ');
  ctx.out.info(ctx.out.ce.dim(`${n} ${n === 1 ? 'program' : 'programs'} (${legend}). Details: \`peerpath programs show ID\`.`));
}
