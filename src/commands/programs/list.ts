import type { JournalData, OwnProgram } from '../../core/entry.js';
import { normalizeCountry } from '../../directory/country.js';
import { filtersFromFlags, hasFacets } from '../../directory/facets.js';
import { filterPrograms } from '../../directory/filter.js';
import { loadPrograms } from '../../directory/load.js';
import { explainNoMatches } from '../../directory/loosen.js';
import { countryLabel } from '../../directory/labels.js';
import { countryFirst } from '../../directory/order.js';
import type { Program } from '../../directory/schema.js';
import { words } from '../../directory/search.js';
import type { ListRow } from '../../ui/directory-render.js';
import type { Ctx } from '../context.js';
import type { ProgramsListOptions } from './define.js';
import { readForMarks } from './shared.js';

/** Own groups matching a search: every query word appears in the name, when, where or notes. */
function ownMatches(own: OwnProgram, search: string | undefined): boolean {
  if (!search) return true;
  const hay = [own.name, own.when ?? '', own.where ?? '', own.notes ?? ''].join(' ').toLowerCase();
  return words(search).every((w) => hay.includes(w));
}

/**
 * The programs to list: filtered, and with a configured country (and no --country) that country's
 * programs first, then international ones; `elsewhere` counts the programs left for `--country all`.
 */
function listed(bundled: Program[], configured: string | undefined): { programs: Program[]; elsewhere: number } {
  if (!configured) return { programs: bundled, elsewhere: 0 };
  const split = countryFirst(bundled, configured);
  return { programs: [...split.local, ...split.international], elsewhere: split.elsewhere };
}

/** `peerpath programs` / `programs list`. */
export async function programsList(ctx: Ctx, opts: ProgramsListOptions): Promise<void> {
  const filters = filtersFromFlags(opts);
  const all = loadPrograms();
  const mustRead = Boolean(opts.saved || opts.mine);
  // The journal marks saved programs and holds the configured country; --json with --country needs neither.
  const data: JournalData | null = mustRead
    ? await ctx.store().read()
    : opts.json && opts.country !== undefined
      ? null
      : await readForMarks(ctx, { quiet: Boolean(opts.json) });
  const saved = new Set(data?.saved ?? []);
  const setting = opts.country === undefined && !opts.saved && !opts.mine ? data?.config.country : undefined;
  const configured = setting ? normalizeCountry(setting) : undefined;

  // --saved and --mine together mean "my list": saved programs and own groups.
  const onlyMine = Boolean(opts.mine) && !opts.saved;
  const filtered = onlyMine ? [] : filterPrograms(all, opts.saved ? { ...filters, ids: [...saved] } : filters);
  const { programs: bundled, elsewhere } = listed(filtered, configured);
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
    else if (configured && filtered.length) {
      ctx.out.info(`None of the programs in ${countryLabel(configured)} or international ones match. In every country: add \`--country all\`.`);
    } else ctx.out.info(explainNoMatches(all, filters));
    return;
  }
  // The table code (string widths, wrapping) loads only for a table, not for --json.
  const { canDrawSymbols, countryFirstNote, note, reachLegend, renderProgramTable, tableAbbreviatesInternational } = await import('../../ui/directory-render.js');
  const noteWidth = ctx.out.stdoutIsTTY ? ctx.out.width : Infinity;
  if (configured) ctx.out.info(note(ctx.out.ce, countryFirstNote(configured, elsewhere), noteWidth));
  const rows: ListRow[] = [
    ...own.map((o): ListRow => ({ kind: 'own', own: o })),
    ...bundled.map((p): ListRow => ({ kind: 'program', program: p, saved: saved.has(p.id) })),
  ];
  const symbols = canDrawSymbols(process.env);
  ctx.out.data(renderProgramTable(ctx.out.c, rows, ctx.out.width, { symbols }));
  const n = bundled.length + own.length;
  const intl = tableAbbreviatesInternational(rows, ctx.out.width);
  const anySaved = bundled.some((p) => saved.has(p.id));
  const reach = reachLegend(bundled, symbols);
  const legend = [anySaved ? '* saved' : '', own.length ? '+ your own' : '', reach, '– not stated', intl ? 'intl = international' : ''].filter(Boolean).join(', ');
  ctx.out.info(note(ctx.out.ce, `${n} ${n === 1 ? 'program' : 'programs'} (${legend}). How to reach one: \`peerpath programs show ID\`.`, noteWidth));
}
