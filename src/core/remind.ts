import { usageError } from './errors.js';

/**
 * Reminders, the pure part: the reminder time, the tiny state kept beside the journal, and whether a
 * reminder is due. Deliberately free of date-fns and zod: `remind --if-due` runs at every shell
 * prompt and loads only this module and the state file.
 */

/** What `remind.json` (beside the journal) holds; rewritten by the store on every save. */
export interface RemindState {
  /** "HH:MM", 24-hour clock, local time. */
  time: string;
  /** The latest calendar day with a check-in (YYYY-MM-DD, the day written in the entry's `at`), or null. */
  lastCheckinDay: string | null;
}

export const REMIND_FILE = 'remind.json';

/** The one kind line a reminder shows. No streaks, no counts. */
export const REMIND_LINE = 'A gentle reminder from peerpath: no check-in yet today. When you have a moment: peerpath checkin';

const TIME_RE = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "20:00", "7:30" → "20:00", "07:30"; anything else (25:00, 8pm, 20:60) is a usage error (exit 2). */
export function parseRemindTime(input: string): string {
  const m = TIME_RE.exec(input.trim());
  if (!m) throw usageError(`A reminder time is HH:MM on a 24-hour clock, from 00:00 to 23:59 (got "${input}").`, 'For example: peerpath remind set 20:00');
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

/** The hour and minute of a valid "HH:MM". */
export function timeParts(time: string): { hour: number; minute: number } {
  const [h, m] = time.split(':');
  return { hour: Number(h), minute: Number(m) };
}

/** The state file's text (stable, so an unchanged state writes nothing). */
export function serializeRemindState(state: RemindState): string {
  return `${JSON.stringify({ time: state.time, lastCheckinDay: state.lastCheckinDay })}\n`;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The state from the file's text, or null when it is not a state this version wrote. */
export function parseRemindState(text: string): RemindState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { time, lastCheckinDay } = raw as Record<string, unknown>;
  if (typeof time !== 'string' || !TIME_RE.test(time)) return null;
  if (lastCheckinDay !== null && (typeof lastCheckinDay !== 'string' || !DAY_RE.test(lastCheckinDay))) return null;
  return { time, lastCheckinDay };
}

/**
 * The state to keep for a journal: its `remind` setting and the latest day with an entry, or null
 * when no reminder is set (then no state file is kept at all).
 */
export function remindStateFor(data: { entries: readonly { at: string }[]; config: Readonly<Record<string, string | undefined>> }): RemindState | null {
  const time = data.config['remind'];
  if (!time || !TIME_RE.test(time)) return null;
  let last: string | null = null;
  for (const e of data.entries) {
    const day = e.at.slice(0, 10); // the entry's own calendar day, as everywhere else (entryDay)
    if (last === null || day > last) last = day;
  }
  return { time, lastCheckinDay: last };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The reminder line when it is due at `now` (local time of this process): the reminder time has
 * passed today and there is no check-in on today's date yet. Otherwise null.
 */
export function dueLine(state: RemindState | null, now: Date): string | null {
  if (!state) return null;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  // A day after today (a check-in made in a time zone ahead of this one) counts as checked in.
  if (state.lastCheckinDay !== null && state.lastCheckinDay >= today) return null;
  const { hour, minute } = timeParts(state.time);
  if (now.getHours() * 60 + now.getMinutes() < hour * 60 + minute) return null;
  return REMIND_LINE;
}
