import type { Entry } from './entry.js';
import { usageError } from './errors.js';
import { dayOf, type DayKey } from './dates.js';
import { resolvePeriod, type Period, type PeriodOptions } from './period.js';

/** The days of the first and last entries (by each entry's own day), and how many entries. */
export interface DayRange {
  first: DayKey;
  last: DayKey;
  count: number;
}

/** First and last day with an entry, or null for no entries. One pass, no sorting. */
export function entryDayRange(entries: readonly Entry[]): DayRange | null {
  let first: DayKey | null = null;
  let last: DayKey | null = null;
  for (const e of entries) {
    const d = dayOf(e.at);
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return first === null || last === null ? null : { first, last, count: entries.length };
}

/** `--all`: from the first entry to the last ("everything" for an empty journal). */
export function allPeriod(entries: readonly Entry[]): Period {
  const r = entryDayRange(entries);
  return r ? { from: r.first, to: r.last, label: `all check-ins, ${rangeWords(r)}` } : { from: null, to: null, label: 'everything' };
}

/**
 * `--from/--to/--last`, or `--all` (which takes none of them): the period, or null for `--all`,
 * which the command resolves with allPeriod once it has read the journal. Checked before reading,
 * so a wrong flag is a usage error whatever the journal holds.
 */
export function resolvePeriodOrAll(
  opts: PeriodOptions & { all?: boolean | undefined },
  now: Date,
  defaultSpan: string | null,
  parseDay?: (text: string, now: Date, flag: string) => DayKey,
): Period | null {
  if (!opts.all) return resolvePeriod(opts, now, defaultSpan, parseDay);
  const others = (['from', 'to', 'last'] as const).filter((k) => opts[k] !== undefined).map((k) => `--${k}`);
  if (others.length) throw usageError(`--all already means from the first check-in to the last; leave out ${others.join(' and ')}.`, 'Or drop --all to choose the days yourself.');
  return null;
}

/** "2018-01-03 to 2018-12-28", or one day. */
export function rangeWords(r: Pick<DayRange, 'first' | 'last'>): string {
  return r.first === r.last ? r.first : `${r.first} to ${r.last}`;
}

/**
 * The part of [from, to] that lies between the first and the last entry: what a report lays out
 * (months, weeks, days), so `--last 100y` over one year of check-ins shows that year, not a
 * century. Null ends stay open (they already mean "from the first" / "to the last"). Null when
 * no day of the period has an entry on either side of it (the period lies wholly before the first
 * entry or after the last), and the period itself when there are no entries.
 */
export function clampToEntries(
  period: { from: DayKey | null; to: DayKey | null },
  range: Pick<DayRange, 'first' | 'last'> | null,
): { from: DayKey | null; to: DayKey | null } | null {
  if (!range) return { from: period.from, to: period.to };
  const from = period.from !== null && period.from > range.first ? period.from : range.first;
  const to = period.to !== null && period.to < range.last ? period.to : range.last;
  return from > to ? null : { from, to };
}

/**
 * The words for a period with no check-ins in a journal that has some elsewhere: how many, where,
 * and `how` (the command that shows them, e.g. "`peerpath stats --all` shows them"). For an empty
 * journal, null: the command says its own "no check-ins yet".
 */
export function elsewhereMessage(range: DayRange | null, periodLabel: string, how: string): string | null {
  if (!range) return null;
  const n = range.count === 1 ? 'one check-in' : `${range.count} check-ins`;
  return `No check-ins in this period (${periodLabel}). Your journal has ${n}, ${range.first === range.last ? `on ${range.first}` : `from ${range.first} to ${range.last}`}: ${how}.`;
}
