import { plainPaint, type Paint } from './paint.js';
import { sanitizeLine } from './sanitize.js';
import { type DayKey } from './dates.js';
import { fitSeries, sparkline } from './sparkline.js';
import { displayWidth, wrapText } from './text.js';
import type { Stats } from './stats.js';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** `2026-11-23` → `23 Nov 2026` (no time zone involved). */
export function formatDay(day: DayKey, withYear = true): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]}${withYear ? ` ${y}` : ''}`;
}

/** One decimal, or an en dash when there is no value. */
export function fmt(x: number | null): string {
  return x === null ? '–' : (Math.round(x * 10) / 10).toFixed(1).replace(/\.0$/, '');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The one-line reminder that goes with every association. */
export const ASSOCIATION_NOTE = 'These show what went together, not what caused what.';

export interface AssociationText {
  /** Sentences for tags and groups with enough days on each side. */
  lines: string[];
  /** Tags without enough days yet (named so the person knows why they are missing). */
  thinTags: string[];
}

/**
 * Plain sentences for "what goes with better or worse days", shared by the terminal, Markdown and
 * HTML. Worded as associations: "Days with X averaged A; days without, B."
 */
export function describeAssociations(stats: Stats, clean: (s: string) => string = (s) => s): AssociationText {
  const lines: string[] = [];
  for (const t of stats.tags) {
    if (!t.enough) continue;
    lines.push(
      `Days with “${clean(t.tag)}” averaged ${fmt(t.meanWith)}; days without, ${fmt(t.meanWithout)} (${plural(t.n, 'day')} with, ${t.nWithout} without).`,
    );
  }
  const a = stats.attendance;
  if (a.enough) {
    lines.push(`Days with a peer group averaged ${fmt(a.meanWith)}; other days, ${fmt(a.meanWithout)} (${plural(a.days, 'day')} with a group, ${a.daysWithout} without).`);
  }
  if (a.nextDay.enough) {
    lines.push(`The day after a group averaged ${fmt(a.nextDay.meanAfter)}; other days, ${fmt(a.nextDay.meanOther)} (${plural(a.nextDay.n, 'day')} after a group, ${a.nextDay.nOther} others).`);
  }
  return { lines, thinTags: stats.tags.filter((t) => !t.enough).map((t) => clean(t.tag)) };
}

/** The optional extras' averages that have any values, each with how many check-ins recorded it. */
export function extraAverages(stats: Stats, unit: { of5: string; hours: string } = { of5: '/5', hours: ' h' }): { text: string; n: number }[] {
  const out: { text: string; n: number }[] = [];
  if (stats.energy.n) out.push({ text: `energy ${fmt(stats.energy.mean)}${unit.of5}`, n: stats.energy.n });
  if (stats.anxiety.n) out.push({ text: `anxiety ${fmt(stats.anxiety.mean)}${unit.of5}`, n: stats.anxiety.n });
  if (stats.sleepHours.n) out.push({ text: `sleep ${fmt(stats.sleepHours.mean)}${unit.hours}`, n: stats.sleepHours.n });
  return out;
}

/** For the reports: "energy 3 of 5 (2 check-ins), sleep 7 hours (3 check-ins)", or '' when none. */
export function describeExtras(stats: Stats): string {
  return extraAverages(stats, { of5: ' of 5', hours: ' hours' }).map((x) => `${x.text} (${plural(x.n, 'check-in')})`).join(', ');
}

/** A short headline for the mood overview. */
export function moodOverview(stats: Stats): string {
  const m = stats.mood;
  if (stats.count === 0) return 'No check-ins in this period.';
  return `Average ${fmt(m.mean)} · median ${fmt(m.median)} · lowest ${m.min} · highest ${m.max} (1 very low – 10 very good)`;
}

export function checkInLine(stats: Stats): string {
  return `${plural(stats.count, 'check-in')} on ${plural(stats.daysCheckedIn, 'day')}${stats.period.days ? ` of ${stats.period.days}` : ''}`;
}

export interface RenderStatsOptions {
  paint?: Paint;
  /** What the period is called, e.g. "Last 30 days". */
  label?: string;
  /** Sanitiser for stored strings (tags, ids); defaults to `sanitizeLine`. */
  clean?: (s: string) => string;
  /** Program id → display name. */
  programName?: (id: string) => string | undefined;
  width?: number;
}

/** The stats screen, as lines for the terminal. */
export function renderStats(stats: Stats, opts: RenderStatsOptions = {}): string[] {
  const p = opts.paint ?? plainPaint;
  const clean = opts.clean ?? sanitizeLine;
  const width = Math.max(40, Math.min(opts.width ?? 80, 100));
  const out: string[] = [];
  const range = stats.period.from && stats.period.to ? `${formatDay(stats.period.from)} – ${formatDay(stats.period.to)}` : '';
  out.push(p.bold(opts.label ? `${cap(opts.label)}${range ? ` (${range})` : ''}` : range || 'All check-ins'));
  out.push('');
  if (stats.count === 0) {
    out.push('No check-ins in this period yet. Run `peerpath checkin` whenever you are ready.');
    return out;
  }
  const row = (k: string, v: string) => out.push(`  ${p.dim(k.padEnd(16))}${v}`);
  row('Check-ins', checkInLine(stats));
  row('Mood', `average ${fmt(stats.mood.mean)} · median ${fmt(stats.mood.median)} · lowest ${stats.mood.min} · highest ${stats.mood.max}`);
  // Each average says how many check-ins it rests on: "anxiety 4/5 · 1 check-in" is not a pattern.
  extraAverages(stats).forEach((x, i) => row(i === 0 ? 'Also' : '', `${x.text} · ${plural(x.n, 'check-in')}`));

  const pts = stats.trend.points;
  if (pts.length > 1) {
    const chartWidth = width - 4;
    const series = fitSeries(pts.map((x) => x.mean), chartWidth);
    out.push('');
    out.push(`  ${p.dim(`Trend (${stats.trend.unit === 'week' ? 'weekly' : 'daily'} average, 1–10; · no check-in)`)}`);
    out.push(`  ${sparkline(series)}`);
    const first = formatDay(pts[0]!.start, false);
    const last = formatDay(pts[pts.length - 1]!.start, false);
    out.push(`  ${p.dim(first + ' '.repeat(Math.max(1, series.length - first.length - last.length)) + last)}`);
  }

  out.push('');
  row('By weekday', stats.byWeekday.map((w) => `${w.weekday} ${fmt(w.mean)}`).join('  '));
  row('By time of day', stats.byTimeOfDay.filter((t) => t.n > 0).map((t) => `${t.part} ${fmt(t.mean)}`).join(' · '));

  if (stats.attendance.programs.length) {
    const names = stats.attendance.programs.map((g) => `${clean(opts.programName?.(g.id) ?? g.id)} (${plural(g.days, 'day')})`);
    const oneLine = names.join(', ');
    if (18 + displayWidth(oneLine) <= width) row('Groups', oneLine);
    else names.forEach((n, i) => row(i === 0 ? 'Groups' : '', n));
  }

  const assoc = describeAssociations(stats, clean);
  out.push('');
  out.push(`  ${p.bold('What went with better or worse days')}`);
  if (assoc.lines.length) {
    for (const l of assoc.lines) out.push(...wrapText(l, width, '  • ', '    '));
    out.push(`  ${p.dim(ASSOCIATION_NOTE)}`);
  } else {
    out.push(`  ${p.dim(`Nothing to compare yet: a tag needs ${stats.minDays} days with it and ${stats.minDays} without.`)}`);
  }
  if (assoc.thinTags.length && assoc.lines.length) {
    const thin = `Not enough days yet for: ${assoc.thinTags.slice(0, 8).join(', ')}${assoc.thinTags.length > 8 ? ', …' : ''}.`;
    for (const l of wrapText(thin, width - 2)) out.push(`  ${p.dim(l)}`);
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
