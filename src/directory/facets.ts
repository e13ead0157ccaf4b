/**
 * The one model of the directory's filters: the FACETS table.
 *
 * Each facet (how it meets, what it is about, who it is for, country, cost, language) is described once
 * here — its flag string and help, its values and the friendly spellings accepted for them, its labels,
 * the questions `programs match` and `programs browse` ask about it, and whether `match` treats it as a
 * must or a preference. The CLI flags, the filter type, the prompts, validation and "did you mean" all
 * read this table, so a new facet value or flag is one edit.
 *
 * Light on purpose (no search, no zod): `programs --json` and `help-now` load it at start-up.
 */
import { usageError } from '../core/errors.js';
import { splitList } from '../core/validate.js';
import { checkCountry, normalizeCountry } from './country.js';
import { AUDIENCE_LABELS, COST_LABELS, FOCUS_LABELS, FORMAT_LABELS } from './labels.js';
import { closestValues } from './suggest.js';
import { AUDIENCES, COSTS, FOCUSES, FORMATS } from './vocab.js';

export type FacetKey = 'format' | 'focus' | 'audience' | 'country' | 'cost' | 'language';

/** One choice in a prompt: the value stored, the words shown. */
export interface FacetChoice {
  readonly value: string;
  readonly label: string;
}

export interface FacetDef {
  /** The commander flag string; its long name is the facet key. */
  readonly flag: string;
  /** `--help` text for `programs` and `programs browse` (filters). */
  readonly help: string;
  /** `--help` text for `programs match`. */
  readonly matchHelp: string;
  /** The closed vocabulary (null: open text, checked another way). */
  readonly values: readonly string[] | null;
  /** Extra values accepted on the command line that are not data values (`online` = any online format). */
  readonly extraValues: readonly string[];
  /** Friendly spellings (lower case) → a value. */
  readonly aliases: Readonly<Record<string, string>>;
  /** Words for each value, shown in lists, reasons and prompts. */
  readonly labels: Readonly<Record<string, string>>;
  /** In `programs match`: a known mismatch leaves a program out (`must`), or only raises the score. */
  readonly inMatch: 'must' | 'preference';
  /** The `programs match` question; null: not asked that way. */
  readonly matchQuestion: string | null;
  /** The `programs browse` filter question; null: not asked. */
  readonly browseQuestion: string | null;
}

/** Shared by the format facet's help and the match question. */
const FORMAT_WORDS = FORMATS.join(', ');

