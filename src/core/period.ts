import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { subMonths } from 'date-fns/subMonths';
import { subYears } from 'date-fns/subYears';
import { usageError } from './errors.js';
import { parseDay as parseDayPhrase } from './dates.js';

/**
 * Day keys.
 *
 * The day an entry belongs to is the calendar date in its *own* `at` offset: the `YYYY-MM-DD`
 * prefix of `at`. A check-in at 23:30 in New York stays on that New York day even when the
 * journal is later read in Berlin. Everything in stats, calendar and exports groups by this key,
 * so no function here depends on the machine's time zone — except `localDayKey(now)`, which
 * answers "what is today?" for the person at the keyboard.
 */
export type DayKey = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of an entry: the `YYYY-MM-DD` prefix of its `at`. */
export function dayOf(at: string): DayKey {
  return at.slice(0, 10);
}

/** Today's day key on this machine's clock. */
export function localDayKey(now: Date): DayKey {
  return format(now, 'yyyy-MM-dd');
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isDayKey(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Day key → a Date at UTC midnight (for arithmetic that must not depend on the local zone). */
export function dayToUtc(day: DayKey): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** A Date at UTC midnight → day key. */
export function utcToDay(d: Date): DayKey {
  return d.toISOString().slice(0, 10);
}

/** Add `n` calendar days to a day key. */
export function addDayKey(day: DayKey, n: number): DayKey {
  const d = dayToUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return utcToDay(d);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((dayToUtc(b).getTime() - dayToUtc(a).getTime()) / 86_400_000);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: DayKey): number {
  return (dayToUtc(day).getUTCDay() + 6) % 7;
}

/** A span such as `30d`, `12w`, `6m`, `1y`. */
export interface Span {
  n: number;
  unit: 'd' | 'w' | 'm' | 'y';
}

const SPAN_RE = /^\s*(\d{1,4})\s*(d|w|m|y)\s*$/i;

/** Parse `30d`, `12w`, `6m`, `1y`. Throws a usage error naming `--last` otherwise. */
export function parseSpan(text: string): Span {
  const m = SPAN_RE.exec(text);
  const n = m ? Number(m[1]) : NaN;
  if (!m || !(n >= 1)) {
    throw usageError(`"${text}" is not a time span.`, 'Use a number and a unit: 30d (days), 12w (weeks), 6m (months) or 1y (years).');
  }
  const unit = m[2]!.toLowerCase() as Span['unit'];
  const years = unit === 'y' ? n : unit === 'm' ? n / 12 : unit === 'w' ? n / 52 : n / 365;
  if (years > 100) throw usageError(`"${text}" is longer than 100 years.`, 'Use a shorter span, such as 1y.');
  return { n, unit };
}

/** The first day of a span that ends (inclusive) on `to`. `30d` ending on the 30th starts on the 1st. */
export function spanStart(span: Span, to: DayKey): DayKey {
  switch (span.unit) {
    case 'd':
      return addDayKey(to, -(span.n - 1));
    case 'w':
      return addDayKey(to, -(span.n * 7 - 1));
    case 'm':
      return utcToDay(addDays(subMonths(dayToUtc(to), span.n), 1));
    case 'y':
      return utcToDay(addDays(subYears(dayToUtc(to), span.n), 1));
  }
}

/**
 * An inclusive range of days. `from: null` means "since the first entry"; `to: null` (only for
 * "everything" without --to) means "up to the last entry", so an entry written in a time zone
 * ahead of this machine's is not cut off.
 */
export interface Period {
  from: DayKey | null;
  to: DayKey | null;
  /** Human words for the period, e.g. "last 30 days" or "2026-01-01 to 2026-03-31". */
  label: string;
}

export interface PeriodOptions {
  from?: string | undefined;
  to?: string | undefined;
  last?: string | undefined;
}

/**
 * Turn `--from/--to/--last` into a period. `from`/`to` take `YYYY-MM-DD`, `today` or
 * `yesterday`, or whatever `parseDay` understands (the CLI passes its date-phrase parser).
 * `defaultSpan` applies when neither `--from` nor `--last` is given; `null` means everything.
 */
export function resolvePeriod(
  opts: PeriodOptions,
  now: Date,
  defaultSpan: string | null,
  parseDay: (text: string, now: Date, flag: string) => DayKey = parseDayPhrase,
): Period {
  const today = localDayKey(now);
  if (opts.from !== undefined && opts.last !== undefined) {
    throw usageError('Use either --from or --last, not both.', 'For example: --last 30d, or --from 2026-01-01 --to 2026-03-31.');
  }
  const to = opts.to !== undefined ? checkDay(parseDay(opts.to, now, '--to'), '--to') : today;
  if (to > today) throw usageError(`--to ${opts.to} is in the future.`, 'Leave out --to to end today.');
  let from: DayKey | null;
  let label: string;
  if (opts.from !== undefined) {
    from = checkDay(parseDay(opts.from, now, '--from'), '--from');
    label = `${from} to ${to}`;
  } else {
    const spanText = opts.last ?? defaultSpan;
    if (spanText === null) {
      if (opts.to === undefined) return { from: null, to: null, label: 'everything' };
      from = null;
      label = `everything up to ${to}`;
    } else {
      const span = parseSpan(spanText);
      from = spanStart(span, to);
      label = opts.to !== undefined ? `${from} to ${to}` : `last ${spanWords(span)}`;
    }
  }
  if (from !== null && from > today) throw usageError(`--from ${from} is in the future.`, 'Pick a day up to today.');
  if (from !== null && from > to) {
    throw usageError(`--from ${from} is after --to ${to}.`, 'Put the earlier date in --from.');
  }
  return { from, to, label };
}

function spanWords(span: Span): string {
  const unit = { d: 'day', w: 'week', m: 'month', y: 'year' }[span.unit];
  return span.n === 1 ? unit : `${span.n} ${unit}s`;
}

function checkDay(day: DayKey, flag: string): DayKey {
  if (!isDayKey(day)) throw usageError(`${flag} ${day} is not a date.`, 'Use YYYY-MM-DD, for example 2026-01-31.');
  return day;
}

/** Is the entry's day inside the period? */
export function inPeriod(at: string, period: { from: DayKey | null; to: DayKey | null }): boolean {
  const d = dayOf(at);
  return (period.from === null || d >= period.from) && (period.to === null || d <= period.to);
}
