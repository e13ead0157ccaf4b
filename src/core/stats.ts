import type { Entry } from './entry.js';
import { addDayKey, dayOf, daysBetween, weekdayIndex, type DayKey } from './period.js';

/**
 * Stats over a period. Pure: entries and the period in, a plain JSON-able object out.
 *
 * - `mood.*`, `byWeekday`, `byTimeOfDay` are over check-ins (entries).
 * - Associations (`tags`, `attendance`) are over days: each day's mood is the mean of that
 *   day's check-ins, and a day "has" a tag when any check-in that day has it. This keeps a day
 *   with five check-ins from counting five times.
 * - Associations are shown to people only with at least `MIN_DAYS` days on each side; the JSON
 *   lists every tag and marks the thin ones `enough: false`.
 * - Means are rounded to 2 decimals.
 */
export const MIN_DAYS = 3;

export interface MoodSummary {
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

export interface TagAssociation {
  tag: string;
  /** Days with the tag. */
  n: number;
  /** Days without the tag (in the period, with a check-in). */
  nWithout: number;
  /** Check-ins with the tag. */
  entries: number;
  meanWith: number | null;
  meanWithout: number | null;
  /** meanWith − meanWithout, or null when either side is empty. */
  difference: number | null;
  /** At least MIN_DAYS days on each side: enough to show as an association. */
  enough: boolean;
}

export interface TrendPoint {
  /** The day, or the Monday that starts the week. */
  start: DayKey;
  /** Check-ins in this day or week. */
  n: number;
  mean: number | null;
}

export interface Stats {
  period: { from: DayKey | null; to: DayKey | null; days: number };
  count: number;
  daysCheckedIn: number;
  mood: MoodSummary;
  energy: { mean: number | null; n: number };
  anxiety: { mean: number | null; n: number };
  sleepHours: { mean: number | null; n: number };
  trend: { unit: 'day' | 'week'; points: TrendPoint[] };
  byWeekday: { weekday: string; n: number; mean: number | null }[];
  byTimeOfDay: { part: TimeOfDay; hours: string; n: number; mean: number | null }[];
  tags: TagAssociation[];
  attendance: {
    /** Days with at least one group attended. */
    days: number;
    daysWithout: number;
    meanWith: number | null;
    meanWithout: number | null;
    difference: number | null;
    enough: boolean;
    /** Mood on the day after a group day vs. other days (both need a check-in). */
    nextDay: { n: number; nOther: number; meanAfter: number | null; meanOther: number | null; difference: number | null; enough: boolean };
    /** Per program: days attended. */
    programs: { id: string; days: number }[];
  };
  minDays: number;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const PARTS: { part: TimeOfDay; hours: string; test: (h: number) => boolean }[] = [
  { part: 'morning', hours: '05:00–11:59', test: (h) => h >= 5 && h < 12 },
  { part: 'afternoon', hours: '12:00–16:59', test: (h) => h >= 12 && h < 17 },
  { part: 'evening', hours: '17:00–21:59', test: (h) => h >= 17 && h < 22 },
  { part: 'night', hours: '22:00–04:59', test: (h) => h >= 22 || h < 5 },
];

/** The hour of an entry on its own local clock (from the `at` string). */
export function hourOf(at: string): number {
  return Number(at.slice(11, 13));
}

export function timeOfDay(at: string): TimeOfDay {
  const h = hourOf(at);
  return PARTS.find((p) => p.test(h))!.part;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return round2(s / xs.length);
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : round2((s[mid - 1]! + s[mid]!) / 2);
}

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : round2(a - b);
}

/** A day's check-ins, summarised. */
export interface DaySummary {
  day: DayKey;
  entries: Entry[];
  /** Unrounded mean mood of the day. */
  mood: number;
  tags: Set<string>;
  attended: Set<string>;
}

/** Group entries by their local day (see period.ts), sorted by day. */
export function summariseDays(entries: readonly Entry[]): DaySummary[] {
  const byDay = new Map<DayKey, Entry[]>();
  for (const e of entries) {
    const d = dayOf(e.at);
    const list = byDay.get(d);
    if (list) list.push(e);
    else byDay.set(d, [e]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, list]) => ({
      day,
      entries: list,
      mood: list.reduce((s, e) => s + e.mood, 0) / list.length,
      tags: new Set(list.flatMap((e) => e.tags)),
      attended: new Set(list.flatMap((e) => e.attended)),
    }));
}

/** Entries whose day is inside [from, to] (either end may be null = open). */
export function filterByPeriod(entries: readonly Entry[], period: { from: DayKey | null; to: DayKey | null }): Entry[] {
  return entries.filter((e) => {
    const d = dayOf(e.at);
    return (period.from === null || d >= period.from) && (period.to === null || d <= period.to);
  });
}

function association(days: readonly DaySummary[], has: (d: DaySummary) => boolean) {
  const withD: number[] = [];
  const withoutD: number[] = [];
  for (const d of days) (has(d) ? withD : withoutD).push(d.mood);
  const meanWith = mean(withD);
  const meanWithout = mean(withoutD);
  return {
    n: withD.length,
    nWithout: withoutD.length,
    meanWith,
    meanWithout,
    difference: diff(meanWith, meanWithout),
    enough: withD.length >= MIN_DAYS && withoutD.length >= MIN_DAYS,
  };
}