export const FACETS = {
  format: {
    flag: '--format <list>',
    help: `how it meets: ${FORMAT_WORDS}, or online (= video, forum or chat); comma-separate or repeat for any of several`,
    matchHelp: `how you would like to meet: ${FORMAT_WORDS}, or online (= video, forum or chat)`,
    values: FORMATS,
    extraValues: ['online'],
    aliases: {
      inperson: 'in-person', 'in person': 'in-person', 'face-to-face': 'in-person',
      video: 'online-video', zoom: 'online-video', forum: 'online-forum', 'online forum': 'online-forum',
      sms: 'text', call: 'phone', telephone: 'phone',
    },
    labels: { ...FORMAT_LABELS, online: 'online (video, forum or chat)' },
    inMatch: 'must',
    matchQuestion: 'How would you like to meet? (space to pick, Enter to go on; none = any)',
    browseQuestion: 'How it meets (none = any)',
  },
  focus: {
    flag: '--focus <list>',
    help: `what it is about: ${FOCUSES.join(', ')}`,
    matchHelp: `what it is about for you: ${FOCUSES.filter((f) => f !== 'general').join(', ')} (programs for any concern always fit)`,
    values: FOCUSES,
    extraValues: [],
    aliases: {
      substance: 'substance-use', addiction: 'substance-use', 'substance use': 'substance-use',
      'eating disorders': 'eating-disorders', 'eating-disorder': 'eating-disorders', ed: 'eating-disorders',
      'dual-diagnosis': 'co-occurring', 'co occurring': 'co-occurring', perinatal: 'postpartum',
      'hearing-voices': 'psychosis', voices: 'psychosis', bereavement: 'grief',
      'suicide loss': 'suicide-loss', 'suicide prevention': 'suicide-prevention',
    },
    labels: FOCUS_LABELS,
    inMatch: 'must',
    matchQuestion: 'What is it about for you? (none = anything)',
    browseQuestion: 'What it is about (none = any)',
  },
  audience: {
    flag: '--audience <list>',
    help: `who it is for: ${AUDIENCES.join(', ')}`,
    matchHelp: `who you are: ${AUDIENCES.join(', ')}; programs for a specific group are ranked only when you name it`,
    values: AUDIENCES,
    extraValues: [],
    aliases: {
      family: 'families-carers', families: 'families-carers', carers: 'families-carers', caregivers: 'families-carers',
      carer: 'families-carers', caregiver: 'families-carers', youth: 'young-people', young: 'young-people',
      'young people': 'young-people', teens: 'young-people', veteran: 'veterans', military: 'veterans',
      'lgbtq+': 'lgbtq', lgbt: 'lgbtq', 'lgbtqia+': 'lgbtq', woman: 'women', man: 'men', parent: 'parents',
      adult: 'adults', individual: 'individuals',
    },
    labels: AUDIENCE_LABELS,
    inMatch: 'must',
    matchQuestion: 'Who are you looking for? (none = skip)',
    browseQuestion: 'Who it is for (none = anyone)',
  },
  country: {
    flag: '--country <code>',
    help: 'two-letter country code (UK for the United Kingdom, GB works too); international programs match every country; all = every country',
    matchHelp: 'your two-letter country code (UK, US, CA …); default: your configured country; all = any country',
    values: null,
    extraValues: [],
    aliases: {},
    labels: {},
    inMatch: 'must',
    matchQuestion: 'Which country are you in? Two letters, e.g. US, UK, CA (Enter to skip)',
    browseQuestion: 'Country, two letters (Enter for any)',
  },
  cost: {
    flag: '--cost <list>',
    help: `${COSTS.join(', ')}`,
    matchHelp: `preferred cost: ${COSTS.join(', ')} (raises the score; leaves nothing out)`,
    values: COSTS,
    extraValues: [],
    aliases: { donations: 'donation', 'pay-what-you-can': 'donation' },
    labels: COST_LABELS,
    inMatch: 'preference',
    matchQuestion: 'Does cost matter?',
    browseQuestion: 'Only free ones?',
  },
  language: {
    flag: '--language <list>',
    help: 'a language it is offered in, e.g. Spanish or es (most programs do not state one)',
    matchHelp: 'a language you would like it in, e.g. Spanish or es (most programs do not state one)',
    values: null,
    extraValues: [],
    // Languages are open text in the data ("English"); a few ISO 639-1 codes are accepted for them.
    aliases: { en: 'english', es: 'spanish', fr: 'french', espanol: 'spanish', 'español': 'spanish', francais: 'french', 'français': 'french' },
    labels: {},
    inMatch: 'must',
    matchQuestion: 'A language you would like it in? (Enter to skip)',
    browseQuestion: null,
  },
} as const satisfies Record<FacetKey, FacetDef>;

export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

/** The two filters that are not lists of values. */
export const PEER_LED_FLAG = {
  flag: '--peer-led',
  help: 'only programs stated to be led by peers',
  matchHelp: 'prefer programs led by peers (raises the score; leaves nothing out)',
  matchQuestion: 'Led by peers (people with lived experience)?',
} as const;
export const SEARCH_FLAG = {
  flag: '--search <text>',
  help: 'words to look for in names and descriptions (typos are fine)',
  matchHelp: 'only programs whose name or description has these words (typos are fine)',
} as const;

/** `--country all`: no country filter, even with a configured country. */
export const ALL_COUNTRIES = 'all';

/**
 * The filters, as one model for `programs`, `programs match` and `programs browse`: AND across facets,
 * OR within one. Values may be raw (any case, aliases); normalizeFilters makes them canonical.
 */
export type ProgramFilters = { [K in FacetKey]?: readonly string[] } & {
  /** true: only programs stated to be peer-led (a preference in `match`). */
  peerLed?: boolean;
  /** Words to look for (typos are fine). */
  search?: string;
  /** Only these ids (used for `--saved`). */
  ids?: readonly string[];
};

