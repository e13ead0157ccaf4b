import { describe, expect, it } from 'vitest';
import { exportHtml } from '../../src/core/export/html.js';
import { exportJson } from '../../src/core/export/json.js';
import { exportMarkdown } from '../../src/core/export/md.js';
import { exportCsv } from '../../src/core/export/csv.js';
import { planCardHtml } from '../../src/core/export/plan-html.js';
import { planCardMarkdown } from '../../src/core/export/plan-md.js';
import type { ExportInput } from '../../src/core/export/common.js';
import { emptyPlan, PLAN_SECTIONS, type Plan } from '../../src/core/plan.js';
import { fixtureEntries, NOW } from '../fixtures/entries.js';

const plan: Plan = {
  ...emptyPlan(),
  people: [{ name: 'Sam <b>', contact: '07700 900123' }],
  copingAlone: ['walk *fast* & breathe', '<script>alert(1)</script>'],
  reasons: ['my cat "Mo"'],
};

describe('plan card', () => {
  it('markdown: every section, items numbered and escaped, empty ones say so', () => {
    const md = planCardMarkdown({ plan, now: NOW, help: ['In an emergency call 112.'] });
    for (const s of PLAN_SECTIONS) expect(md).toContain(`## ${s.title}`);
    expect(md).toContain('1. Sam \\<b\\>: 07700 900123');
    expect(md).toContain('1. walk \\*fast\\* \\& breathe');
    expect(md).toContain('_Nothing written yet._');
    expect(md).toContain('## Help right now\n\n- In an emergency call 112.');
  });

  it('html: self-contained, a CSP that blocks every request, a print stylesheet, everything escaped', () => {
    const html = planCardHtml({ plan, now: NOW, help: ['Call <988>'] });
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Sam &lt;b&gt;: 07700 900123');
    expect(html).toContain('my cat &quot;Mo&quot;');
    expect(html).toContain('Call &lt;988&gt;');
    for (const s of PLAN_SECTIONS) expect(html).toContain(`id="plan-${s.key}"`);
  });
});

describe('the plan in exports', () => {
  const base: ExportInput = {
    entries: fixtureEntries(),
    period: { from: null, to: '2026-11-23', label: 'everything' },
    now: NOW,
    includePrivate: false,
    notes: true,
  };
  it('md, html and csv leave it out unless it is given (the command gives it with --include-plan)', () => {
    for (const out of [exportMarkdown(base), exportHtml(base), exportCsv(base)]) {
      expect(out.content).not.toContain('plan for hard moments');
      expect(out.content).not.toContain('07700 900123');
    }
    expect(exportMarkdown({ ...base, plan }).content).toContain('### People I can ask for help\n\n1. Sam \\<b\\>: 07700 900123');
    expect(exportHtml({ ...base, plan }).content).toContain('<section id="plan">');
  });
  it('json carries it as stored (with the journal\'s other keys)', () => {
    expect(JSON.parse(exportJson({ ...base, other: { plan } }).content).plan).toEqual(plan);
    expect(JSON.parse(exportJson(base).content)).not.toHaveProperty('plan');
  });
});
