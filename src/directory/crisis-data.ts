import crisisData from '../../data/crisis-lines.json' with { type: 'json' };
import type { CrisisData, CrisisLine, EmergencyNumbers } from './schema.js';

// Crisis lines and emergency numbers, apart from the programs so `help-now` loads only this data.
// The JSON is bundled and validated by test/directory/data.test.ts, so it is trusted here.

/**
 * The bundled crisis data: `lines` ordered by country (the international directory last) and
 * `emergencyNumbers`, one entry per country plus `EU`. No parsing or validation: instant for help-now.
 */
export function loadCrisisData(): Readonly<{ lines: readonly CrisisLine[]; emergencyNumbers: readonly EmergencyNumbers[] }> {
  return crisisData as unknown as CrisisData;
}

/** The bundled crisis lines, ordered by country (the international directory last). */
export function loadCrisisLines(): readonly CrisisLine[] {
  return loadCrisisData().lines;
}

/** The emergency numbers for a country code (`UK`, `DE`, `EU` …), or null when the data has none. */
export function emergencyNumbersFor(country: string): EmergencyNumbers | null {
  return loadCrisisData().emergencyNumbers.find((e) => e.country === country) ?? null;
}
