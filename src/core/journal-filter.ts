import type { Entry } from './entry.js';
import { dayOf } from './dates.js';
import { usageError } from './errors.js';
import { resolveIdPrefix } from './ids.js';

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

/** The word that stands for the most recent entry wherever an id is taken. */
export const LAST_REF = 'last';

/**
 * The entry an id argument names: `last` is the most recent one (the last line of `journal`, by
 * its moment `at`), anything else a full id or a unique start of one.
 */
export function findEntryByRef(ref: string, entries: readonly Entry[]): Entry {
  if (ref.trim().toLowerCase() === LAST_REF) {
    if (!entries.length) throw usageError('No check-ins yet, so there is no last one. Run `peerpath checkin` when you are ready.');
    let latest = entries[0]!;
    let latestT = Date.parse(latest.at);
    for (const e of entries) {
      const t = Date.parse(e.at);
      if (t >= latestT) {
        latest = e;
        latestT = t;
      }
    }
    return latest;
  }
  const id = resolveIdPrefix(ref, entries.map((e) => e.id));
  return entries.find((e) => e.id === id)!;
}
