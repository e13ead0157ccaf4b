import { computeStats, summariseDays, WEEKDAYS } from '../stats.js';
import { ASSOCIATION_NOTE, checkInLine, describeAssociations, describeExtras, fmt, formatDay, moodOverview } from '../stats-render.js';
import { sparkline, fitSeries } from '../sparkline.js';
import { addDayKey, dayOf, daysSinceMonday, localDayKey } from '../dates.js';
import { PLAN_CARD_TITLE, planMarkdownSections } from './plan-md.js';
import { questionnairesMarkdown } from './questionnaires.js';
import { byTime, cleanLine, cleanText, programLabel, selectEntries, timeOf, type ExportInput, type ExportOutput } from './common.js';

/** Escape text so Markdown shows it literally (and strip control characters). */
export function escapeMd(text: string): string {
  return cleanLine(text).replace(/[\\`*_{}[\]<>#|~!&]/g, (c) => `\\${c}`);
}

/** A multi-line note as a block quote, each line escaped; a leading list marker is escaped too. */
function quoteNote(note: string): string {
  return cleanText(note)
    .split('\n')
    .map((line) => {
      const esc = line.replace(/[\\`*_{}[\]<>#|~!&]/g, (c) => `\\${c}`).replace(/^(\s*)([-+=]|\d+[.)])/, '$1\\$2');
      return esc.trim() === '' ? '>' : `> ${esc}`;
    })
    .join('\n');
}

/**
 * A summary to hand to a peer supporter: period, check-ins, mood overview and trend, what went
 * with better or worse days (associations), groups attended, then the entries (notes unless
 * --no-notes).
 */
export function exportMarkdown(input: ExportInput): ExportOutput {
  const { entries, leftOut } = selectEntries(input);
  const stats = computeStats(entries, input.period);
  const out: string[] = [];
  const range = stats.period.from && stats.period.to ? `${formatDay(stats.period.from)} – ${formatDay(stats.period.to)}` : 'no check-ins';

  out.push('# Check-in summary', '');
  out.push('From peerpath, a personal mood journal. It is a record of how someone felt, not a medical record.', '');
  out.push(`- **Period:** ${escapeMd(input.period.label)} (${range})`);
  out.push(`- **Check-ins:** ${checkInLine(stats)}`);
  out.push(`- **Exported:** ${formatDay(localDayKey(input.now))}`);
  if (!input.notes) out.push('- **Notes:** left out');
  out.push('');

  out.push('## Mood overview', '');
  out.push(moodOverview(stats), '');
  const extras = describeExtras(stats);
  if (extras) out.push(`Averages when recorded: ${extras}.`, '');

  const pts = stats.trend.points;
  if (stats.count > 0 && pts.length > 1) {
    out.push(`### Trend (${stats.trend.unit === 'week' ? 'weekly' : 'daily'} average)`, '');
    out.push('`' + sparkline(fitSeries(pts.map((p) => p.mean), 70)) + '`', '');
    out.push(`From ${formatDay(pts[0]!.start)} to ${formatDay(pts[pts.length - 1]!.start)}; each mark is a ${stats.trend.unit}, \`·\` means no check-in.`, '');
    const weeks = weeklyRows(stats.trend.unit === 'week' ? pts : null, entries);
    if (weeks.length) {
      out.push('| Week of | Check-ins | Average mood |', '|---|---:|---:|');
      for (const w of weeks) out.push(`| ${formatDay(w.start)} | ${w.n} | ${fmt(w.mean)} |`);
      out.push('');
    }
  }

  if (stats.count > 0) {
    out.push('### By weekday', '');
    out.push('| ' + WEEKDAYS.join(' | ') + ' |', '|' + '---:|'.repeat(7));
    out.push('| ' + stats.byWeekday.map((w) => fmt(w.mean)).join(' | ') + ' |', '');
    out.push('### By time of day', '');
    out.push('| Time of day | Check-ins | Average mood |', '|---|---:|---:|');
    for (const t of stats.byTimeOfDay) out.push(`| ${t.part} (${t.hours}) | ${t.n} | ${fmt(t.mean)} |`);
    out.push('');
  }

  out.push('## What went with better or worse days', '');
  const assoc = describeAssociations(stats, escapeMd);
  if (assoc.lines.length) {
    for (const l of assoc.lines) out.push(`- ${l}`);
    out.push('', `_${ASSOCIATION_NOTE}_`, '');
  } else {
    out.push(`Not enough days to compare yet: a tag needs at least ${stats.minDays} days with it and ${stats.minDays} without.`, '');
  }

  out.push('## Groups attended', '');
  if (stats.attendance.programs.length) {
    out.push('| Group | Days |', '|---|---:|');
    for (const g of stats.attendance.programs) {
      const name = programLabel(g.id, input.programName);
      out.push(`| ${escapeMd(name)}${name !== g.id ? ` (${escapeMd(g.id)})` : ''} | ${g.days} |`);
    }
    out.push('');
  } else {
    out.push('No groups recorded in this period.', '');
  }

  out.push(...questionnairesMarkdown(input.questionnaires, input.period));

  out.push('## Entries', '');
  if (!entries.length) out.push('No check-ins in this period.', '');
  for (const e of byTime(entries)) {
    const day = dayOf(e.at);
    out.push(`### ${WEEKDAYS[daysSinceMonday(day)]} ${formatDay(day)}, ${timeOf(e.at)}`, '');
    const facts = [`**Mood ${e.mood}/10**`];
    if (e.energy !== null) facts.push(`energy ${e.energy}/5`);
    if (e.anxiety !== null) facts.push(`anxiety ${e.anxiety}/5`);
    if (e.sleepHours !== null) facts.push(`sleep ${e.sleepHours} h`);
    out.push(facts.join(' · '));
    const more: string[] = [];
    if (e.emotions.length) more.push(`Feelings: ${e.emotions.map(escapeMd).join(', ')}`);
    if (e.tags.length) more.push(`Tags: ${e.tags.map(escapeMd).join(', ')}`);
    if (e.attended.length) more.push(`Groups: ${e.attended.map((id) => escapeMd(programLabel(id, input.programName))).join(', ')}`);
    if (more.length) out.push('', more.join(' · '));
    if (input.notes && e.note.trim()) out.push('', quoteNote(e.note.trim()));
    out.push('');
  }
  if (input.plan) out.push(`## ${PLAN_CARD_TITLE}`, '', ...planMarkdownSections(input.plan, '###'));
  return { content: out.join('\n').replace(/\n+$/, '\n'), count: entries.length, leftOut };
}

/**
 * A weekly table (mean of day means, like the trend). Weekly trends already are weeks; daily ones
 * are summed up here because 30 numbers in a row are hard to read.
 */
function weeklyRows(weekPoints: { start: string; n: number; mean: number | null }[] | null, entries: ExportInput['entries']) {
  if (weekPoints) return weekPoints.filter((p) => p.n > 0);
  const buckets = new Map<string, { n: number; means: number[] }>();
  for (const d of summariseDays(entries)) {
    const monday = addDayKey(d.day, -daysSinceMonday(d.day));
    const b = buckets.get(monday) ?? { n: 0, means: [] };
    b.n += d.entries.length;
    b.means.push(d.mood);
    buckets.set(monday, b);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([start, b]) => ({ start, n: b.n, mean: b.means.reduce((s, x) => s + x, 0) / b.means.length }));
}
