import { describe, expect, test } from 'vitest';
import { GUIDE_SECTIONS, renderGuide } from '../../src/directory/guide.js';
import { wrapText } from '../../src/core/text.js';

describe('programs guide', () => {
  const text = renderGuide();

  test('covers what to look for', () => {
    for (const topic of [/how it meets/i, /who leads it/i, /confidentiality/i, /group agreements/i, /cost/i, /schedule/i, /fit/i, /one session/i]) {
      expect(text).toMatch(topic);
    }
  });

  test('ends with a pointer to programs match', () => {
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/peerpath programs match/);
  });

  test('is short: fits one screen, lines fit 80 columns', () => {
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('plain text: no escape sequences', () => {
    expect(text).not.toMatch(/\u001b/);
  });

  test('no medical advice words', () => {
    expect(text).not.toMatch(/\b(diagnos|dose|dosage|medication|prescri)/i);
  });

  test('every section has points', () => {
    for (const s of GUIDE_SECTIONS) expect(s.points.length).toBeGreaterThan(0);
  });
});

describe('wrapping', () => {
  test.each([40, 60, 80, 100])('fits %i columns', (width) => {
    for (const line of renderGuide(width).split('\n')) expect(line.length).toBeLessThanOrEqual(width);
  });
});

test.each([
  ['a b c', 3, ['a b', 'c']],
  ['hello world', 20, ['hello world']],
  ['  spaced   out  ', 20, ['spaced out']],
  ['averyveryverylongword x', 5, ['averyveryverylongword', 'x']],
  ['', 10, []],
] as const)('wrapText(%j, %i)', (text, width, expected) => {
  expect(wrapText(text, width)).toEqual(expected);
});
