/**
 * Pure filtering and search over the directory: AND across facets, OR within one facet.
 * Unknown facts (null) never match a filter on that facet — we do not guess.
 */
import Fuse from 'fuse.js';
import { usageError } from '../core/errors.js';
import { checkCountry, normalizeCountry } from './country.js';
import { AUDIENCE_LABELS, FOCUS_LABELS, FORMAT_LABELS } from './labels.js';
import type { Program } from './schema.js';
import { AUDIENCES, COSTS, FOCUSES, FORMATS, INTERNATIONAL, ONLINE_FORMATS } from './vocab.js';

/** Filters as the CLI gives them; values are normalised here (case, aliases), so raw input is fine. */
export interface ProgramFilters {
  format?: readonly string[];
  focus?: readonly string[];
  audience?: readonly string[];
  country?: readonly string[];
  cost?: readonly string[];
  language?: readonly string[];
  /** true: only programs stated to be peer-led. false: only programs stated not to be. */
  peerLed?: boolean;
  search?: string;
  /** Only these ids (used for `--saved`). */
  ids?: readonly string[];
}

export type Facet = 'format' | 'focus' | 'audience' | 'country' | 'cost' | 'language';

/** The values each closed facet accepts (`online` is an alias for the online formats). */
export const FACET_VALUES = {
  format: [...FORMATS, 'online'],
  focus: [...FOCUSES],
  audience: [...AUDIENCES],
  cost: [...COSTS],
} as const satisfies Partial<Record<Facet, readonly string[]>>;

/** Friendly spellings accepted on the command line, mapped to the vocabulary. */
const FACET_ALIASES: Partial<Record<Facet, Record<string, string>>> = {
  format: {
    inperson: 'in-person', 'in person': 'in-person', 'face-to-face': 'in-person',
    video: 'online-video', zoom: 'online-video', forum: 'online-forum', 'online forum': 'online-forum',
    sms: 'text', call: 'phone', telephone: 'phone',
  },
  focus: {
    substance: 'substance-use', addiction: 'substance-use', 'substance use': 'substance-use',
    'eating disorders': 'eating-disorders', 'eating-disorder': 'eating-disorders', ed: 'eating-disorders',
    'dual-diagnosis': 'co-occurring', 'co occurring': 'co-occurring', perinatal: 'postpartum',
    'hearing-voices': 'psychosis', voices: 'psychosis', bereavement: 'grief',
    'suicide loss': 'suicide-loss', 'suicide prevention': 'suicide-prevention',
  },
  audience: {
    family: 'families-carers', families: 'families-carers', carers: 'families-carers', caregivers: 'families-carers',
    carer: 'families-carers', caregiver: 'families-carers', youth: 'young-people', young: 'young-people',
    'young people': 'young-people', teens: 'young-people', veteran: 'veterans', military: 'veterans',
    'lgbtq+': 'lgbtq', lgbt: 'lgbtq', 'lgbtqia+': 'lgbtq', woman: 'women', man: 'men', parent: 'parents',
    adult: 'adults', individual: 'individuals',
  },
  cost: { donations: 'donation', 'pay-what-you-can': 'donation' },
  // Languages are open text in the data ("English"); a few ISO 639-1 codes are accepted for them.
  language: { en: 'english', es: 'spanish', fr: 'french', espanol: 'spanish', 'español': 'spanish', francais: 'french', 'français': 'french' },
};