/** The filter flags as commander gives them (repeatable list flags, a boolean, a string). */
export type FilterFlags = { [K in FacetKey]?: string[] } & { peerLed?: boolean; search?: string };

/** The values each closed facet accepts on the command line (`online` is an alias for the online formats). */
export function acceptedValues(key: FacetKey): readonly string[] {
  const f: FacetDef = FACETS[key];
  return f.values === null ? [] : [...f.values, ...f.extraValues];
}


/** One value in canonical form: lower case, aliases resolved, countries upper-cased (GB → UK). */
export function normalizeFacetValue(key: FacetKey, value: string): string {
  if (key === 'country') return normalizeCountry(value);
  const v = value.trim().toLowerCase();
  const aliases: Readonly<Record<string, string>> = FACETS[key].aliases;
  return aliases[v] ?? v;
}

/** `Unknown --focus value "bipolr". Did you mean "bipolar"?` (or the allowed values when nothing is close). */
function unknownValueError(key: FacetKey, raw: string) {
  const allowed = acceptedValues(key);
  const aliases: Readonly<Record<string, string>> = FACETS[key].aliases;
  const near = closestValues(raw.trim().toLowerCase(), [...allowed, ...Object.keys(aliases)], 1).map((v) => aliases[v] ?? v);
  const list = `Allowed values: ${allowed.join(', ')}.`;
  return near[0] !== undefined
    ? usageError(`Unknown --${key} value "${raw}". Did you mean "${near[0]}"?`, list)
    : usageError(`Unknown --${key} value "${raw}". ${list}`);
}

/**
 * Normalise one facet's values and reject unknown ones with a usage error (exit 2) that suggests the
 * closest value. Countries must look like a two-letter code (or `international`); languages are open text.
 */
export function validateFacetValues(key: FacetKey, values: string | readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const raw of splitList(values)) {
    const v = normalizeFacetValue(key, raw);
    if (key === 'country') checkCountry(raw);
    else if (FACETS[key].values !== null && !acceptedValues(key).includes(v)) throw unknownValueError(key, raw);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** Validate every facet in a filter set at once; returns canonical filters (an empty search is dropped). */
export function normalizeFilters(filters: ProgramFilters): ProgramFilters {
  const out: ProgramFilters = { ...filters };
  for (const key of FACET_KEYS) {
    const v = filters[key];
    if (v !== undefined) out[key] = validateFacetValues(key, v);
  }
  if (out.search !== undefined && out.search.trim() === '') delete out.search;
  return out;
}

/**
 * The one mapper: flags as commander gives them → validated, canonical filters (exit 2 on a bad value).
 * `--country all` means no country filter (the caller sees `flags.country` was given, so it does not
 * apply a configured country either).
 */
export function filtersFromFlags(flags: FilterFlags): ProgramFilters {
  const f: ProgramFilters = {};
  for (const key of FACET_KEYS) {
    const v = flags[key];
    if (v === undefined) continue;
    const list = splitList(v);
    if (key === 'country' && list.some((c) => c.toLowerCase() === ALL_COUNTRIES)) continue;
    f[key] = list;
  }
  if (flags.peerLed) f.peerLed = true;
  if (flags.search !== undefined) f.search = flags.search;
  return normalizeFilters(f);
}

/** True when any facet or peer-led is set (search and ids do not count). */
export function hasFacets(f: ProgramFilters): boolean {
  return FACET_KEYS.some((k) => (f[k]?.length ?? 0) > 0) || f.peerLed !== undefined;
}

/** "focus bipolar; country UK; peer-led; search "x"" — what a list is filtered by, for a heading. */
export function describeFilters(f: ProgramFilters): string {
  const parts: string[] = [];
  for (const k of FACET_KEYS) if (f[k]?.length) parts.push(`${k} ${f[k]!.join(',')}`);
  if (f.peerLed) parts.push('peer-led');
  if (f.search) parts.push(`search "${f.search}"`);
  return parts.join('; ');
}

/** The choices a prompt offers for a closed facet, with their words; `except` leaves values out. */
export function facetChoices(key: FacetKey, except: readonly string[] = []): FacetChoice[] {
  const f: FacetDef = FACETS[key];
  return (f.values ?? []).filter((v) => !except.includes(v)).map((v) => ({ value: v, label: f.labels[v] ?? v }));
}
