import type { QuestionnaireResult } from '../entry.js';
import { resultsOfKind } from '../questionnaires/history.js';
import { ATTRIBUTION, maxTotal, QUESTIONNAIRE_KINDS, QUESTIONNAIRES, type QuestionnaireKind } from '../questionnaires/items.js';
import { bandRange, NOT_A_DIAGNOSIS, resultDay } from '../questionnaires/words.js';
import { dayOf, daysBetween, type DayKey } from '../dates.js';
import { fitSeries, sparkline } from '../sparkline.js';

/**
 * The questionnaire sections of the md and html reports: totals only (never item answers), with the
 * band in the authors' words. Both are empty when no questionnaire was answered in the period, so a
 * report without any looks exactly as before.
 */

type Period = { from: DayKey | null; to: DayKey | null };

/** Results inside the period, grouped by kind (oldest first), kinds without any left out. */
export function questionnairesInPeriod(all: readonly QuestionnaireResult[] | undefined, period: Period): [QuestionnaireKind, QuestionnaireResult[]][] {
  const inPeriod = (all ?? []).filter((r) => {
    const d = dayOf(r.at);
    return (period.from === null || d >= period.from) && (period.to === null || d <= period.to);
  });
  return QUESTIONNAIRE_KINDS.map((k) => [k, resultsOfKind(inPeriod, k)] as [QuestionnaireKind, QuestionnaireResult[]]).filter(([, list]) => list.length > 0);
}

const INTRO = 'Totals of the questionnaires answered in this period, with the range names their authors use.';

/** `## Questionnaires` for the md export: one score table (lines, without a trailing blank), or nothing. */
export function questionnairesMarkdown(all: readonly QuestionnaireResult[] | undefined, period: Period): string[] {
  const groups = questionnairesInPeriod(all, period);
  if (!groups.length) return [];
  const out = ['## Questionnaires', '', `${INTRO} ${NOT_A_DIAGNOSIS}`, '', '| Date | Questionnaire | Total | Range |', '|---|---|---:|---|'];
  for (const [kind, list] of groups) {
    const def = QUESTIONNAIRES[kind];
    for (const r of list) out.push(`| ${resultDay(r.at)} | ${def.name} | ${r.total} of ${maxTotal(def)} | ${r.band} (${bandRange(kind, r.band)}) |`);
  }
  const trends = groups.filter(([, list]) => list.length > 1);
  if (trends.length) out.push('');
  for (const [kind, list] of trends) {
    const def = QUESTIONNAIRES[kind];
    const totals = list.map((r) => r.total);
    const words = totals.length <= 8 ? totals.join(' → ') : `${totals[0]} → … → ${totals.at(-1)}`;
    out.push(`- ${def.name} over time: \`${sparkline(fitSeries(totals, 60), 0, maxTotal(def))}\` (${words})`);
  }
  out.push('', `_${ATTRIBUTION}_`, '');
  return out;
}

/** Light to deeper fills for the bands, lowest first: calm, never alarm-red. */
const BAND_FILLS = ['#f3f6f5', '#e4efed', '#d3e6e3', '#c1dcd8', '#aed1cc'];

/**
 * An inline SVG of one questionnaire's totals over time, the authors' bands shaded behind them.
 * x runs over the period's days (or the results' own days), y from 0 to the highest total.
 */
export function scoreChartSvg(kind: QuestionnaireKind, list: readonly QuestionnaireResult[], period: Period): string {
  const def = QUESTIONNAIRES[kind];
  const max = maxTotal(def);
  const W = 720;
  const H = 200;
  const L = 34;
  const R = 150;
  const T = 10;
  const B = 26;
  const from = period.from ?? dayOf(list[0]!.at);
  const to = period.to ?? dayOf(list.at(-1)!.at);
  const span = Math.max(1, daysBetween(from, to));
  const x = (at: string) => (from === to ? (L + W - R) / 2 : L + ((W - L - R) * daysBetween(from, dayOf(at))) / span);
  const y = (v: number) => T + ((H - T - B) * (max - v)) / max;
  const parts: string[] = [];
  def.bands.forEach((b, i) => {
    const top = y(b.max + (i === def.bands.length - 1 ? 0 : 0.5));
    const bottom = y(Math.max(0, b.min - 0.5));
    const fill = def.bands.length === 2 ? BAND_FILLS[i * 2]! : BAND_FILLS[i]!;
    parts.push(`<rect x="${L}" y="${top.toFixed(1)}" width="${W - L - R}" height="${(bottom - top).toFixed(1)}" fill="${fill}"/>`);
    parts.push(`<text class="axis" x="${W - R + 6}" y="${((top + bottom) / 2 + 4).toFixed(1)}">${b.name} ${bandRange(kind, b.name)}</text>`);
  });
  for (const v of [0, max]) parts.push(`<text class="axis" x="${L - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`);
  parts.push(`<text class="axis" x="${L}" y="${H - 8}">${resultDay(`${from}T00:00`)}</text>`);
  if (to !== from) parts.push(`<text class="axis" x="${W - R}" y="${H - 8}" text-anchor="end">${resultDay(`${to}T00:00`)}</text>`);
  if (list.length > 1) parts.push(`<path class="line" d="${list.map((r, i) => `${i ? 'L' : 'M'}${x(r.at).toFixed(1)} ${y(r.total).toFixed(1)}`).join(' ')}"/>`);
  for (const r of list) {
    parts.push(`<circle class="dot" cx="${x(r.at).toFixed(1)}" cy="${y(r.total).toFixed(1)}" r="4"><title>${resultDay(r.at)}: ${r.total} of ${max}, ${r.band}</title></circle>`);
  }
  const title = `${def.name} totals over time, 0 to ${max}, with the ranges the authors name shaded`;
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="q-${kind}-title" xmlns="http://www.w3.org/2000/svg"><title id="q-${kind}-title">${title}</title>${parts.join('')}</svg>`;
}

/** The html report's questionnaire section: a score table and a chart per questionnaire, or ''. */
export function questionnairesHtml(all: readonly QuestionnaireResult[] | undefined, period: Period): string {
  const groups = questionnairesInPeriod(all, period);
  if (!groups.length) return '';
  const h: string[] = ['<section id="questionnaires">', '<h2>Questionnaires</h2>', `<p class="muted small">${INTRO} ${NOT_A_DIAGNOSIS}</p>`];
  h.push('<table class="data"><thead><tr><th>Date</th><th>Questionnaire</th><th class="num">Total</th><th>Range</th></tr></thead><tbody>');
  for (const [kind, list] of groups) {
    const def = QUESTIONNAIRES[kind];
    for (const r of list) {
      h.push(`<tr><td class="nowrap">${resultDay(r.at)}</td><td>${def.name}</td><td class="num">${r.total} <span class="muted small">of ${maxTotal(def)}</span></td><td>${r.band} <span class="muted small">${bandRange(kind, r.band)}</span></td></tr>`);
    }
  }
  h.push('</tbody></table>');
  for (const [kind, list] of groups) {
    h.push(`<figure class="qchart" style="margin-top: .75rem">${scoreChartSvg(kind, list, period)}<figcaption class="small">${QUESTIONNAIRES[kind].name}: each dot is one total; the shaded bands are the ranges the questionnaire's authors name.</figcaption></figure>`);
  }
  h.push(`<p class="muted small">${ATTRIBUTION}</p>`, '</section>');
  return h.join('\n');
}
