import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/entry.js';
import { displayWidth, truncate } from '../../src/core/text.js';
import { entryWhen, renderEntry, renderEntryFull, renderEntryLine } from '../../src/ui/render.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

function e(over: Partial<Entry> = {}): Entry {
  return {
    id: 'k3x9q2', at: '2026-11-23T09:30:00.000-05:00', recordedAt: '2026-11-23T14:31:02.114Z', mood: 6, energy: 3, anxiety: 2,
    sleepHours: 7.5, emotions: ['hopeful'], tags: ['walk', 'group'], note: 'First line\nsecond line', attended: ['nami-connection'],
    private: false, updatedAt: null, ...over,
  };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('render', () => {
  it('entryWhen shows the wall-clock time written in the entry, whatever this zone', () => {
    expect(entryWhen('2026-11-23T09:30:00.000-05:00')).toBe('Mon 23 Nov 2026 09:30');
    expect(entryWhen('2026-11-23T23:30:00.000+13:00')).toBe('Mon 23 Nov 2026 23:30');
    expect(entryWhen('garbage')).toBe('garbage');
  });

  it('a journal line: id, when, mood with label, tags, first line of the note', () => {
    const line = renderEntryLine(plain, e(), 100);
    expect(line).toBe('k3x9q2  Mon 23 Nov 2026 09:30   6 okay        #walk #group  First line…'); // more lines follow
    expect(renderEntryLine(plain, e({ note: 'Only line\n' }), 100)).toMatch(/Only line$/);
    expect(renderEntryLine(plain, e({ private: true, tags: [], note: '' }), 100)).toMatch(/ 6 okay\s+\(private\)$/);
    // the private mark is never cut off with a long note
    const long = renderEntryLine(plain, e({ private: true, note: 'word '.repeat(50) }), 80);
    expect(long.endsWith('… (private)')).toBe(true);
    expect(displayWidth(long)).toBeLessThanOrEqual(80);
  });

  it('columns line up whatever the day of the month ("Sun  1 Nov" over "Wed 28 Oct")', () => {
    const a = renderEntryLine(plain, e({ at: '2026-11-01T09:30:00.000+00:00', mood: 10, tags: ['x'] }), 100);
    const b = renderEntryLine(plain, e({ at: '2026-10-28T21:05:00.000+00:00', mood: 3, tags: ['x'] }), 100);
    expect(a).toContain('Sun  1 Nov 2026 09:30');
    expect(b).toContain('Wed 28 Oct 2026 21:05');
    expect(a.indexOf('#x')).toBe(b.indexOf('#x'));
    expect(a.indexOf('10 very good')).toBe(b.indexOf(' 3 struggling'));
  });

  it('wide characters: a line never takes more columns than the terminal has', () => {
    const line = renderEntryLine(plain, e({ note: '今日は川まで歩いた。'.repeat(10) }), 80);
    expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(line.endsWith('…')).toBe(true);
  });

  it('--full shows the whole note and the feeling words, indented under the list columns', () => {
    const text = renderEntryFull(plain, e({ note: 'First line\nsecond line\n\nthird, after a gap', private: true }));
    expect(text.split('\n')).toEqual([
      'k3x9q2  Mon 23 Nov 2026 09:30   6 okay        #walk #group (private)',
      '    hopeful · energy 3/5 · anxiety 2/5 · sleep 7.5 h',
      '    First line',
      '    second line',
      '',
      '    third, after a gap',
    ]);
    expect(renderEntryFull(plain, e({ note: '', emotions: [], energy: null, anxiety: null, sleepHours: null, tags: [] }))).toBe('k3x9q2  Mon 23 Nov 2026 09:30   6 okay');
  });

  it('long lines are cut to the width with an ellipsis', () => {
    const line = renderEntryLine(plain, e({ note: 'word '.repeat(100) }), 80);
    expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(line.endsWith('…')).toBe(true);
    expect(truncate('🙂🙂🙂', 3)).toBe('🙂…'); // the shared, width-aware truncate
    expect(truncate('日本語のメモ', 7)).toBe('日本語…');
    expect(truncate('cafe\u0301 au lait', 6)).toBe('cafe\u0301 …'); // a combining accent takes no column and stays on its letter
    for (const s of ['☺️☺️☺️☺️', '👩‍👩‍👧 family 👩‍👩‍👧', 'naïve 日本 🙂 ok', 'x'.repeat(20)]) {
      for (let w = 1; w <= 12; w++) expect(displayWidth(truncate(s, w)), `${s} @${w}`).toBeLessThanOrEqual(w);
    }
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abc', 0)).toBe('');
  });

  it('wide characters and emoji in tags and notes count two columns', () => {
    for (const width of [60, 80, 120]) {
      const line = renderEntryLine(plain, e({ tags: ['火曜日'], note: '火曜日のピアサポートの会 🙂 '.repeat(8), private: true }), width);
      expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(line.endsWith('… (private)')).toBe(true);
    }
  });

  it('stored text cannot reach the terminal as escape sequences or control characters', () => {
    const evil = e({ note: 'hi\x1b[2J\x1b]0;pwned\x07 there\r\u009b31m', tags: ['\x1b[31mred'], emotions: ['\x07bell'] });
    for (const s of [renderEntryLine(plain, evil, 200), renderEntry(plain, evil)]) {
      expect(s).not.toMatch(CONTROL);
      expect(s).toContain('hi');
    }
  });

  it('no colour codes at level 0; colour at level 1', () => {
    expect(renderEntry(plain, e())).not.toContain('\x1b');
    expect(renderEntry(coloured, e())).toContain('\x1b[');
  });

  it('journal show has every field that is set, the whole note, and the program name', () => {
    const text = renderEntry(plain, e({ updatedAt: '2026-11-24T08:00:00.000Z' }), (id) => (id === 'nami-connection' ? 'NAMI Connection' : id));
    for (const s of ['Mon 23 Nov 2026 09:30', 'k3x9q2', '6 okay', 'Energy', '3 moderate', 'Anxiety', '2 a little', '7.5 h', 'hopeful', '#walk #group', 'NAMI Connection', 'First line\nsecond line', 'Edited']) {
      expect(text).toContain(s);
    }
    const bare = renderEntry(plain, e({ energy: null, anxiety: null, sleepHours: null, emotions: [], tags: [], attended: [], note: '' }));
    expect(bare.split('\n')).toHaveLength(2);
  });
});
