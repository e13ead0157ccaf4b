/**
 * Day keys and date phrases: the one home for "which day is this" and "what does `--at` mean".
 *
 * The day an entry belongs to is the calendar date in its *own* `at` offset: the `YYYY-MM-DD`
 * prefix of `at`. A check-in at 23:30 in New York stays on that New York day even when the
 * journal is later read in Berlin. Stats, calendar and exports group by this key, so the day-key
 * functions here do not depend on the machine's time zone — except `localDayKey(now)`, which
 * answers "what is today?" for the person at the keyboard, and the phrase parser, which reads
 * wall-clock phrases ("yesterday 21:00") in the local zone.
 */
import { format } from 'date-fns/format';
import { addDays } from 'date-fns/addDays';
import { usageError } from './errors.js';

/** A calendar day written `YYYY-MM-DD`. */
export type DayKey = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD` (so not 2026-02-30). */
export function isDayKey(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The day key of a date given as numbers (month 1–12). */
export function dayKey(year: number, month1: number, day: number): DayKey {
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How many days a month has (month 1–12). */
export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** The day of an entry: the `YYYY-MM-DD` prefix of its `at` (its own local day then). */
export function dayOf(at: string): DayKey {
  return at.slice(0, 10);
}

/** The local calendar day of `d` on this machine's clock (for `now`: "today"). */
export function localDayKey(d: Date): DayKey {
  return format(d, 'yyyy-MM-dd');
}

/** ISO 8601 with the local UTC offset at that instant, e.g. 2026-11-23T09:30:00.000-05:00. */
export function toLocalIso(d: Date): string {
  return format(d, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}

/** ISO 8601 written in a given UTC offset (minutes east of UTC), e.g. 2026-11-20T09:30:00.000+09:00. */
export function toIsoWithOffset(d: Date, offsetMinutes: number): string {
  const wall = new Date(d.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const a = Math.abs(offsetMinutes);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${wall}${offsetMinutes < 0 ? '-' : '+'}${hh}:${mm}`;
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

/** How many days the day is after the Monday of its week: Monday 0 … Sunday 6. */
export function daysSinceMonday(day: DayKey): number {
  return (dayToUtc(day).getUTCDay() + 6) % 7;
}

// ---------------------------------------------------------------------------------------------
// Date phrases
// ---------------------------------------------------------------------------------------------

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "monday" or "mon" → its number as `Date#getDay()` counts (Sunday 0 … Saturday 6), or -1. */
function weekdayNumberOfName(word: string): number {
  if (word.length < 3) return -1;
  return WEEKDAY_NAMES.findIndex((name) => name === word || name.slice(0, 3) === word);
}

/** "21:00", "9:30", "9pm", "9:30am" → [hours, minutes], or null. */
function parseClock(s: string): [number, number] | null {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (m[2] === undefined && !m[3]) return null; // a bare "9" is not a time
  if (m[3]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[3] === 'pm' ? 12 : 0);
  }
  if (h > 23 || min > 59) return null;
  return [h, min];
}

/** A local wall-clock moment on the calendar day of `day`, at `clock` or at `day`'s own time. */
function onDay(day: Date, clock: [number, number] | null): Date {
  if (!clock) return new Date(day.getTime());
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), clock[0], clock[1], 0, 0);
}

/** "3", "a", "an", "one" → a count. */
const COUNT = '(\\d{1,4}|an?|one)';
const countOf = (word: string) => (/^\d/.test(word) ? Number(word) : 1);

/**
 * The day part of a phrase → a Date at now's time of day (the caller may set a clock time):
 * `today`, `yesterday`, `3 days ago`, `2 weeks ago`, `last week` (= 7 days ago), `last monday`,
 * `2026-11-20`; and, so they can be refused with the right words, `tomorrow`, `in 2 days`,
 * `next week`, `next monday`.
 */
function parseDayPhrase(s: string, now: Date): Date | null {
  if (s === 'today' || s === 'now') return new Date(now.getTime());
  if (s === 'yesterday') return addDays(now, -1);
  if (s === 'tomorrow') return addDays(now, 1);
  if (s === 'last week') return addDays(now, -7);
  if (s === 'next week') return addDays(now, 7);
  let m = new RegExp(`^${COUNT} (days?|weeks?) ago$`).exec(s);
  if (m) return addDays(now, -countOf(m[1]!) * (m[2]!.startsWith('w') ? 7 : 1));
  m = new RegExp(`^in ${COUNT} (days?|weeks?)$`).exec(s);
  if (m) return addDays(now, countOf(m[1]!) * (m[2]!.startsWith('w') ? 7 : 1));
  m = /^(last |next )?([a-z]+)$/.exec(s);
  if (m && weekdayNumberOfName(m[2]!) >= 0) {
    const want = weekdayNumberOfName(m[2]!);
    if (m[1] === 'next ') return addDays(now, ((want - now.getDay() + 7) % 7) || 7);
    return addDays(now, -(((now.getDay() - want + 7) % 7) || 7)); // "last monday" on a Monday is a week ago
  }
  if (DAY_RE.test(s)) {
    if (!isDayKey(s)) return null;
    const [y, mo, d] = s.split('-').map(Number) as [number, number, number];
    return new Date(y, mo - 1, d, now.getHours(), now.getMinutes(), now.getSeconds(), now.getMilliseconds());
  }
  return null;
}

