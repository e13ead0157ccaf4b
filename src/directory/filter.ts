/**
 * Pure filtering over the directory: AND across facets, OR within one facet.
 * Unknown facts (null) never match a filter on that facet — we do not guess.
 *
 * The filter model, its validation and "did you mean" live in facets.ts; word search in search.ts
 * (loaded only with --search); ordering in order.ts; explaining an empty list in loosen.ts.
 */
import { normalizeCountry } from './country.js';
import { normalizeFacetValue, type FacetKey, type ProgramFilters } from './facets.js';
import { splitList } from '../core/validate.js';
import type { Program } from './schema.js';
import { searchPrograms } from './search.js';
import { INTERNATIONAL, ONLINE_FORMATS } from './vocab.js';

function expandFormats(values: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const v of values) {
    if (v === 'online') ONLINE_FORMATS.forEach((f) => set.add(f));
    else set.add(v);
  }
  return set;
}

/** True when the program's list (null = unknown) shares a value with the wanted ones. */
function anyOf(have: readonly string[] | null, wanted: ReadonlySet<string>): boolean {
  return have !== null && have.some((h) => wanted.has(h));
}

/** Does the program run in (one of) these countries? `international` programs match every country. */
export function availableIn(program: Pick<Program, 'countries'>, countries: readonly string[]): boolean {
  if (program.countries === null) return false;
  const wanted = new Set(countries.map(normalizeCountry));
  return program.countries.some((c) => c === INTERNATIONAL || wanted.has(c));
}

function matchesFacets(p: Program, f: ProgramFilters): boolean {
  const norm = (key: FacetKey) => new Set(splitList(f[key]).map((v) => normalizeFacetValue(key, v)));
  if (f.format?.length && !anyOf(p.formats, expandFormats(norm('format')))) return false;
  if (f.focus?.length && !anyOf(p.focus, norm('focus'))) return false;
  if (f.audience?.length && !anyOf(p.audience, norm('audience'))) return false;
  if (f.country?.length && !availableIn(p, [...norm('country')])) return false;
  if (f.cost?.length && (p.cost === null || !norm('cost').has(p.cost))) return false;
  if (f.language?.length) {
    const wanted = norm('language');
    if (p.languages === null || !p.languages.some((l) => wanted.has(l.toLowerCase()))) return false;
  }
  if (f.peerLed !== undefined && p.peerLed !== f.peerLed) return false;
  if (f.ids !== undefined && !f.ids.includes(p.id)) return false;
  return true;
}

/**
 * Filter programs. Without `search` the input order is kept; with it, the best matches come first
 * (ties by name, then id).
 */
export function filterPrograms(programs: readonly Program[], filters: ProgramFilters): Program[] {
  const kept = programs.filter((p) => matchesFacets(p, filters));
  if (filters.search === undefined || filters.search.trim() === '') return kept;
  return searchPrograms(kept, filters.search);
}
