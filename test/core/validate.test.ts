import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';
import { checkNote, LIMITS, normalizeWords, parseIntInRange, parseSleepHours, splitList } from '../../src/core/validate.js';
import { usageMessage } from './usage-error.js';


describe('parseIntInRange', () => {
  it.each([
    ['1', 1], ['10', 10], [' 7 ', 7], ['+3', 3], ['07', 7], [5, 5], ['\t6\n', 6],
  ] as const)('%j → %i', (v, n) => {
    expect(parseIntInRange(v, '--mood', 1, 10)).toBe(n);
  });

  it.each(['0', '11', '4.5', 'abc', '', ' ', '-1', '1e1', '0x5', '5a', '5 5', '½', '٥', 'NaN', 'Infinity', '+', '--5', '99999999999999999999'])(
    '%j is refused with a one-line message naming the flag and the range',
    (v) => {
      const msg = usageMessage(() => parseIntInRange(v, '--mood', 1, 10));
      expect(msg).toBe(`--mood must be a whole number from 1 to 10 (got "${v}").`);
    },
  );

  it('accepts negative numbers when the range does', () => {
    expect(parseIntInRange('-3', '--x', -5, 5)).toBe(-3);
  });

  it('property: accepts exactly the integers in range, written plainly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (n) => {
        const ok = n >= 1 && n <= 10;
        try {
          return parseIntInRange(String(n), '--mood', 1, 10) === n && ok;
        } catch (err) {
          return !ok && err instanceof PeerpathError && err.exitCode === ExitCode.usage;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('property: arbitrary strings give an integer in range or a usage error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
        try {
          const n = parseIntInRange(s, '--energy', 1, 5);
          return Number.isInteger(n) && n >= 1 && n <= 5;
        } catch (err) {
          return err instanceof PeerpathError && err.exitCode === ExitCode.usage;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseSleepHours', () => {
  it.each([['7.5', 7.5], ['0', 0], ['24', 24], [' 8 ', 8], ['7,5', 7.5], ['6.25', 6.25], ['6.333', 6.33]] as const)('%j → %d', (v, n) => {
    expect(parseSleepHours(v)).toBe(n);
  });
  it.each(['-1', '24.5', '25', 'abc', '', '7.', '.5', '1e1', 'seven'])('%j is refused', (v) => {
    expect(usageMessage(() => parseSleepHours(v))).toContain('--sleep');
  });
});

describe('normalizeWords', () => {
  it('lowercases, trims, collapses spaces, de-duplicates, drops empties, keeps order', () => {
    expect(normalizeWords([' Walk', 'walk ', 'GROUP', '', '  ', 'Morning   Walk', 'group'], '--tags')).toEqual(['walk', 'group', 'morning walk']);
  });
  it('normalises unicode to NFC, so the same word typed two ways is one tag', () => {
    expect(normalizeWords(['café', 'cafe\u0301', 'ÇA'], '--tags')).toEqual(['café', 'ça']);
  });
  it('keeps non-Latin words and emoji', () => {
    expect(normalizeWords(['Ходьба', '散歩', '🚶'], '--tags')).toEqual(['ходьба', '散歩', '🚶']);
  });
  it('refuses an over-long word and too many words, naming the flag', () => {
    expect(usageMessage(() => normalizeWords(['x'.repeat(LIMITS.tagChars + 1)], '--tags'))).toContain('--tags');
    expect(normalizeWords(['x'.repeat(LIMITS.tagChars)], '--tags')).toHaveLength(1);
    expect(usageMessage(() => normalizeWords(['a', 'b', 'c'], '--emotions', 2))).toContain('--emotions');
    expect(normalizeWords(['a', 'A', 'b'], '--emotions', 2)).toEqual(['a', 'b']); // counted after de-duplication
  });
  it('property: output is lowercase, trimmed, unique, non-empty', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 10 }), { maxLength: 20 }), (words) => {
        const out = normalizeWords(words, '--tags');
        return (
          new Set(out).size === out.length &&
          out.every((w) => w.length > 0 && w === w.trim() && w === w.toLowerCase() && normalizeWords([w], '--tags')[0] === w)
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('splitList / checkNote', () => {
  it('splits on commas', () => {
    expect(splitList('a, b,,c')).toEqual(['a', 'b', 'c']);
    expect(splitList(' , ')).toEqual([]);
    expect(splitList(['online,phone', ' chat '])).toEqual(['online', 'phone', 'chat']);
    expect(splitList(undefined)).toEqual([]);
    expect(normalizeWords(splitList('sleep, Walk,,walk'), '--tags')).toEqual(['sleep', 'walk']);
  });
  it('notes up to the limit pass unchanged; longer ones are refused', () => {
    const long = 'ä🙂\n'.repeat(100_000);
    expect(checkNote(long)).toBe(long);
    expect(usageMessage(() => checkNote('x'.repeat(LIMITS.noteChars + 1)))).toContain('too long');
  });
});
