import type { Entry } from './entry.js';
import { dayOf } from './dates.js';

export interface JournalFilter {
  from?: string; // YYYY-MM-DD inclusive
  to?: string; // YYYY-MM-DD inclusive
  tags?: string[]; // any of
  search?: string;
  minMood?: number;
  maxMood?: number;
  last?: number;
  includePrivate?: boolean;
}

/** Entries sorted by their moment (`at`), oldest first; stable for equal moments. */
export function sortEntries(entries: readonly Entry[]): Entry[] {
  return entries
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.e);
}

/** Apply journal filters; returns oldest first. `last` keeps the newest N after the other filters. */
export function filterEntries(entries: readonly Entry[], f: JournalFilter): Entry[] {
  const needle = f.search?.toLowerCase().normalize('NFC');
  const tags = f.tags?.map((t) => t.trim().toLowerCase()).filter(Boolean);
  const out = sortEntries(entries).filter((e) => {
    const day = dayOf(e.at);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    if (f.minMood !== undefined && e.mood < f.minMood) return false;
    if (f.maxMood !== undefined && e.mood > f.maxMood) return false;
    if (f.includePrivate === false && e.private) return false;
    if (tags && tags.length && !tags.some((t) => e.tags.includes(t))) return false;
    if (needle) {
      // Notes are stored as typed, maybe decomposed (é as e + ◌́): compare both sides in NFC.
      const hay = `${e.note}\n${e.tags.join(' ')}\n${e.emotions.join(' ')}`.toLowerCase().normalize('NFC');
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
  return f.last !== undefined ? out.slice(Math.max(0, out.length - f.last)) : out;
}
