import programsData from '../../data/programs.json' with { type: 'json' };
import crisisLinesData from '../../data/crisis-lines.json' with { type: 'json' };
import type { CrisisLine, Program } from './schema.js';

// The JSON is bundled and validated by test/directory/data.test.ts, so it is trusted here: running zod
// over it on every start would cost start-up time for no benefit.

/** The bundled directory of peer support programs, in file order. */
export function loadPrograms(): readonly Program[] {
  return programsData as unknown as readonly Program[];
}

/** The bundled crisis lines, ordered by country (the international directory last). */
export function loadCrisisLines(): readonly CrisisLine[] {
  return crisisLinesData as unknown as readonly CrisisLine[];
}
