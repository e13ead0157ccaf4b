/** The questionnaire sections of the md and html reports: a score table, and in html a chart with the bands shaded. */
import { describe, expect, it } from 'vitest';
import type { ExportInput } from '../../src/core/export/common.js';
import { exportHtml } from '../../src/core/export/html.js';
import { exportMarkdown } from '../../src/core/export/md.js';
import { scoreChartSvg } from '../../src/core/export/questionnaires.js';
import { makeResult } from '../../src/core/questionnaires/score.js';
import { fixtureEntries, fixtureProgramName, NOW } from '../fixtures/entries.js';
import { FHIRPATH_PHQ9 } from '../fixtures/phq9-fhirpath.js';

const results = [
  makeResult('phq9', { id: 'kq0001', at: '2026-10-28T09:00:00.000-04:00', answers: [...FHIRPATH_PHQ9.answers], difficulty: 0 }),
  makeResult('gad7', { id: 'kq0002', at: '2026-11-02T20:00:00.000-05:00', answers: [1, 1, 1, 1, 1, 1, 0] }),
  makeResult('phq9', { id: 'kq0003', at: '2026-11-20T08:00:00.000-05:00', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] }),
  // outside the period: left out
  makeResult('phq2', { id: 'kq0004', at: '2026-09-01T08:00:00.000-04:00', answers: [3, 3] }),
];

const input: ExportInput = {
  entries: fixtureEntries(),
  questionnaires: results,
  period: { from: '2026-10-25', to: '2026-11-23', label: 'last 30 days' },
  now: NOW,
  includePrivate: false,
  notes: true,
  programName: fixtureProgramName,
};

describe('md export', () => {
  it('has a score table of the period, before the entries, with the attribution', () => {
    const md = exportMarkdown(input).content;
    const section = md.slice(md.indexOf('## Questionnaires'), md.indexOf('## Entries'));
    expect(section).toContain('| Date | Questionnaire | Total | Range |');
    expect(section).toContain('| 28 Oct 2026 | PHQ-9 | 15 of 27 | moderately severe (15–19) |');
    expect(section).toContain('| 20 Nov 2026 | PHQ-9 | 8 of 27 | mild (5–9) |');
    expect(section).toContain('| 2 Nov 2026 | GAD-7 | 6 of 21 | mild (5–9) |');
    expect(section).not.toContain('PHQ-2');
    expect(section).toMatch(/^- PHQ-9 over time: `\S\S` \(15 → 8\)$/m);
    expect(section).not.toContain('GAD-7 over time'); // one result: no trend
    expect(section).toContain('A score is not a diagnosis.');
    expect(section).toContain('with an educational grant from Pfizer Inc.');
  });

  it('has no section when nothing was answered in the period', () => {
    expect(exportMarkdown({ ...input, questionnaires: [results[3]!] }).content).not.toContain('Questionnaires');
    expect(exportMarkdown({ ...input, questionnaires: undefined }).content).toBe(exportMarkdown({ ...input, questionnaires: [] }).content);
  });
});

describe('html export', () => {
  it('has a score table and one chart per questionnaire, bands shaded, totals only', () => {
    const html = exportHtml(input).content;
    const start = html.indexOf('<section id="questionnaires">');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(html.indexOf('<section id="entries">'));
    const section = html.slice(start, html.indexOf('</section>', start));
    expect(section).toContain('<td class="nowrap">28 Oct 2026</td><td>PHQ-9</td><td class="num">15 <span class="muted small">of 27</span></td><td>moderately severe');
    expect(section.match(/<svg /g)).toHaveLength(2);
    expect(section).toContain('PHQ-9 totals over time');
    expect(section).toContain('GAD-7 totals over time');
    // the PHQ-9 chart: five shaded bands, two dots, one line between them
    const phq = section.slice(section.indexOf('<svg'), section.indexOf('</svg>'));
    expect(phq.match(/<rect /g)).toHaveLength(5);
    expect(phq.match(/<circle /g)).toHaveLength(2);
    expect(phq).toContain('<path class="line"');
    for (const band of ['minimal 0–4', 'mild 5–9', 'moderate 10–14', 'moderately severe 15–19', 'severe 20–27']) expect(phq).toContain(band);
    // no item answers in a report for sharing
    expect(section).not.toContain(FHIRPATH_PHQ9.answers.join(','));
  });

  it('keeps the report self-contained: no script, no request', () => {
    const html = exportHtml(input).content;
    expect(html).not.toMatch(/<script|<img|<link|url\(|href="http|src="http/i);
    expect(html).toContain(`default-src 'none'`);
  });

  it('has no section when nothing was answered in the period', () => {
    expect(exportHtml({ ...input, questionnaires: [] }).content).not.toContain('id="questionnaires"');
  });

  it('a chart of one result on an open period puts the dot in the middle of the plot', () => {
    const one = makeResult('gad2', { id: 'kq0005', at: '2026-11-02T20:00:00.000-05:00', answers: [1, 1] });
    const svg = scoreChartSvg('gad2', [one], { from: null, to: null });
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('negative 0–2');
    expect(svg).toContain('positive 3 or more');
    expect(svg).toMatch(/<circle class="dot" cx="302.0"/);
  });
});
