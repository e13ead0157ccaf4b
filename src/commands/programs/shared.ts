import type { JournalData, OwnProgram } from '../../core/entry.js';
import { PeerpathError, usageError } from '../../core/errors.js';
import { closestIds } from '../../directory/suggest.js';
import { loadPrograms } from '../../directory/load.js';
import type { Program } from '../../directory/schema.js';
import type { Ctx } from '../context.js';

// What several `programs` subcommands share: finding a program by id, the journal for marks.
// (Flags → filters is filtersFromFlags in src/directory/facets.ts.)

/**
 * The journal, when it is only needed to mark saved programs: a journal that can't be read (locked,
 * encrypted without a passphrase, damaged) should not keep anyone from the directory.
 */
export async function readForMarks(ctx: Ctx, opts: { quiet?: boolean } = {}): Promise<JournalData | null> {
  try {
    return await ctx.store().read();
  } catch (err) {
    if (!(err instanceof PeerpathError)) throw err;
    if (!opts.quiet) ctx.out.warn(`(Your journal could not be read, so saved programs are not marked: ${err.message})`);
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
