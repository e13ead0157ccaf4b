import type { Entry } from './entry.js';
import { MOOD_BANDS, moodBand, plainPaint, type Paint } from './paint.js';
import { dayKey, dayOf, daysInMonth, type DayKey } from './dates.js';
import { MONTHS } from './stats-render.js';
import { fmt } from './stats-render.js';

/** Each day's mean mood (unrounded) and number of check-ins, keyed by the entry's local day. */
export function dayMeans(entries: readonly Entry[]): Map<DayKey, { mean: number; n: number }> {
  const acc = new Map<DayKey, { s: number; n: number }>();
  for (const e of entries) {
    const d = dayOf(e.at);
    const a = acc.get(d) ?? { s: 0, n: 0 };
    a.s += e.mood;
    a.n += 1;
    acc.set(d, a);
  }
  return new Map([...acc].map(([d, a]) => [d, { mean: a.s / a.n, n: a.n }]));
}


export interface CalendarOptions {
  /** Colour on/off; without colour, digits and symbols carry everything. */
  color: boolean;
  /** Colour functions (e.g. `new Chalk({ level })`); ignored when `color` is false. */
  paint?: Paint;
  /** Today's day key: later days are left blank rather than marked "no check-in". */
  today?: DayKey;
}

const LABEL = 4; // "Jan "
const CELL = 2; // " 7", "10", " ·"

/** The mark for a day with no check-in. */
export const EMPTY_DAY = '·';

/**
 * One character per day: the rounded mean 1–9, and `+` for 10 — so a 9 next to a 10 never reads
 * as "910" in two-column cells.
 */
export function dayMark(mean: number): string {
  const level = Math.min(10, Math.max(1, Math.round(mean)));
  return level === 10 ? '+' : String(level);
}

/**
 * A year of days, one row per month, one 2-column cell per day, as lines that fit 80 columns
 * (72 wide). Each day shows its average mood rounded to a whole number (1–9, `+` for 10); `·` is a day
 * without a check-in; blank cells are days that don't exist or haven't come yet. With colour
 * the cells are also shaded by mood band. Each row ends with the month's average of day means.
 */
export function renderCalendar(entries: readonly Entry[], year: number, opts: CalendarOptions): string[] {
  const p = opts.color ? (opts.paint ?? plainPaint) : plainPaint;
  const means = dayMeans(entries);
  const lines: string[] = [];
  const yearDays = [...means.keys()].filter((d) => d.startsWith(`${String(year).padStart(4, '0')}-`));

  lines.push(`${p.bold(String(year))}  ${p.dim("each day's average mood, 1 very low – 10 very good")}`);
  lines.push('');

  const header = Array.from({ length: LABEL + 31 * CELL }, () => ' ');
  for (const d of [1, 5, 10, 15, 20, 25, 30]) {
    const s = String(d);
    const end = LABEL + d * CELL; // exclusive end of that day's cell
    for (let i = 0; i < s.length; i++) header[end - s.length + i] = s[i]!;
  }
  lines.push(p.dim(`${header.join('')}  ${'avg'.padStart(4)}`));

  for (let m = 1; m <= 12; m++) {
    let row = MONTHS[m - 1]!.padEnd(LABEL);
    const dim = daysInMonth(year, m);
    const monthMeans: number[] = [];
    for (let d = 1; d <= 31; d++) {
      if (d > dim) {
        row += ' '.repeat(CELL);
        continue;
      }
      const key = dayKey(year, m, d);
      const day = means.get(key);
      if (day) {
        monthMeans.push(day.mean);
        const text = dayMark(day.mean).padStart(CELL);
        const band = MOOD_BANDS[moodBand(day.mean)]!;
        row += opts.color ? p.bgHex(band.bg)(p.hex(band.fg)(text)) : text;
      } else if (opts.today !== undefined && key > opts.today) {
        row += ' '.repeat(CELL);
      } else {
        row += p.dim(EMPTY_DAY.padStart(CELL));
      }
    }
    const avg = monthMeans.length ? fmt(monthMeans.reduce((s, x) => s + x, 0) / monthMeans.length) : '';
    lines.push(`${row}  ${avg.padStart(4)}`.trimEnd());
  }

  lines.push('');
  const legend = [`${EMPTY_DAY} no check-in`];
  if (opts.color) {
    legend.push(MOOD_BANDS.map((b) => p.bgHex(b.bg)(p.hex(b.fg)(` ${b.range} `))).join(' '), '+ = 10');
  } else {
    legend.push('1–9 the day’s average mood, + for 10');
  }
  lines.push(`${p.dim('Legend:')} ${legend.join('   ')}`);
  lines.push(`        avg = the month's average of its days`);
  const n = yearDays.length;
  lines.push(n ? `${n} ${n === 1 ? 'day' : 'days'} with a check-in in ${year}.` : `No check-ins in ${year} yet.`);
  return lines;
}
