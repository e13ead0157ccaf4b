/**
 * Explaining an empty list: which single filter, removed, would give results.
 */
import { type ProgramFilters } from './facets.js';
import { splitList } from '../core/validate.js';
import { filterPrograms } from './filter.js';
import type { Program } from './schema.js';

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
