import programsData from '../../data/programs.json' with { type: 'json' };
import type { Program } from './schema.js';

// The JSON is bundled and validated by test/directory/data.test.ts, so it is trusted here: running zod
// over it on every start would cost start-up time for no benefit.

/** The bundled directory of peer support programs, in file order. */
export function loadPrograms(): readonly Program[] {
  return programsData as unknown as readonly Program[];
}

// The crisis data has its own module (help-now loads only that); these names stay importable from here.
export { emergencyNumbersFor, loadCrisisData, loadCrisisLines } from './crisis-data.js';