/** Split comma-separated CLI values ("online,phone" or repeated flags) into trimmed, non-empty parts. */
export function splitList(values: string | readonly string[] | undefined): string[] {
  if (values === undefined) return [];
  const list = typeof values === 'string' ? [values] : values;
  return list.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

export { normalizeCountry } from './country.js';

function normalizeFacetValue(facet: Facet, value: string): string {
  if (facet === 'country') return normalizeCountry(value);
  const v = value.trim().toLowerCase();
  return FACET_ALIASES[facet]?.[v] ?? v;
}

/**
 * Normalise one facet's values and reject unknown ones with a usage error (exit 2) that lists the
 * allowed values. Countries must look like a two-letter code (or `international`); languages are open text.
 */
export function validateFacetValues(facet: Facet, values: string | readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const raw of splitList(values)) {
    const v = normalizeFacetValue(facet, raw);
    if (facet === 'country') checkCountry(raw);
    else if (facet !== 'language') {
      const allowed: readonly string[] = FACET_VALUES[facet];
      if (!allowed.includes(v)) {
        throw usageError(`Unknown --${facet} value "${raw}". Allowed values: ${allowed.join(', ')}.`);
      }
    }
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** Validate every facet in a filter set at once (see validateFacetValues); returns normalised filters. */
export function normalizeFilters(filters: ProgramFilters): ProgramFilters {
  const out: ProgramFilters = { ...filters };
  for (const facet of ['format', 'focus', 'audience', 'country', 'cost', 'language'] as const) {
    const v = filters[facet];
    if (v !== undefined) out[facet] = validateFacetValues(facet, v);
  }
  if (out.search !== undefined && out.search.trim() === '') delete out.search;
  return out;
}

function expandFormats(values: readonly string[]): Set<string> {
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
  const norm = (facet: Facet) => new Set(splitList(f[facet]).map((v) => normalizeFacetValue(facet, v)));
  if (f.format?.length && !anyOf(p.formats, expandFormats([...norm('format')]))) return false;
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

// ---- search -----------------------------------------------------------------------------------

/** Fields searched, with how much a hit in each counts. */
const SEARCH_FIELDS: ReadonlyArray<readonly [(p: Program) => string, number]> = [
  [(p) => p.name, 3],
  [(p) => p.organization ?? '', 2],
  [(p) => [
    ...p.focus.flatMap((f) => [f, FOCUS_LABELS[f as keyof typeof FOCUS_LABELS] ?? '']),
    ...(p.audience ?? []).flatMap((a) => [a, AUDIENCE_LABELS[a as keyof typeof AUDIENCE_LABELS] ?? '']),
    ...(p.formats ?? []).flatMap((f) => [f, FORMAT_LABELS[f as keyof typeof FORMAT_LABELS] ?? '']),
  ].join(' '), 2],
  [(p) => p.description, 1],
];

const STOP_WORDS = new Set(['a', 'an', 'the', 'for', 'and', 'or', 'of', 'in', 'on', 'to', 'with', 'me', 'my', 'i', 'group', 'groups', 'support', 'program', 'programs', 'programme']);

/** Lower-case words of a text: letters and digits, accents removed ("Men's" → "men", "s"). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9+]+/)
    .filter((w) => w.length > 0);
}

/**
 * Typo-tolerant search: every word of the query (ignoring filler words like "for" or "group") must match
 * a word in the program's name, organization, focus/audience/format words or description. A query word
 * matches a word that starts with it, or one within a small number of typos; fuse.js does the fuzzy
 * lookup, anchored at the start of each word, so "bipolr" finds "bipolar" and "hearing voice" finds
 * "Hearing Voices" while "men" does not match inside "mental". Words of 3 letters or fewer must match a whole word, and
 * 4-letter words the start of one, without typos.
 */
export function searchPrograms(programs: readonly Program[], query: string): Program[] {
  const all = words(query);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  const tokens = meaningful.length > 0 ? meaningful : all;
  if (tokens.length === 0) return [...programs];

  // word → (program index → best field weight)
  const index = new Map<string, Map<number, number>>();
  programs.forEach((p, i) => {
    for (const [get, weight] of SEARCH_FIELDS) {
      for (const w of words(get(p))) {
        let hits = index.get(w);
        if (!hits) index.set(w, (hits = new Map()));
        hits.set(i, Math.max(hits.get(i) ?? 0, weight));
      }
    }
  });
  const vocabulary = [...index.keys()];
  const fuse = new Fuse(vocabulary, {
    includeScore: true,
    threshold: 0.3,
    location: 0,
    distance: 4,
    isCaseSensitive: true,
    shouldSort: false,
  });

  let scores: Map<number, number> | null = null;
  for (const token of tokens) {
    const tokenScores = new Map<number, number>();
    const candidates =
      token.length <= 3
        ? vocabulary.filter((w) => w === token).map((w) => ({ item: w, score: 0 }))
        : token.length === 4
        ? vocabulary.filter((w) => w.startsWith(token)).map((w) => ({ item: w, score: 0 }))
        : fuse.search(token).map((r) => ({ item: r.item, score: r.score ?? 1 }));
    for (const { item, score } of candidates) {
      // Fuse's score is 0 for a perfect hit; a prefix hit also scores 0 at location 0.
      if (score > 0.3) continue;
      for (const [i, weight] of index.get(item) ?? []) {
        const s = weight * (1 - score) + (item === token ? 0.5 : 0);
        tokenScores.set(i, Math.max(tokenScores.get(i) ?? 0, s));
      }
    }
    const prev: Map<number, number> | null = scores;
    const next = new Map<number, number>();
    for (const [i, s] of tokenScores) {
      if (prev === null) next.set(i, s);
      else if (prev.has(i)) next.set(i, (prev.get(i) ?? 0) + s);
    }
    scores = next;
    if (scores.size === 0) break;
  }
  return [...(scores ?? new Map<number, number>())]
    .map(([i, s]) => ({ p: programs[i] as Program, s }))
    .sort((a, b) => b.s - a.s || compareByName(a.p, b.p))
    .map((x) => x.p);
}

/** Stable order by name (case-insensitive), then id. */
export function compareByName(a: Pick<Program, 'name' | 'id'>, b: Pick<Program, 'name' | 'id'>): number {
  const an = a.name.toLowerCase();
  const bn = b.name.toLowerCase();
  if (an !== bn) return an < bn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// ---- unknown ids ------------------------------------------------------------------------------

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[i - 2] as number[])[j - 2]! + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length]!;
}

/**
 * The ids closest to an unknown one, best first, for "did you mean …": ids containing it or contained in
 * it, and ids within a few edits (more allowed for longer ids). At most `limit`, ties by id.
 */
export function closestIds(id: string, ids: readonly string[], limit = 3): string[] {
  const q = id.trim().toLowerCase();
  if (q === '') return [];
  const scored: Array<{ id: string; d: number }> = [];
  for (const candidate of ids) {
    const c = candidate.toLowerCase();
    let d = editDistance(q, c);
    if (q.length >= 3 && (c.includes(q) || q.includes(c))) d = Math.min(d, 1);
    else {
      // Compare with the start of longer ids too: "nami-conect" ~ "nami-connection".
      d = Math.min(d, editDistance(q, c.slice(0, q.length)) + 1);
    }
    const allowed = q.length <= 3 ? 1 : Math.max(2, Math.floor(q.length / 3));
    if (d <= allowed) scored.push({ id: candidate, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((s) => s.id);
}

// ---- explaining an empty result ---------------------------------------------------------------

export interface Loosening {
  /** Which filter, as the user typed it, e.g. `--cost free`. */
  flag: string;
  /** How many programs there would be without it. */
  count: number;
}

function flagText(key: keyof ProgramFilters, filters: ProgramFilters): string {
  switch (key) {
    case 'peerLed':
      return filters.peerLed === false ? '--no-peer-led' : '--peer-led';
    case 'ids':
      return '--saved';
    case 'search':
      return `--search ${JSON.stringify(filters.search ?? '')}`;
    default: {
      const v = filters[key];
      return `--${key} ${splitList(v as readonly string[]).join(',')}`;
    }
  }
}

/** The order in which filters are suggested for loosening when counts tie: least central first. */
const LOOSEN_ORDER = ['cost', 'peerLed', 'language', 'format', 'audience', 'country', 'focus', 'search', 'ids'] as const;

/**
 * When a combination of filters matches nothing: each single filter whose removal would give results,
 * with how many. The smallest loosening comes first (fewest extra results, so the list stays closest to
 * what was asked), ties in LOOSEN_ORDER. Empty when no single filter is to blame.
 */
export function loosenings(programs: readonly Program[], filters: ProgramFilters): Loosening[] {
  const keys = LOOSEN_ORDER.filter((k) => {
    const v = filters[k];
    if (v === undefined) return false;
    if (typeof v === 'string') return v.trim() !== '';
    if (Array.isArray(v)) return k === 'ids' || v.length > 0;
    return true;
  });
  const out: Loosening[] = [];
  for (const key of keys) {
    const without: ProgramFilters = { ...filters };
    delete without[key];
    const count = filterPrograms(programs, without).length;
    if (count > 0) out.push({ flag: flagText(key, filters), count });
  }
  // Array.prototype.sort is stable, so equal counts keep LOOSEN_ORDER.
  return out.sort((a, b) => a.count - b.count);
}

/**
 * The message for an empty list: "No programs match. Removing --cost free would show 4." — or, when no
 * single filter is to blame, a suggestion to use fewer filters.
 */
export function explainNoMatches(programs: readonly Program[], filters: ProgramFilters): string {
  const options = loosenings(programs, filters);
  const first = options[0];
  if (!first) {
    return 'No programs match. Try fewer filters, or `peerpath programs` to see them all.';
  }
  const more = options.slice(1, 3).map((o) => `${o.flag} would show ${o.count}`);
  const tail = more.length ? ` (or removing ${more.join('; ')})` : '';
  return `No programs match. Removing ${first.flag} would show ${first.count}${tail}.`;
}
