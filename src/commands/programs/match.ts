import { parseIntInRange } from '../../core/validate.js';
import { normalizeCountry } from '../../directory/country.js';
import { FACET_KEYS, filtersFromFlags } from '../../directory/facets.js';
import { filterPrograms } from '../../directory/filter.js';
import { loadPrograms } from '../../directory/load.js';
import { matchForPerson, normalizeAnswers, type MatchAnswers, type MatchedProgram } from '../../directory/match.js';
import type { Program } from '../../directory/schema.js';
import { countryFirstNote, note, renderForGroups, renderMatches } from '../../ui/directory-render.js';
import { askMatchQuestions } from '../../ui/program-prompts.js';
import type { Ctx } from '../context.js';
import type { ProgramsMatchOptions } from './define.js';

const answered = (o: ProgramsMatchOptions) => FACET_KEYS.some((k) => o[k] !== undefined) || o.peerLed !== undefined;

/** The configured country, if the journal can be read (a locked or encrypted journal should not stop the directory). */
async function configCountry(ctx: Ctx): Promise<string | undefined> {
  try {
    const country = (await ctx.store().read()).config.country;
    return country ? normalizeCountry(country) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * With a configured country (and no --country): that country's matches first, then international ones
 * (and those whose countries are not stated), each by score. Programs only for other countries were
 * already left out by the match; `--country all` brings them back.
 */
function configuredOrder(ranked: MatchedProgram[], country: string): { ranked: MatchedProgram[]; note: string } {
  const local = ranked.filter((p) => p.countries?.includes(country));
  const rest = ranked.filter((p) => !p.countries?.includes(country));
  return { ranked: [...local, ...rest], note: countryFirstNote(country, 0, 'peerpath programs match') };
}

/** `programs match`: questions (or flags) → a ranked list with reasons, then programs for specific groups. */
export async function programsMatch(ctx: Ctx, opts: ProgramsMatchOptions): Promise<void> {
  const limit = opts.limit !== undefined ? parseIntInRange(opts.limit, '--limit', 1, 1000) : undefined;
  let answers: MatchAnswers;
  let configured: string | undefined;
  if (answered(opts) || !ctx.interactive) {
    // Validate before touching the journal; `--country all` means every country.
    const { search: _search, ...flags } = filtersFromFlags(opts);
    answers = normalizeAnswers(flags);
    if (opts.country === undefined) configured = await configCountry(ctx);
  } else {
    const country = await configCountry(ctx);
    answers = await askMatchQuestions(await ctx.prompts(), country ? { country } : {});
  }
  let pool: readonly Program[] = loadPrograms();
  if (opts.search !== undefined || opts.saved) {
    const saved = opts.saved ? (await ctx.store().read()).saved : undefined;
    pool = filterPrograms(pool, { ...(opts.search !== undefined ? { search: opts.search } : {}), ...(saved ? { ids: saved } : {}) });
  }
  const result = matchForPerson(pool, configured ? { ...answers, country: [configured] } : answers);
  const ordered = configured ? configuredOrder(result.ranked, configured) : { ranked: result.ranked, note: null };
  const shown = limit !== undefined ? ordered.ranked.slice(0, limit) : ordered.ranked;
  if (opts.json) {
    ctx.out.json(shown);
    return;
  }
  if (!shown.length && !result.forGroups.length) {
    ctx.out.info('Nothing in the directory fits all of that. Try leaving a question out, or see everything with `peerpath programs`.');
    return;
  }
  const noteWidth = ctx.out.stdoutIsTTY ? ctx.out.width : Infinity;
  if (ordered.note) ctx.out.info(note(ctx.out.ce, ordered.note, noteWidth));
  const top = limit ?? 10;
  if (shown.length) ctx.out.data(renderMatches(ctx.out.c, shown.slice(0, top), ctx.out.width));
  else ctx.out.info('Nothing that is open to everyone fits all of that.');
  if (result.forGroups.length) ctx.out.data(`\n${renderForGroups(ctx.out.c, result.forGroups, ctx.out.width)}`);
  const more = shown.length - Math.min(top, shown.length);
  const next = `${more > 0 ? `${more} more with --limit ${shown.length}. ` : ''}How to reach one: \`peerpath programs show ID\` · save one: \`peerpath programs save ID\`.`;
  ctx.out.info(note(ctx.out.ce, next, noteWidth));
}
