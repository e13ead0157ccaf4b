import type { JournalData, OwnProgram } from '../../core/entry.js';
import { PeerpathError, usageError } from '../../core/errors.js';
import { closestIds, normalizeFilters, splitList, type ProgramFilters } from '../../directory/filter.js';
import { loadPrograms } from '../../directory/load.js';
import type { Program } from '../../directory/schema.js';
import type { Ctx } from '../context.js';
import type { FilterFlags } from './define.js';

// What several `programs` subcommands share: flags → filters, finding a program by id, the journal for marks.

/** Flags → validated, normalised filters (unknown values exit 2, listing what is allowed). */
export function filtersFromFlags(flags: FilterFlags): ProgramFilters {
  const f: ProgramFilters = {};
  if (flags.format !== undefined) f.format = splitList(flags.format);
  if (flags.focus !== undefined) f.focus = splitList(flags.focus);
  if (flags.audience !== undefined) f.audience = splitList(flags.audience);
  if (flags.country !== undefined) f.country = splitList(flags.country);
  if (flags.cost !== undefined) f.cost = splitList(flags.cost);
  if (flags.language !== undefined) f.language = splitList(flags.language);
  if (flags.peerLed) f.peerLed = true;
  if (flags.search !== undefined) f.search = flags.search;
  return normalizeFilters(f);
}

/** True when any facet (not just a search) is given. */
export const hasFacets = (f: ProgramFilters) =>
  Boolean(f.format?.length || f.focus?.length || f.audience?.length || f.country?.length || f.cost?.length || f.language?.length || f.peerLed !== undefined);

/**
 * The journal, when it is only needed to mark saved programs: a journal that can't be read (locked,
 * encrypted without a passphrase, damaged) should not keep anyone from the directory.
 */
export async function readForMarks(ctx: Ctx): Promise<JournalData | null> {
  try {
    return await ctx.store().read();
  } catch (err) {
    if (!(err instanceof PeerpathError)) throw err;
    ctx.out.warn(`(Your journal could not be read, so saved programs are not marked: ${err.message})`);
    return null;
  }
}

/** Find a bundled program or own group by id; unknown ids exit 2 with the closest ids. */
export function findProgram(id: string, data: JournalData | null): { program: Program } | { own: OwnProgram } {
  const q = id.trim().toLowerCase();
  const program = loadPrograms().find((p) => p.id === q);
  if (program) return { program };
  const own = data?.mine.find((o) => o.id === q);
  if (own) return { own };
  throw unknownIdError(id, [...loadPrograms().map((p) => p.id), ...(data?.mine.map((o) => o.id) ?? [])]);
}

/** "Unknown program id "x". Did you mean: a, b?" as a usage error. */
export function unknownIdError(id: string, ids: readonly string[], what = 'program id') {
  const near = closestIds(id, ids);
  return usageError(
    `Unknown ${what} "${id}".${near.length ? ` Did you mean: ${near.join(', ')}?` : ''}`,
    'See all ids with `peerpath programs`, or search with `peerpath programs --search WORDS`.',
  );
}

/** A bundled program by id; own groups and unknown ids exit 2. */
export function bundledOrThrow(id: string): Program {
  const q = id.trim().toLowerCase();
  const program = loadPrograms().find((p) => p.id === q);
  if (program) return program;
  if (q.startsWith('my-')) throw usageError(`"${id}" is one of your own groups; they are always in your list (\`peerpath programs --mine\`).`);
  throw unknownIdError(id, loadPrograms().map((p) => p.id));
}
