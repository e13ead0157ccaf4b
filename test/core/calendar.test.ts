import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { renderCalendar, dayMeans, dayMark } from '../../src/core/calendar.js';
import { fixtureEntries } from '../fixtures/entries.js';

describe('renderCalendar', () => {
  const entries = fixtureEntries();

  it('fits 80 columns, labels months and has a legend', () => {
    const lines = renderCalendar(entries, 2026, { color: false, today: '2026-11-23' });
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    for (const m of ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']) {
      expect(lines.some((l) => l.startsWith(m))).toBe(true);
    }
    expect(lines.join('\n')).toMatch(/Legend: · no check-in/);
  });

  it('shows each day as its rounded mean mood, empty days as ·, future days blank', () => {
    const lines = renderCalendar(entries, 2026, { color: false, today: '2026-11-23' });
    const nov = lines.find((l) => l.startsWith('Nov'))!;
    const cell = (d: number) => nov.slice(4 + (d - 1) * 2, 4 + d * 2);
    const means = dayMeans(entries);
    expect(cell(1)).toBe(dayMark(means.get('2026-11-01')!.mean).padStart(2));
    expect(cell(5)).toBe(' ·'); // a day off in the fixture
    expect(cell(24).trim()).toBe(''); // tomorrow
    const feb = lines.find((l) => l.startsWith('Feb'))!;
    expect(feb.slice(4).replace(/ /g, '')).toBe('·'.repeat(28));
    expect(lines.at(-1)).toMatch(/^\d+ days with a check-in in 2026\.$/);
  });

  it('draws 10 as + so a 9 beside a 10 stays readable', () => {
    const lines = renderCalendar(
      [{ ...entries[0]!, at: '2026-03-08T10:00:00.000Z', mood: 9 }, { ...entries[0]!, id: 'x', at: '2026-03-09T10:00:00.000Z', mood: 10 }],
      2026,
      { color: false },
    );
    const mar = lines.find((l) => l.startsWith('Mar'))!;
    expect(mar.slice(4 + 7 * 2, 4 + 9 * 2)).toBe(' 9 +');
    expect(lines.join('\n')).toContain('+ for 10');
  });

  it('colours through the paint it is given, and keeps the same text underneath', () => {
    const paint = new Chalk({ level: 3 });
    const coloured = renderCalendar(entries, 2026, { color: true, paint, today: '2026-11-23' });
    expect(coloured.join('\n')).toContain('\u001b[48;2;');
    const nov = stripVTControlCharacters(coloured.find((l) => l.includes('Nov'))!);
    const plainNov = renderCalendar(entries, 2026, { color: false, today: '2026-11-23' }).find((l) => l.startsWith('Nov'));
    expect(nov).toBe(plainNov);
    for (const l of coloured) expect(stripVTControlCharacters(l).length).toBeLessThanOrEqual(80);
  });

  it('says so kindly when a year is empty', () => {
    expect(renderCalendar(entries, 2020, { color: false }).at(-1)).toBe('No check-ins in 2020 yet.');
  });
});