/** Days in the trend before it switches from daily to weekly points. */
export const DAILY_TREND_MAX_DAYS = 62;

/**
 * Compute stats for the entries inside `period` (entries outside it are ignored).
 * `from: null` starts at the first entry; `to: null` ends at the last.
 */
export function computeStats(all: readonly Entry[], period: { from: DayKey | null; to: DayKey | null }): Stats {
  const entries = filterByPeriod(all, period);
  const days = summariseDays(entries);
  const moods = entries.map((e) => e.mood);
  const numbers = (pick: (e: Entry) => number | null) => entries.map(pick).filter((x): x is number => x !== null);
  const energy = numbers((e) => e.energy);
  const anxiety = numbers((e) => e.anxiety);
  const sleep = numbers((e) => e.sleepHours);

  const from = period.from ?? days[0]?.day ?? null;
  const to = period.to ?? days[days.length - 1]?.day ?? null;
  const spanDays = from !== null && to !== null ? daysBetween(from, to) + 1 : 0;

  // Tags, by day.
  const tagNames = [...new Set(entries.flatMap((e) => e.tags))];
  const tags: TagAssociation[] = tagNames.map((tag) => ({
    tag,
    ...association(days, (d) => d.tags.has(tag)),
    entries: entries.filter((e) => e.tags.includes(tag)).length,
  }));
  tags.sort(
    (a, b) =>
      Number(b.enough) - Number(a.enough) ||
      Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0) ||
      b.n - a.n ||
      (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0),
  );

  // Groups attended, and the day after.
  const groupDays = new Set(days.filter((d) => d.attended.size > 0).map((d) => d.day));
  const after: number[] = [];
  const other: number[] = [];
  for (const d of days) (groupDays.has(addDayKey(d.day, -1)) ? after : other).push(d.mood);
  const meanAfter = mean(after);
  const meanOther = mean(other);
  const groupAssoc = association(days, (d) => d.attended.size > 0);
  const programCounts = new Map<string, number>();
  for (const d of days) for (const id of d.attended) programCounts.set(id, (programCounts.get(id) ?? 0) + 1);

  return {
    period: { from, to, days: spanDays },
    count: entries.length,
    daysCheckedIn: days.length,
    mood: {
      mean: mean(moods),
      median: median(moods),
      min: moods.length ? Math.min(...moods) : null,
      max: moods.length ? Math.max(...moods) : null,
    },
    energy: { mean: mean(energy), n: energy.length },
    anxiety: { mean: mean(anxiety), n: anxiety.length },
    sleepHours: { mean: mean(sleep), n: sleep.length },
    trend: trend(days, from, to),
    byWeekday: WEEKDAYS.map((weekday, i) => {
      const xs = entries.filter((e) => weekdayIndex(dayOf(e.at)) === i).map((e) => e.mood);
      return { weekday, n: xs.length, mean: mean(xs) };
    }),
    byTimeOfDay: PARTS.map(({ part, hours, test }) => {
      const xs = entries.filter((e) => test(hourOf(e.at))).map((e) => e.mood);
      return { part, hours, n: xs.length, mean: mean(xs) };
    }),
    tags,
    attendance: {
      days: groupAssoc.n,
      daysWithout: groupAssoc.nWithout,
      meanWith: groupAssoc.meanWith,
      meanWithout: groupAssoc.meanWithout,
      difference: groupAssoc.difference,
      enough: groupAssoc.enough,
      nextDay: {
        n: after.length,
        nOther: other.length,
        meanAfter,
        meanOther,
        difference: diff(meanAfter, meanOther),
        enough: after.length >= MIN_DAYS && other.length >= MIN_DAYS,
      },
      programs: [...programCounts.entries()]
        .map(([id, n]) => ({ id, days: n }))
        .sort((a, b) => b.days - a.days || (a.id < b.id ? -1 : 1)),
    },
    minDays: MIN_DAYS,
  };
}

function trend(days: readonly DaySummary[], from: DayKey | null, to: DayKey | null): Stats['trend'] {
  if (from === null || to === null) return { unit: 'day', points: [] };
  const total = daysBetween(from, to) + 1;
  const weekly = total > DAILY_TREND_MAX_DAYS;
  const bucketOf = (d: DayKey) => (weekly ? addDayKey(d, -weekdayIndex(d)) : d);
  const sums = new Map<DayKey, { s: number; n: number }>();
  for (const d of days) {
    const k = bucketOf(d.day);
    const b = sums.get(k) ?? { s: 0, n: 0 };
    // Weekly points are the mean of the week's day means.
    b.s += d.mood;
    b.n += 1;
    sums.set(k, b);
  }
  const counts = new Map<DayKey, number>();
  for (const d of days) counts.set(bucketOf(d.day), (counts.get(bucketOf(d.day)) ?? 0) + d.entries.length);
  const points: TrendPoint[] = [];
  for (let k = bucketOf(from); k <= to; k = addDayKey(k, weekly ? 7 : 1)) {
    const b = sums.get(k);
    points.push({ start: k, n: counts.get(k) ?? 0, mean: b ? round2(b.s / b.n) : null });
  }
  return { unit: weekly ? 'week' : 'day', points };
}
