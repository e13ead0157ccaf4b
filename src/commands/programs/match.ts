import { parseIntInRange } from '../../core/validate.js';
import { filterPrograms, splitList, validateFacetValues } from '../../directory/filter.js';
import { loadPrograms } from '../../directory/load.js';
import { matchPrograms, normalizeAnswers, type MatchAnswers } from '../../directory/match.js';
import type { Program } from '../../directory/schema.js';
import { renderMatches } from '../../ui/directory-render.js';
import { askMatchQuestions } from '../../ui/program-prompts.js';
import type { Ctx } from '../context.js';
import type { ProgramsMatchOptions } from './define.js';

const answered = (o: ProgramsMatchOptions) =>
  o.format !== undefined || o.focus !== undefined || o.audience !== undefined || o.country !== undefined || o.cost !== undefined || o.language !== undefined || o.peerLed !== undefined;

/** `programs match`: questions (or flags) → a ranked list with reasons. */
export async function programsMatch(ctx: Ctx, opts: ProgramsMatchOptions): Promise<void> {
  const limit = opts.limit !== undefined ? parseIntInRange(opts.limit, '--limit', 1, 1000) : undefined;
  let answers: MatchAnswers;
  const configCountry = async () => {
    try {
      return (await ctx.store().read()).config.country;
    } catch {
      return undefined; // a locked or encrypted journal should not stop the directory
    }
  };
  if (answered(opts) || !ctx.interactive) {
    answers = {};
    if (opts.format !== undefined) answers.format = splitList(opts.format);
    if (opts.focus !== undefined) answers.focus = splitList(opts.focus);
    if (opts.audience !== undefined) answers.audience = splitList(opts.audience);
    if (opts.cost !== undefined) answers.cost = splitList(opts.cost);
    if (opts.language !== undefined) answers.language = splitList(opts.language);
    if (opts.peerLed) answers.peerLed = true;
    if (opts.country !== undefined) answers.country = validateFacetValues('country', opts.country);
    answers = normalizeAnswers(answers); // validate before touching the journal
    if (opts.country === undefined) {
      const c = await configCountry();
      if (c) answers.country = [c];
    }
  } else {
    const country = await configCountry();
    answers = await askMatchQuestions(await ctx.prompts(), country ? { country } : {});
  }
  let pool: readonly Program[] = loadPrograms();
  if (opts.search !== undefined || opts.saved) {
    const saved = opts.saved ? (await ctx.store().read()).saved : undefined;
    pool = filterPrograms(pool, { ...(opts.search !== undefined ? { search: opts.search } : {}), ...(saved ? { ids: saved } : {}) });
  }
  const ranked = matchPrograms(pool, answers);
  const shown = limit !== undefined ? ranked.slice(0, limit) : ranked;
  if (opts.json) {
    ctx.out.json(shown);
    return;
  }
  if (!shown.length) {
    ctx.out.info('Nothing in the directory fits all of that. Try leaving a question out, or see everything with `peerpath programs`.');
    return;
  }
  const top = limit ?? 10;
  ctx.out.data(renderMatches(ctx.out.c, shown.slice(0, top), ctx.out.width));
  const more = shown.length - Math.min(top, shown.length);
  ctx.out.info(
    ctx.out.ce.dim(
      `${more > 0 ? `${more} more with --limit ${shown.length}. ` : ''}Details: \`peerpath programs show ID\` · save one: \`peerpath programs save ID\`.`,
    ),
  );
}
