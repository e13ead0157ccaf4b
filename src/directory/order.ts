/**
 * The order programs are shown in: by name, and a person's own country first.
 */
import { INTERNATIONAL } from './vocab.js';
import type { Program } from './schema.js';

/** Stable order by name (case-insensitive), then id. */
export function compareByName(a: Pick<Program, 'name' | 'id'>, b: Pick<Program, 'name' | 'id'>): number {
  const an = a.name.toLowerCase();
  const bn = b.name.toLowerCase();
  if (an !== bn) return an < bn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Programs split for a person in `country`: that country's own, then the international ones. */
export interface CountryFirst<P> {
  country: string;
  /** Programs available in the country (international ones excepted), in the order given. */
  local: P[];
  /** Programs available internationally (and not listed for the country itself), in the order given. */
  international: P[];
  /** How many programs were left out because they are only for other countries (or say nowhere). */
  elsewhere: number;
}

/**
 * Pure: the country's own programs first, then international ones; programs only for other countries
 * (or whose countries are not stated) are left out and counted, so the screen can say how to see them.
 */
export function countryFirst<P extends Pick<Program, 'countries'>>(programs: readonly P[], country: string): CountryFirst<P> {
  const local: P[] = [];
  const international: P[] = [];
  let elsewhere = 0;
  for (const p of programs) {
    if (p.countries?.includes(country)) local.push(p);
    else if (p.countries?.includes(INTERNATIONAL)) international.push(p);
    else elsewhere++;
  }
  return { country, local, international, elsewhere };
}
