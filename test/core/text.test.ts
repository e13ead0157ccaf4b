import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, fitCell, padEnd, truncate, wrapText } from '../../src/core/text.js';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['', 0],
    ['火曜日', 6], // East Asian wide: two columns each
    ['火曜日のピアサポートの会', 24],
    ['ｱｲｳ', 3], // halfwidth katakana: one column each
    ['🙂', 2],
    ['👩‍👩‍👧', 2], // a ZWJ family is one emoji
    ['👍🏽', 2], // with a skin-tone modifier
    ['e\u0301', 1], // e + combining acute: one column
    ['Zoë', 3],
    ['한국어', 6],
    ['\u001b[31mred\u001b[39m', 3], // colour codes take no room
  ])('%j is %i columns', (s, n) => {
    expect(displayWidth(s)).toBe(n);
  });
});

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('火曜日', 6)).toBe('火曜日');
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', -1)).toBe('');
  });

  it('cuts by columns, not code points', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('火曜日のピアサポートの会', 10)).toBe('火曜日の…'); // 8 + 1
    expect(truncate('火曜日のピアサポートの会', 11)).toBe('火曜日のピ…'); // 10 + 1
    expect(truncate('🙂🙂🙂', 5)).toBe('🙂🙂…');
    expect(truncate('🙂🙂🙂', 2)).toBe('…'); // a whole emoji does not fit beside the ellipsis
    expect(truncate('🙂🙂🙂', 1)).toBe('…');
  });

  it('never splits a grapheme: accents stay on their letter, emoji stay whole', () => {
    expect(truncate('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
    expect(truncate('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 5)).toBe('👩‍👩‍👧👩‍👩‍👧…');
    expect(truncate('👍🏽 good day', 4)).toBe('👍🏽 …');
    expect(truncate('🇯🇵🇯🇵🇯🇵', 5)).toBe('🇯🇵🇯🇵…'); // a flag is two regional indicators, one picture
    expect(truncate('Zoe\u0308 Zoe\u0308', 4)).toBe('Zoe\u0308…');
  });

  it('the result never exceeds the width (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'Z', ' ', '火', 'ｱ', '🙂', '👩‍👩‍👧', 'e\u0301', 'ß', '한', '\u200b'), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 50 }), (s, w) => {
        const t = truncate(s, w);
        return displayWidth(t) <= w && (t === s || t.endsWith('…') || (w === 0 && t === '')) && s.startsWith(t.replace(/…$/, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('padEnd / fitCell', () => {
  it('pads to columns', () => {
    expect(padEnd('火曜', 6)).toBe('火曜  ');
    expect(padEnd('abc', 2)).toBe('abc');
    expect(fitCell('火曜日のピアサポートの会', 9)).toBe('火曜日の…');
    expect(fitCell('火曜日のピアサポートの会', 10)).toBe('火曜日の… '); // the next wide character does not fit: a space fills
    expect(displayWidth(fitCell('火曜日のピアサポートの会', 9))).toBe(9);
    expect(fitCell('ab', 4)).toBe('ab  ');
  });
});

describe('wrapText', () => {
  it('wraps at spaces by columns, with a prefix and a hanging indent', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three', 12, '  • ', '    ')).toEqual(['  • one two', '    three']);
    expect(wrapText('火曜日 ピア サポート', 10)).toEqual(['火曜日', 'ピア', 'サポート']);
    expect(wrapText('', 10)).toEqual([]);
  });

  it('keeps a word wider than the line whole (links stay copyable)', () => {
    expect(wrapText('see https://example.org/a/very/long/path now', 12)).toEqual(['see', 'https://example.org/a/very/long/path', 'now']);
  });
});
