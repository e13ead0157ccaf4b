import { format } from 'date-fns/format';
import { subDays } from 'date-fns/subDays';
import { usageError } from './errors.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_SHORT = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** ISO 8601 with the local UTC offset at that instant, e.g. 2026-11-23T09:30:00.000-05:00. */
export function toLocalIso(d: Date): string {
  return format(d, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}

/** The local calendar day (YYYY-MM-DD) of a Date in this process's time zone. */
export function localDay(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

/** The calendar day of an entry: the date as written in its own `at` (its local day then). */
export function entryDay(at: string): string {
  return at.slice(0, 10);
}

function weekdayIndex(word: string): number {
  const i = WEEKDAYS.indexOf(word);
  return i >= 0 ? i : WEEKDAY_SHORT.indexOf(word);
}

function validYmd(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
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

/** The day part of a phrase ("yesterday", "3 days ago", "last monday", "2026-11-20") → a Date at now's time of day. */
function parseDayPhrase(s: string, now: Date): Date | null {
  if (s === 'today' || s === 'now') return new Date(now.getTime());
  if (s === 'yesterday') return subDays(now, 1);
  let m = /^(\d{1,4}) days? ago$/.exec(s);
  if (m) return subDays(now, Number(m[1]));
  m = /^(\d{1,3}) weeks? ago$/.exec(s);
  if (m) return subDays(now, 7 * Number(m[1]));
  m = /^(?:last )?([a-z]+)$/.exec(s);
  if (m && weekdayIndex(m[1]!) >= 0) {
    const want = weekdayIndex(m[1]!);
    const back = ((now.getDay() - want + 7) % 7) || 7; // "last monday" on a Monday is a week ago
    return subDays(now, back);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validYmd(y, mo, d)) return null;
    return new Date(y, mo - 1, d, now.getHours(), now.getMinutes(), now.getSeconds(), now.getMilliseconds());
  }
  return null;
}

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Parse a WHEN phrase for `checkin --at`: an ISO date or date-time, `today`, `yesterday`,
 * `yesterday 21:00`, `3 days ago`, `last monday` (optionally followed by a time such as `21:00`, `9pm`).
 * A day without a time keeps `now`'s time of day. Returns null when the phrase is not understood.
 */
export function parseWhenPhrase(input: string, now: Date): Date | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s) return null;
  const iso = ISO_DATETIME.exec(s);
  if (iso) {
    const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(iso[i]));
    const sec = iso[6] === undefined ? 0 : Number(iso[6]);
    const ms = iso[7] === undefined ? 0 : Number(iso[7].padEnd(3, '0'));
    if (!validYmd(y!, mo!, d!) || h! > 23 || mi! > 59 || sec > 59) return null;
    const zone = iso[8];
    if (zone === undefined) return new Date(y!, mo! - 1, d!, h!, mi!, sec, ms);
    let offsetMin = 0;
    if (zone !== 'z') {
      const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
      offsetMin = (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3] ?? 0));
      if (Math.abs(offsetMin) > 14 * 60) return null;
    }
    return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, sec, ms) - offsetMin * 60_000);
  }
  // "<day phrase> [at] <clock>" or just "<day phrase>" or just "<clock>" (today)
  const withClock = /^(.*?)(?: at)? (\d{1,2}(?::\d{2})? ?(?:am|pm)?)$/.exec(s);
  if (withClock) {
    const clock = parseClock(withClock[2]!.replace(' ', ''));
    const day = parseDayPhrase(withClock[1]!, now);
    if (clock && day) return onDay(day, clock);
  }
  const clockOnly = parseClock(s);
  if (clockOnly) return onDay(now, clockOnly);
  return parseDayPhrase(s, now);
}

/** Like parseWhenPhrase, but throws a one-line usage error, and refuses the future. */
export function parseWhen(input: string, now: Date, flag = '--at'): Date {
  const d = parseWhenPhrase(input, now);
  if (!d) {
    throw usageError(`${flag} "${input}" is not a date I understand. Try 2026-11-20, "yesterday 21:00", "3 days ago" or "last monday".`);
  }
  if (d.getTime() > now.getTime() + 60_000) {
    throw usageError(`${flag} "${input}" is in the future. A check-in can only be for now or earlier.`);
  }
  return d;
}

/** Parse a day for --from/--to (same phrases as --at; the time is ignored) → YYYY-MM-DD. */
export function parseDay(input: string, now: Date, flag: string): string {
  const d = parseWhenPhrase(input, now);
  if (!d) throw usageError(`${flag} "${input}" is not a date I understand. Try 2026-11-01, "yesterday" or "30 days ago".`);
  // An ISO date is its own day, whatever the time zone.
  const m = /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(input);
  return m ? m[1]! : localDay(d);
}
