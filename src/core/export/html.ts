import { dayMeans } from '../calendar.js';
import { MOOD_BANDS, moodBand } from '../paint.js';
import { addDayKey, dayKey, dayOf, daysBetween, daysInMonth, daysSinceMonday, localDayKey, type DayKey } from '../dates.js';
import { computeStats, WEEKDAYS, type Stats } from '../stats.js';
import { ASSOCIATION_NOTE, checkInLine, describeAssociations, describeExtras, fmt, formatDay, MONTHS_LONG } from '../stats-render.js';
import { PLAN_SECTION_CSS, planHtmlSections } from './plan-html.js';
import { PLAN_CARD_TITLE } from './plan-md.js';
import { questionnairesHtml } from './questionnaires.js';
import { byTime, cleanText, programLabel, selectEntries, timeOf, type ExportInput, type ExportOutput } from './common.js';

/** Escape text for HTML element content and attribute values (control characters removed first). */
export function escapeHtml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
:root { --ink: #26282b; --muted: #5f6670; --line: #e3e1db; --paper: #fbfaf7; --card: #ffffff; --accent: #21908d; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.7rem; font-weight: 600; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; font-weight: 600; margin: 2.2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 0; }
p { margin: .4rem 0; }
.sub, .muted, figcaption, footer { color: var(--muted); }
.small { font-size: .88rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .75rem; margin-top: 1.25rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .7rem .9rem; }
.card .k { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.card .v { font-size: 1.35rem; font-weight: 600; }
figure { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .75rem; }
svg { display: block; width: 100%; height: auto; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis { fill: var(--muted); font-size: 11px; }
.chart .line { fill: none; stroke: var(--accent); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.chart .dot { fill: var(--accent); }
.months { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
table.month { border-collapse: separate; border-spacing: 2px; font-size: .8rem; }
table.month caption { text-align: left; font-weight: 600; padding-bottom: .2rem; }
table.month th { font-weight: 500; color: var(--muted); width: 1.9rem; }
table.month td { width: 1.9rem; height: 1.9rem; text-align: center; border-radius: .3rem; font-variant-numeric: tabular-nums; }
table.month td.empty { color: #a0a4aa; background: #f1efea; }
table.month td.out { background: transparent; }
${MOOD_BANDS.map((b, i) => `.b${i} { background: ${b.bg}; color: ${b.fg}; }`).join('\n')}
.legend { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .6rem; font-size: .85rem; }
.legend span { display: inline-block; padding: .05rem .45rem; border-radius: .3rem; }
ul.assoc { padding-left: 1.2rem; }
ul.assoc li { margin: .3rem 0; }
table.data { border-collapse: collapse; width: 100%; font-size: .92rem; background: var(--card); }
table.data th, table.data td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); }
table.data th { white-space: nowrap; }
.nowrap { white-space: nowrap; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
.entry { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .8rem 1rem; margin: .7rem 0; break-inside: avoid; }
.entry header { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
.mood { display: inline-block; min-width: 2.2rem; text-align: center; padding: .05rem .5rem; border-radius: 1rem; font-weight: 600; font-size: .9rem; }
.facts { color: var(--muted); font-size: .9rem; }
.chips { margin: .35rem 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; }
.chips li { background: #eef3f2; color: #1d4e4c; border-radius: 1rem; padding: 0 .55rem; font-size: .85rem; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; margin: .5rem 0 0; }
footer { margin-top: 2.5rem; font-size: .85rem; border-top: 1px solid var(--line); padding-top: .8rem; }
@media print {
  @page { margin: 14mm; }
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .card, figure, .entry, table.data { border-color: #ccc; box-shadow: none; }
  h2 { break-after: avoid; }
  figure, .months, table.month, .entry, .cards { break-inside: avoid; }
  table.month td, .legend span, .mood { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function moodClass(mood: number): string {
  return `b${moodBand(mood)}`;
}

/** An inline SVG line chart of each day's average mood over the period (1–10 on the y axis). */
export function moodChartSvg(means: Map<DayKey, { mean: number; n: number }>, from: DayKey, to: DayKey): string {
  const W = 720;
  const H = 240;
  const L = 34;
  const R = 12;
  const T = 12;
  const B = 30;
  const span = Math.max(1, daysBetween(from, to));
  const x = (d: DayKey) => L + ((W - L - R) * daysBetween(from, d)) / span;
  const y = (m: number) => T + ((H - T - B) * (10 - m)) / 9;
  const parts: string[] = [];
  for (const v of [1, 4, 7, 10]) {
    parts.push(`<line class="grid" x1="${L}" x2="${W - R}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>`);
    parts.push(`<text class="axis" x="${L - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`);
  }
  // x labels: first and last day, and the 1st of each month in between (when there is room)
  const labels: DayKey[] = [from];
  for (let d = addDayKey(from, 1); d < to; d = addDayKey(d, 1)) if (d.endsWith('-01')) labels.push(d);
  if (to !== from) labels.push(to);
  let lastX = -Infinity;
  labels.forEach((d, i) => {
    const px = x(d);
    const isLast = i === labels.length - 1;
    if (!isLast && px - lastX < 70) return;
    if (isLast && px - lastX < 70 && labels.length > 1) parts.pop();
    parts.push(`<text class="axis" x="${px.toFixed(1)}" y="${H - 8}" text-anchor="${i === 0 ? 'start' : isLast ? 'end' : 'middle'}">${formatDay(d, false)}</text>`);
    lastX = px;
  });
  const pts = [...means.entries()].filter(([d]) => d >= from && d <= to).sort(([a], [b]) => (a < b ? -1 : 1));
  if (pts.length > 1) {
    parts.push(`<path class="line" d="${pts.map(([d, m], i) => `${i ? 'L' : 'M'}${x(d).toFixed(1)} ${y(m.mean).toFixed(1)}`).join(' ')}"/>`);
  }
  for (const [d, m] of pts) {
    parts.push(`<circle class="dot" cx="${x(d).toFixed(1)}" cy="${y(m.mean).toFixed(1)}" r="${pts.length > 120 ? 2 : 3.5}"><title>${formatDay(d)}: ${fmt(m.mean)} (${m.n} check-in${m.n === 1 ? '' : 's'})</title></circle>`);
  }
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Average mood per day, ${formatDay(from)} to ${formatDay(to)}, on a scale of 1 (very low) to 10 (very good)</title>${parts.join('')}</svg>`;
}

/** Month tables (Monday first) covering `from`…`to`; days outside are blank. */
function calendarHtml(means: Map<DayKey, { mean: number; n: number }>, from: DayKey, to: DayKey): string {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    const first = dayKey(y, m, 1);
    const lead = daysSinceMonday(first);
    const cells: string[] = Array.from({ length: lead }, () => '<td class="out"></td>');
    for (let d = 1; d <= daysInMonth(y, m); d++) {
      const k = dayKey(y, m, d);
      const day = means.get(k);
      if (k < from || k > to) cells.push('<td class="out"></td>');
      else if (day) cells.push(`<td class="${moodClass(day.mean)}" title="${formatDay(k)}: average mood ${fmt(day.mean)}">${Math.round(day.mean)}</td>`);
      else cells.push(`<td class="empty" title="${formatDay(k)}: no check-in">·</td>`);
    }
    while (cells.length % 7) cells.push('<td class="out"></td>');
    const rows: string[] = [];
    for (let i = 0; i < cells.length; i += 7) {
      const week = cells.slice(i, i + 7);
      // weeks wholly outside the period are left out, so a 30-day report shows no empty rows
      if (week.every((c) => c === '<td class="out"></td>')) continue;
      rows.push(`<tr>${week.join('')}</tr>`);
    }
    months.push(
      `<table class="month"><caption>${MONTHS_LONG[m - 1]} ${y}</caption><thead><tr>${WEEKDAYS.map((w) => `<th scope="col" abbr="${w}">${w.slice(0, 2)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  const legend = `<div class="legend"><span class="muted">Each day shows its average mood:</span>${MOOD_BANDS.map((b, i) => `<span class="b${i}">${b.range}</span>`).join('')}<span style="background:#f1efea;color:#6b7078">· no check-in</span></div>`;
  return `<div class="months">${months.join('')}</div>${legend}`;
}

function patternsHtml(stats: Stats): string {
  const wd = `<table class="data"><thead><tr><th>Weekday</th><th class="num">Check-ins</th><th class="num">Average mood</th></tr></thead><tbody>${stats.byWeekday
    .map((w) => `<tr><td>${w.weekday}</td><td class="num">${w.n}</td><td class="num">${fmt(w.mean)}</td></tr>`)
    .join('')}</tbody></table>`;
  const tod = `<table class="data"><thead><tr><th>Time of day</th><th class="num">Check-ins</th><th class="num">Average mood</th></tr></thead><tbody>${stats.byTimeOfDay
    .map((t) => `<tr><td>${t.part} <span class="muted small nowrap">${t.hours}</span></td><td class="num">${t.n}</td><td class="num">${fmt(t.mean)}</td></tr>`)
    .join('')}</tbody></table>`;
  return `<div class="cards" style="grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr))">${wd}${tod}</div>`;
}

/**
 * One self-contained HTML report: no scripts, no external requests (a Content-Security-Policy
 * forbids them), an inline SVG mood chart, month calendars, associations, groups and entries.
 * Every stored string is escaped. Prints cleanly.
 */
export function exportHtml(input: ExportInput): ExportOutput {
  const { entries, leftOut } = selectEntries(input);
  const stats = computeStats(entries, input.period);
  const means = dayMeans(entries);
  const from = stats.period.from;
  const to = stats.period.to;
  const range = from && to ? `${formatDay(from)} – ${formatDay(to)}` : 'no check-ins';
  const name = (id: string) => programLabel(id, input.programName);
  const h: string[] = [];

  h.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  h.push('<meta name="referrer" content="no-referrer">', '<meta name="generator" content="peerpath">');
  h.push(`<title>Check-in summary · ${escapeHtml(range)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>', '<main>');

  h.push('<header>', '<h1>Check-in summary</h1>');
  h.push(`<p class="sub">${escapeHtml(cap(input.period.label))} · ${escapeHtml(range)}</p>`);
  h.push('<p class="sub small">From peerpath, a personal mood journal. It is a record of how someone felt, not a medical record.</p>');
  if (!input.notes) h.push('<p class="sub small">Notes were left out.</p>');
  h.push('</header>');

  h.push('<section class="cards" aria-label="Overview">');
  const card = (k: string, v: string) => h.push(`<div class="card"><div class="k">${k}</div><div class="v">${v}</div></div>`);
  card('Check-ins', String(stats.count));
  card('Days checked in', `${stats.daysCheckedIn}${stats.period.days ? ` <span class="muted small">of ${stats.period.days}</span>` : ''}`);
  card('Average mood', `${fmt(stats.mood.mean)} <span class="muted small">/ 10</span>`);
  card('Median', fmt(stats.mood.median));
  card('Range', stats.count ? `${stats.mood.min}–${stats.mood.max}` : '–');
  h.push('</section>');
  const extras = describeExtras(stats);
  if (extras) h.push(`<p class="muted small">Averages when recorded: ${extras}. ${escapeHtml(checkInLine(stats))}.</p>`);

  h.push('<section id="chart">', '<h2>Mood over time</h2>');
  if (from && to && stats.count) {
    h.push(`<figure>${moodChartSvg(means, from, to)}<figcaption class="small">Each dot is one day's average mood (1 very low – 10 very good). Days without a check-in are skipped.</figcaption></figure>`);
  } else {
    h.push('<p>No check-ins in this period.</p>');
  }
  h.push('</section>');

  if (from && to && stats.count) {
    h.push('<section id="calendar">', '<h2>Calendar</h2>', calendarHtml(means, from, to), '</section>');
  }

  h.push('<section id="associations">', '<h2>What went with better or worse days</h2>');
  const assoc = describeAssociations(stats, escapeHtml);
  if (assoc.lines.length) {
    h.push(`<ul class="assoc">${assoc.lines.map((l) => `<li>${l}</li>`).join('')}</ul>`);
    h.push(`<p class="muted small">${ASSOCIATION_NOTE} Each side needs at least ${stats.minDays} days.</p>`);
  } else {
    h.push(`<p class="muted">Not enough days to compare yet: a tag needs at least ${stats.minDays} days with it and ${stats.minDays} without.</p>`);
  }
  h.push('</section>');

  if (stats.count) h.push('<section id="patterns">', '<h2>By weekday and time of day</h2>', patternsHtml(stats), '</section>');

  h.push('<section id="groups">', '<h2>Groups attended</h2>');
  if (stats.attendance.programs.length) {
    h.push('<table class="data"><thead><tr><th>Group</th><th class="num">Days</th></tr></thead><tbody>');
    for (const g of stats.attendance.programs) {
      const n = name(g.id);
      h.push(`<tr><td>${escapeHtml(n)}${n !== g.id ? ` <span class="muted small">${escapeHtml(g.id)}</span>` : ''}</td><td class="num">${g.days}</td></tr>`);
    }
    h.push('</tbody></table>');
  } else {
    h.push('<p class="muted">No groups recorded in this period.</p>');
  }
  h.push('</section>');

  const questionnaires = questionnairesHtml(input.questionnaires, input.period);
  if (questionnaires) h.push(questionnaires);

  h.push('<section id="entries">', `<h2>Entries <span class="muted small">(${entries.length})</span></h2>`);
  if (!entries.length) h.push('<p class="muted">No check-ins in this period.</p>');
  for (const e of byTime(entries)) {
    const day = dayOf(e.at);
    const facts: string[] = [];
    if (e.energy !== null) facts.push(`energy ${e.energy}/5`);
    if (e.anxiety !== null) facts.push(`anxiety ${e.anxiety}/5`);
    if (e.sleepHours !== null) facts.push(`sleep ${e.sleepHours} h`);
    h.push(`<article class="entry" id="entry-${escapeHtml(e.id)}">`);
    h.push(`<header><h3>${WEEKDAYS[daysSinceMonday(day)]} ${formatDay(day)}, ${escapeHtml(timeOf(e.at))}</h3><span class="mood ${moodClass(e.mood)}" title="Mood ${e.mood} of 10">${e.mood}/10</span></header>`);
    if (facts.length) h.push(`<p class="facts">${facts.join(' · ')}</p>`);
    const chips = [
      ...e.emotions.map((x) => `<li>${escapeHtml(x)}</li>`),
      ...e.tags.map((x) => `<li>#${escapeHtml(x)}</li>`),
      ...e.attended.map((x) => `<li>${escapeHtml(name(x))}</li>`),
    ];
    if (chips.length) h.push(`<ul class="chips">${chips.join('')}</ul>`);
    if (input.notes && e.note.trim()) h.push(`<p class="note">${escapeHtml(e.note.trim())}</p>`);
    h.push('</article>');
  }
  h.push('</section>');

  // The plan's own styles come with it, so a report without a plan is unchanged.
  if (input.plan) h.push('<section id="plan">', `<style>${PLAN_SECTION_CSS}</style>`, `<h2>${PLAN_CARD_TITLE}</h2>`, ...planHtmlSections(input.plan), '</section>');

  h.push(`<footer>Exported on ${formatDay(localDayKey(input.now))} with peerpath. peerpath does not diagnose or give medical advice.</footer>`);
  h.push('</main>', '</body>', '</html>', '');
  return { content: h.join('\n'), count: entries.length, leftOut };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
