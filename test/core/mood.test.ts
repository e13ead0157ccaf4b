import { describe, expect, it } from 'vitest';
import { ANXIETY_LABELS, EMOTION_WORDS, emotionWordsFor, ENERGY_LABELS, MOOD_LABELS, moodLabel, ordinal } from '../../src/core/mood.js';

describe('mood scale', () => {
  it('labels every mood from 1 to 10 and nothing else', () => {
    expect(Object.keys(MOOD_LABELS).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (let m = 1; m <= 10; m++) {
      expect(moodLabel(m)).toBe(MOOD_LABELS[m]);
      expect(moodLabel(m).length).toBeGreaterThan(0);
      expect(moodLabel(m).length).toBeLessThanOrEqual(14); // fits the journal column
    }
    expect(moodLabel(0)).toBe('');
    expect(moodLabel(11)).toBe('');
    expect(moodLabel(4.5)).toBe('');
  });

  it('runs from very low to very good, as the contract says', () => {
    expect(moodLabel(1)).toBe('very low');
    expect(moodLabel(10)).toBe('very good');
    expect(new Set(Object.values(MOOD_LABELS)).size).toBe(10);
  });

  it('energy and anxiety are 1–5 with distinct labels', () => {
    for (const labels of [ENERGY_LABELS, ANXIETY_LABELS]) {
      expect(Object.keys(labels).map(Number)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(Object.values(labels)).size).toBe(5);
    }
  });

  it('emotion words are lowercase, unique and trimmed (they are stored as typed)', () => {
    expect(new Set(EMOTION_WORDS).size).toBe(EMOTION_WORDS.length);
    for (const w of EMOTION_WORDS) expect(w).toMatch(/^[a-z]+$/);
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'],
    [21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th'], [112, '112th'],
  ])('%i → %s', (n, s) => expect(ordinal(n)).toBe(s));
});

describe('emotionWordsFor', () => {
  it('a low mood offers the hard words first, starting "sad, tired, anxious"', () => {
    for (const m of [1, 2, 3, 4]) expect(emotionWordsFor(m).slice(0, 3)).toEqual(['sad', 'tired', 'anxious']);
  });
  it('a good mood offers the pleasant words first', () => {
    for (const m of [7, 8, 9, 10]) expect(emotionWordsFor(m).slice(0, 2)).toEqual(['hopeful', 'calm']);
    const good = emotionWordsFor(8);
    expect(good.indexOf('proud')).toBeLessThan(good.indexOf('sad'));
  });
  it('the middle mixes both from the start', () => {
    const mid = emotionWordsFor(5).slice(0, 4);
    expect(mid).toContain('calm');
    expect(mid).toContain('tired');
  });
  it('always offers every word exactly once', () => {
    for (let m = 1; m <= 10; m++) {
      const words = emotionWordsFor(m);
      expect(words).toHaveLength(EMOTION_WORDS.length);
      expect([...words].sort()).toEqual([...EMOTION_WORDS].sort());
    }
  });
});
