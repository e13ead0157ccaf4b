import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/core/text.js';
import { loadCrisisLines, loadPrograms } from '../../src/directory/load.js';
import { matchPrograms } from '../../src/directory/match.js';
import {
  renderCrisisLine,
  renderMatches,
  renderOwnProgram,
  renderProgram,
  renderProgramTable,
  type ListRow,
} from '../../src/ui/directory-render.js';

const c = new Chalk({ level: 0 });
const programs = loadPrograms();
const own = { id: 'my-circle', name: 'Tuesday \u001b]0;evil\u0007circle', when: 'Tuesdays 7pm', where: 'Library', notes: 'bring \u001b[31mtea', createdAt: '2026-11-20T10:00:00.000Z' };
const rows: ListRow[] = [{ kind: 'own', own }, ...programs.map((p, i): ListRow => ({ kind: 'program', program: p, saved: i % 7 === 0 }))];

describe('renderProgramTable', () => {
  test.each([80, 100, 120, 160, 220])('fits %i columns and never cuts an id', (width) => {
    const text = renderProgramTable(c, rows, width);
    const lines = text.split('\n');
    expect(lines).toHaveLength(rows.length + 1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    for (const p of programs) expect(text).toContain(` ${p.id} `);
  });

  test.each([80, 100, 120])('an own group with a wide-character name fits %i columns', (width) => {
    const wide: ListRow = { kind: 'own', own: { ...own, id: 'my-kayoubi', name: '火曜日のピアサポートの会', when: '毎週火曜日 19時', where: '区民センター 🙂' } };
    const lines = renderProgramTable(c, [wide, ...rows], width).split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines[1]).toMatch(/^\+ my-kayoubi /);
  });

  test('very narrow terminals still get every id whole', () => {
    const text = renderProgramTable(c, rows, 40);
    for (const p of programs) expect(text).toContain(` ${p.id} `);
  });

  test('wide terminals get every column, with focus and full names', () => {
    const text = renderProgramTable(c, rows, 200);
    expect(text.split('\n')[0]).toMatch(/ID\s+NAME\s+FOCUS\s+MEETS\s+COST\s+WHERE/);
    expect(text).toContain('NAMI Connection Recovery Support Group');
    expect(text).toContain('international');
  });

  test('marks saved (*) and own (+) rows; unknowns are a dash', () => {
    const text = renderProgramTable(c, rows, 120);
    expect(text).toMatch(/^\+ my-circle/m);
    expect(text).toMatch(/^\* nami-connection/m);
    expect(text.split('\n').find((l) => l.includes('dual-anon '))).toContain('–');
  });

  test('strips escape sequences from own groups', () => {
    expect(renderProgramTable(c, rows, 200)).not.toMatch(/\u001b|\u0007/);
  });
});

describe('renderProgram', () => {
  test('shows every field, "not stated" for unknowns, the source and the date', () => {
    const p = programs.find((x) => x.id === 'dual-anon')!;
    const text = renderProgram(c, p, { saved: false, width: 80 });
    expect(text).toContain('Dual Anon Family Groups');
    expect(text).toMatch(/Meets\s+not stated/);
    expect(text).toMatch(/Cost\s+not stated/);
    expect(text).toMatch(/Where\s+not stated/);
    expect(text).toContain(`Source: ${p.source}`);
    expect(text).toContain('Checked on 2026-11-23');
    // Links are never broken across lines; everything else wraps.
    for (const line of text.split('\n')) if (!/https?:/.test(line)) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('shows the caution when there is one', () => {
    const p = programs.find((x) => x.id === 'trans-lifeline')!;
    expect(renderProgram(c, p, { saved: true, width: 100 })).toMatch(/Please note: Hours are confirmed only/);
  });

  test('own group', () => {
    const text = renderOwnProgram(c, { ...own, where: null });
    expect(text).toMatch(/Where\s+not stated/);
    expect(text).not.toMatch(/\u001b/);
  });
});

test('renderMatches lists reasons and unknowns', () => {
  const text = renderMatches(c, matchPrograms(programs, { focus: ['bipolar'], cost: ['free'] }).slice(0, 3), 80);
  expect(text).toMatch(/^ 1\. /);
  expect(text).toContain('About bipolar');
});

test('renderCrisisLine: contact, hours, link; a directory has no hours line', () => {
  const lines = loadCrisisLines();
  const sam = renderCrisisLine(c, lines.find((l) => l.id === 'uk-samaritans')!, 80).join('\n');
  expect(sam).toContain('Call 116 123');
  expect(sam).toContain('Hours: 24/7');
  const dir = renderCrisisLine(c, lines.find((l) => l.country === 'international')!, 80).join('\n');
  expect(dir).toContain('https://findahelpline.com');
  expect(dir).not.toContain('Hours');
});
