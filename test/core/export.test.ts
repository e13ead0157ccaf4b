import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { exportMarkdown } from '../../src/core/export/md.js';
import { exportCsv, CSV_COLUMNS } from '../../src/core/export/csv.js';
import { exportJson } from '../../src/core/export/json.js';
import { exportHtml, escapeHtml } from '../../src/core/export/html.js';
import { cleanLine, cleanText, type ExportInput } from '../../src/core/export/common.js';
import { sanitizeForTerminal, sanitizeLine } from '../../src/core/sanitize.js';
import fc from 'fast-check';
import { parseCsv } from '../../src/core/csv.js';
import { fixtureEntries, fixtureProgramName, NOW } from '../fixtures/entries.js';

/** Golden files: rerun with UPDATE_GOLDEN=1 to accept a deliberate change, then review the diff. */
function golden(name: string, actual: string): void {
  const file = new URL(`../golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(new URL('../golden/', import.meta.url), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const base: ExportInput = {
  entries: fixtureEntries(),
  saved: ['nami-connection'],
  mine: [{ id: 'my-tuesday-circle', name: 'Tuesday circle <at the library>', when: 'Tuesdays 18:00', where: 'Library', notes: null, createdAt: '2026-10-01T10:00:00.000Z' }],
  period: { from: '2026-10-25', to: '2026-11-23', label: 'last 30 days' },
  now: NOW,
  includePrivate: false,
  notes: true,
  programName: fixtureProgramName,
};
const all: ExportInput = { ...base, period: { from: null, to: '2026-11-23', label: 'everything' } };

describe('golden exports', () => {
  it('md', () => golden('export.md', exportMarkdown(base).content));
  it('md without notes', () => golden('export-no-notes.md', exportMarkdown({ ...base, notes: false }).content));
  it('csv', () => golden('export.csv', exportCsv(all).content));
  it('json', () => golden('export.json', exportJson(all).content));
  it('html', () => golden('export.html', exportHtml(base).content));
});

describe('private entries and notes', () => {
  const privateCount = base.entries.filter((e) => e.private && e.at.slice(0, 10) >= '2026-10-25').length;
  it('leaves private entries out and says how many', () => {
    expect(privateCount).toBeGreaterThan(0);
    for (const f of [exportMarkdown, exportCsv, exportJson, exportHtml]) {
      const r = f(base);
      expect(r.leftOut).toBe(privateCount);
      const withPrivate = f({ ...base, includePrivate: true });
      expect(withPrivate.leftOut).toBe(0);
      expect(withPrivate.count).toBe(r.count + privateCount);
    }
    const ids = JSON.parse(exportJson(all).content).entries.map((e: { id: string }) => e.id);
    for (const e of base.entries.filter((x) => x.private)) expect(ids).not.toContain(e.id);
  });
  it('md and html do not tell their reader that private entries were left out (the person hears it on stderr)', () => {
    for (const f of [exportMarkdown, exportHtml]) {
      const text = f(base).content;
      expect(f(base).leftOut).toBeGreaterThan(0);
      expect(text).not.toMatch(/private/i);
    }
  });
  it('--no-notes drops every note', () => {
    const note = 'Slept badly';
    for (const f of [exportMarkdown, exportCsv, exportJson, exportHtml]) {
      expect(f({ ...all, notes: true }).content).toContain(note);
      expect(f({ ...all, notes: false }).content).not.toContain(note);
    }
  });
});

describe('csv export', () => {
  const rows = parseCsv(exportCsv(all).content).map((r) => r.fields);
  it('has a header and one row per entry', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + all.entries.filter((e) => !e.private).length);
  });
  it('neutralises formula cells, keeps numbers as numbers', () => {
    const trap = rows.find((r) => r[0] === 'trap01')!;
    const col = (name: string) => trap[CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])]!;
    expect(col('note').startsWith(`'=HYPERLINK`)).toBe(true);
    expect(col('tags')).toBe(`'=cmd; a,b; café`);
    expect(col('mood')).toBe('5');
    const trap2 = rows.find((r) => r[0] === 'trap02')!;
    expect(trap2[CSV_COLUMNS.indexOf('tags')]).toBe(`'-minus; @at; +plus`);
    expect(trap2[CSV_COLUMNS.indexOf('note')]!.startsWith(`'\t`)).toBe(true);
    for (const r of rows) for (const c of r) expect(/^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d/.test(c))).toBe(false);
  });
  it('uses CRLF record ends (RFC 4180) and no BOM', () => {
    const text = exportCsv(all).content;
    expect(text.startsWith('id,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

describe('md export', () => {
  const md = exportMarkdown({ ...base, includePrivate: true }).content;
  it('escapes Markdown and strips terminal escapes in user text', () => {
    expect(md).not.toContain('\u001b');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\[not\\](a link)');
    expect(md).not.toMatch(/<script>/);
  });
  it('has the sections a peer supporter needs', () => {
    for (const h of ['# Check-in summary', '## Mood overview', '## What went with better or worse days', '## Groups attended', '## Entries']) expect(md).toContain(h);
    expect(md).toContain('not what caused what');
    expect(md).toContain('NAMI Connection Recovery Support Group');
  });
});

describe('html export', () => {
  const html = exportHtml({ ...base, includePrivate: true }).content;
  it('escapes every user string', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tuesday circle &lt;at the library&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('\u001b');
  });
  it('is self-contained: no scripts, no external URLs, a CSP that forbids them', () => {
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)=/i);
    expect(html).toContain(`default-src 'none'`);
    // the only URL in markup is the SVG namespace (a URL in a note is shown as text)
    expect(html.match(/=\s*"https?:[^"]*"/g)).toEqual(['="http://www.w3.org/2000/svg"']);
  });
  it('has the chart, calendar, associations and entries, and a print stylesheet', () => {
    expect(html).toMatch(/<svg class="chart"[^>]*role="img"/);
    expect((html.match(/<circle /g) ?? []).length).toBe(26);
    expect(html).toContain('<table class="month"><caption>October 2026</caption>');
    expect(html).toContain('id="associations"');
    expect((html.match(/<article class="entry"/g) ?? []).length).toBe(35);
    expect(html).toContain('@media print');
  });
  it('escapeHtml covers quotes for attributes', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
  it('handles an empty period calmly', () => {
    const r = exportHtml({ ...base, entries: [] });
    expect(r.content).toContain('No check-ins in this period.');
    expect(r.count).toBe(0);
  });
});

describe('sanitiser fast path', () => {
  it('cleanText/cleanLine agree with the sanitiser on any string', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r', '\u001b', '[', '3', 'm', '\u009b', '\u202e', '~'), maxLength: 30 }));
    fc.assert(
      fc.property(text, (s) => {
        expect(cleanText(s)).toBe(sanitizeForTerminal(s));
        expect(cleanLine(s)).toBe(sanitizeLine(s));
      }),
      { numRuns: 2000 },
    );
  });
});
