import { addDays } from 'date-fns/addDays';
import { subMonths } from 'date-fns/subMonths';
import { subYears } from 'date-fns/subYears';
import { usageError } from './errors.js';
import { addDayKey, dayOf, dayToUtc, isDayKey, localDayKey, parseDay as parseDayPhrase, utcToDay, type DayKey } from './dates.js';

/**
 * Periods for `--from`, `--to` and `--last`. Days are day keys (see dates.ts): an entry's day is
 * the date written in its own `at`, so nothing here depends on the machine's time zone except
 * "today" (`localDayKey(now)`).
 */

/** A span such as `30d`, `12w`, `6m`, `1y`. */
export interface Span {
  n: number;
  unit: 'd' | 'w' | 'm' | 'y';
}

const SPAN_RE = /^(\d{1,6})\s*(d|w|m|y)$/i;

/**
 * What `--last` says: a count (`7`) or a span (`2w`, `30d`, `6m`, `1y`). What a count counts is
 * the command's to say: entries for `journal`, days for `stats` and `export` (see `lastAsDays`).
 */
export type Last = { kind: 'count'; n: number; text: string } | { kind: 'span'; span: Span; text: string };

const LAST_HINT = 'Use a number, such as 7, or a span: 30d (days), 2w (weeks), 6m (months) or 1y (years).';

/** The one `--last` parser: a whole number ≥ 1 or a span. One usage line for anything else. */
export function parseLast(text: string, flag = '--last'): Last {
  const t = text.trim();
  if (/^\d{1,15}$/.test(t) && Number(t) >= 1) return { kind: 'count', n: Number(t), text };
  const m = SPAN_RE.exec(t);
  if (m && Number(m[1]) >= 1) {
    const span: Span = { n: Number(m[1]), unit: m[2]!.toLowerCase() as Span['unit'] };
    checkSpanLength(span, text, flag);
    return { kind: 'span', span, text };
  }
  throw usageError(`${flag} "${text}" is not a number or a time span.`, LAST_HINT);
}

/** `--last` for commands that count days (stats, export): `7` is the same as `7d`. */
export function lastAsDays(last: Last, flag = '--last'): Span {
  if (last.kind === 'span') return last.span;
  const span: Span = { n: last.n, unit: 'd' };
  checkSpanLength(span, last.text, flag);
  return span;
}

/** Parse `--last` as a span of days ending today (or --to): `30d`, `12w`, `6m`, `1y`, or `7` (days). */
export function parseSpan(text: string, flag = '--last'): Span {
  return lastAsDays(parseLast(text, flag), flag);
}

function checkSpanLength(span: Span, text: string, flag: string): void {
  const years = { d: 1 / 365, w: 1 / 52, m: 1 / 12, y: 1 }[span.unit] * span.n;
  if (years > 100) throw usageError(`${flag} "${text}" is longer than 100 years.`, 'Use a shorter span, such as 1y.');
}

/**
 * `journal --last`: a count keeps the newest N entries (after the other filters); a span keeps the
 * days that end on `to` (today unless --to), like a --from.
 */
export function journalLast(text: string, to: DayKey): { last: number } | { from: DayKey } {
  const last = parseLast(text);
  return last.kind === 'count' ? { last: last.n } : { from: spanStart(last.span, to) };
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