/** `2 hours ago`, `an hour ago`, `30 minutes ago`, `in 3 hours`: an exact moment from now. */
function parseMomentPhrase(s: string, now: Date): Date | null {
  const m = new RegExp(`^(?:${COUNT} (hours?|minutes?|mins?) ago|in ${COUNT} (hours?|minutes?|mins?))$`).exec(s);
  if (!m) return null;
  const ago = m[1] !== undefined;
  const n = countOf(ago ? m[1]! : m[3]!);
  const unitMs = (ago ? m[2]! : m[4]!).startsWith('h') ? 3_600_000 : 60_000;
  return new Date(now.getTime() + (ago ? -1 : 1) * n * unitMs);
}

const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(z|[+-]\d{2}(?::?\d{2})?)?$/;

/** A moment read from a phrase, with the UTC offset (minutes east) written in it, if one was. */
export interface When {
  date: Date;
  offsetMinutes: number | null;
}

/**
 * Read a WHEN phrase for `checkin --at` (and `--from`/`--to`): an ISO date or date-time (an offset
 * written in it is kept), `today`, `yesterday`, `yesterday 21:00`, `3 days ago`, `2 hours ago`,
 * `an hour ago`, `last week` (7 days ago), `last monday` (optionally followed by a time such as
 * `21:00`, `9pm`). A day without a time keeps `now`'s time of day. Future phrases (`tomorrow`,
 * `in 2 days`, `next monday`) are read too, so callers can say they are in the future.
 * Returns null when the phrase is not understood.
 */
export function readWhen(input: string, now: Date): When | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s) return null;
  const iso = ISO_DATETIME.exec(s);
  if (iso) {
    const [h, mi] = [Number(iso[2]), Number(iso[3])];
    const sec = iso[4] === undefined ? 0 : Number(iso[4]);
    const ms = iso[5] === undefined ? 0 : Number(iso[5].padEnd(3, '0'));
    if (!isDayKey(iso[1]!) || h > 23 || mi > 59 || sec > 59) return null;
    const [y, mo, d] = iso[1]!.split('-').map(Number) as [number, number, number];
    const zone = iso[6];
    if (zone === undefined) return { date: new Date(y, mo - 1, d, h, mi, sec, ms), offsetMinutes: null };
    let offset = 0;
    if (zone !== 'z') {
      const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
      offset = (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3] ?? 0));
      if (Math.abs(offset) > 14 * 60) return null;
    }
    return { date: new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offset * 60_000), offsetMinutes: offset };
  }
  const local = (date: Date | null): When | null => (date ? { date, offsetMinutes: null } : null);
  const moment = parseMomentPhrase(s, now);
  if (moment) return local(moment);
  // "<day phrase> [at] <clock>" or just "<day phrase>" or just "<clock>" (today)
  const withClock = /^(.*?)(?: at)? (\d{1,2}(?::\d{2})? ?(?:am|pm)?)$/.exec(s);
  if (withClock) {
    const clock = parseClock(withClock[2]!.replace(' ', ''));
    const day = parseDayPhrase(withClock[1]!, now);
    if (clock && day) return local(onDay(day, clock));
  }
  const clockOnly = parseClock(s);
  if (clockOnly) return local(onDay(now, clockOnly));
  return local(parseDayPhrase(s, now));
}

/** The instant a WHEN phrase means (see readWhen), or null. */
export function parseWhenPhrase(input: string, now: Date): Date | null {
  return readWhen(input, now)?.date ?? null;
}

const WHEN_EXAMPLES = '2026-11-20, "yesterday 21:00", "2 hours ago", "3 days ago", "last week" or "last monday"';

/** Read a WHEN phrase or throw one calm usage line naming the flag. */
function requireWhen(input: string, now: Date, flag: string): When {
  const w = readWhen(input, now);
  if (!w) throw usageError(`${flag} "${input}" is not a date I understand. Try ${WHEN_EXAMPLES}.`);
  return w;
}

/**
 * `--at WHEN` → the `at` to store: an offset written in the phrase is kept as written
 * (`2026-11-20T09:30:00+09:00` stays `+09:00`); otherwise the local offset at that instant.
 * The future is refused with the same words for phrases and ISO dates.
 */
export function parseAt(input: string, now: Date, flag = '--at'): string {
  const w = requireWhen(input, now, flag);
  if (w.date.getTime() > now.getTime() + 60_000) {
    throw usageError(`${flag} "${input}" is in the future. A check-in can only be for now or earlier.`);
  }
  return w.offsetMinutes === null ? toLocalIso(w.date) : toIsoWithOffset(w.date, w.offsetMinutes);
}

/**
 * A day for `--from`/`--to` (same phrases as `--at`; the time is dropped) → YYYY-MM-DD. An ISO
 * date is its own day whatever the zone; a date-time with an offset is the day written in it.
 */
export function parseDay(input: string, now: Date, flag: string): DayKey {
  const w = requireWhen(input, now, flag);
  const m = /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(input);
  if (m) return m[1]!;
  return w.offsetMinutes === null ? localDayKey(w.date) : dayOf(toIsoWithOffset(w.date, w.offsetMinutes));
}
