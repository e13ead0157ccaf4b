import type { Entry } from './entry.js';
import { clampToEntries, entryDayRange } from './journal-range.js';
import { addDayKey, dayOf, daysBetween, daysSinceMonday, type DayKey } from './dates.js';

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

/** Days in the trend before it switches from daily to weekly points. */
export const DAILY_TREND_MAX_DAYS = 62;

/**
 * Compute stats for the entries inside `period` (entries outside it are ignored).
 * `from: null` starts at the first entry; `to: null` ends at the last. Days before the first entry
 * of `all` or after its last are not laid out: `period.from/to/days` and the trend cover only the
 * part of the period between them (the whole period when none of it is).
 * Single passes over entries and days, so 100,000 entries take well under a second.
 */
export function computeStats(all: readonly Entry[], period: { from: DayKey | null; to: DayKey | null }): Stats {
  const entries = filterByPeriod(all, period);
  const days = summariseDays(entries);

  // Per check-in.
  const moods: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  const extra = { energy: [0, 0], anxiety: [0, 0], sleepHours: [0, 0] } as Record<'energy' | 'anxiety' | 'sleepHours', [number, number]>;
  const wd = WEEKDAYS.map(() => [0, 0] as [number, number]);
  const parts = PARTS.map(() => [0, 0] as [number, number]);
  const tagEntries = new Map<string, number>();
  const weekdayOfDay = new Map<DayKey, number>();
  for (const e of entries) {
    moods.push(e.mood);
    if (e.mood < min) min = e.mood;
    if (e.mood > max) max = e.mood;
    for (const k of ['energy', 'anxiety', 'sleepHours'] as const) {
      const v = e[k];
      if (v !== null) {
        extra[k][0] += v;
        extra[k][1] += 1;
      }
    }
    const day = dayOf(e.at);
    let w = weekdayOfDay.get(day);
    if (w === undefined) weekdayOfDay.set(day, (w = daysSinceMonday(day)));
    wd[w]![0] += e.mood;
    wd[w]![1] += 1;
    const h = hourOf(e.at);
    const pi = PARTS.findIndex((p) => p.test(h));
    parts[pi]![0] += e.mood;
    parts[pi]![1] += 1;
    for (const t of new Set(e.tags)) tagEntries.set(t, (tagEntries.get(t) ?? 0) + 1);
  }
  const avg = ([sum, n]: [number, number]) => (n ? round2(sum / n) : null);

  // Lay out only the days between the journal's first and last entries (see clampToEntries).
  const layout = clampToEntries(period, entryDayRange(all));
  const from = (layout ?? period).from ?? days[0]?.day ?? null;
  const to = (layout ?? period).to ?? days[days.length - 1]?.day ?? null;
  const spanDays = from !== null && to !== null ? daysBetween(from, to) + 1 : 0;

  // Per day: tags and groups. "Without" is the total minus "with".
  let daySum = 0;
  const tagDays = new Map<string, [number, number]>();
  const withGroup: [number, number] = [0, 0];
  const programCounts = new Map<string, number>();
  for (const d of days) {
    daySum += d.mood;
    for (const t of d.tags) {
      const acc = tagDays.get(t) ?? [0, 0];
      acc[0] += d.mood;
      acc[1] += 1;
      tagDays.set(t, acc);
    }
    if (d.attended.size) {
      withGroup[0] += d.mood;
      withGroup[1] += 1;
    }
    for (const id of d.attended) programCounts.set(id, (programCounts.get(id) ?? 0) + 1);
  }
  const compare = ([sum, n]: [number, number]) => {
    const meanWith = avg([sum, n]);
    const meanWithout = avg([daySum - sum, days.length - n]);
    return {
      n,
      nWithout: days.length - n,
      meanWith,
      meanWithout,
      difference: diff(meanWith, meanWithout),
      enough: n >= MIN_DAYS && days.length - n >= MIN_DAYS,
    };
  };
  const tags: TagAssociation[] = [...tagDays].map(([tag, acc]) => ({ tag, ...compare(acc), entries: tagEntries.get(tag) ?? 0 }));
  tags.sort(
    (a, b) =>
      Number(b.enough) - Number(a.enough) ||
      Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0) ||
      b.n - a.n ||
      (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0),
  );
  const groupAssoc = compare(withGroup);

  // The day after a group day vs. every other day with a check-in.
  const groupDays = new Set(days.filter((d) => d.attended.size > 0).map((d) => d.day));
  const after: [number, number] = [0, 0];
  for (const d of days) {
    if (groupDays.has(addDayKey(d.day, -1))) {
      after[0] += d.mood;
      after[1] += 1;
    }
  }
  const other: [number, number] = [daySum - after[0], days.length - after[1]];
  const meanAfter = avg(after);
  const meanOther = avg(other);

  return {
    period: { from, to, days: spanDays },
    count: entries.length,
    daysCheckedIn: days.length,
    mood: {
      mean: avg([moods.reduce((a, b) => a + b, 0), moods.length]),
      median: median(moods),
      min: moods.length ? min : null,
      max: moods.length ? max : null,
    },
    energy: { mean: avg(extra.energy), n: extra.energy[1] },
    anxiety: { mean: avg(extra.anxiety), n: extra.anxiety[1] },
    sleepHours: { mean: avg(extra.sleepHours), n: extra.sleepHours[1] },
    trend: layout ? trend(days, from, to) : { unit: 'day', points: [] },
    byWeekday: WEEKDAYS.map((weekday, i) => ({ weekday, n: wd[i]![1], mean: avg(wd[i]!) })),
    byTimeOfDay: PARTS.map(({ part, hours }, i) => ({ part, hours, n: parts[i]![1], mean: avg(parts[i]!) })),
    tags,
    attendance: {
      days: groupAssoc.n,
      daysWithout: groupAssoc.nWithout,
      meanWith: groupAssoc.meanWith,
      meanWithout: groupAssoc.meanWithout,
      difference: groupAssoc.difference,
      enough: groupAssoc.enough,
      nextDay: {
        n: after[1],
        nOther: other[1],
        meanAfter,
        meanOther,
        difference: diff(meanAfter, meanOther),
        enough: after[1] >= MIN_DAYS && other[1] >= MIN_DAYS,
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
  const bucketOf = (d: DayKey) => (weekly ? addDayKey(d, -daysSinceMonday(d)) : d);
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
