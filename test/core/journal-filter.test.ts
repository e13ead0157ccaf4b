import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/entry.js';
import { PeerpathError } from '../../src/core/errors.js';
import { filterEntries, findEntryByRef, sortEntries } from '../../src/core/journal-filter.js';

function e(id: string, at: string, over: Partial<Entry> = {}): Entry {
  return {
    id, at, recordedAt: '2026-11-23T00:00:00.000Z', mood: 5, energy: null, anxiety: null, sleepHours: null,
    emotions: [], tags: [], note: '', attended: [], private: false, updatedAt: null, ...over,
  };
}

// Stored out of order, with mixed offsets: c (09:00 at -05:00 = 14:00Z) is after b (15:00 at +02:00 = 13:00Z).
const entries: Entry[] = [
  e('d', '2026-11-22T08:00:00.000-05:00', { mood: 8, tags: ['walk', 'group'], note: 'Went to the Group.\nFelt lighter.', emotions: ['hopeful'] }),
  e('a', '2026-11-01T09:00:00.000-04:00', { mood: 2, tags: ['sleep'], note: 'Slept badly', private: true }),
  e('c', '2026-11-20T09:00:00.000-05:00', { mood: 6, tags: ['walk'], emotions: ['Calm'], note: 'a nai\u0308ve hope' }),
  e('b', '2026-11-20T15:00:00.000+02:00', { mood: 4, note: 'Café with a friend ☕' }),
  e('e', '2026-11-23T23:30:00.000-05:00', { mood: 10, tags: ['family'] }),
];
const ids = (xs: Entry[]) => xs.map((x) => x.id).join('');

describe('sortEntries', () => {
  it('orders by instant, oldest first, whatever the offsets', () => {
    expect(ids(sortEntries(entries))).toBe('abcde');
  });
  it('is stable for equal instants and does not change its input', () => {
    const same = [e('y', '2026-11-20T10:00:00.000Z'), e('x', '2026-11-20T05:00:00.000-05:00'), e('z', '2026-11-20T10:00:00Z')];
    expect(ids(sortEntries(same))).toBe('yxz');
    const copy = [...entries];
    sortEntries(entries);
    expect(entries).toEqual(copy);
  });
});

describe('filterEntries', () => {
  it.each([
    [{}, 'abcde'],
    [{ from: '2026-11-20' }, 'bcde'],
    [{ to: '2026-11-20' }, 'abc'],
    [{ from: '2026-11-20', to: '2026-11-20' }, 'bc'],
    [{ from: '2026-11-23' }, 'e'], // its own day, even though 23:30 -05:00 is the 24th in UTC
    [{ to: '2026-10-31' }, ''],
    [{ tags: ['walk'] }, 'cd'],
    [{ tags: ['WALK '] }, 'cd'],
    [{ tags: ['sleep', 'family'] }, 'ae'],
    [{ tags: ['nope'] }, ''],
    [{ tags: [] }, 'abcde'],
    [{ search: 'group' }, 'd'], // note and tags, any case
    [{ search: 'LIGHTER' }, 'd'], // second line of a note
    [{ search: 'calm' }, 'c'], // feelings
    [{ search: 'café' }, 'b'],
    [{ search: 'cafe\u0301' }, 'b'], // NFC
    [{ search: 'NAÏVE' }, 'c'], // a note stored decomposed (NFD) is found by the composed word
    [{ search: 'nai\u0308ve' }, 'c'],
    [{ search: '☕' }, 'b'],
    [{ search: 'zzz' }, ''],
    [{ minMood: 6 }, 'cde'],
    [{ maxMood: 4 }, 'ab'],
    [{ minMood: 4, maxMood: 6 }, 'bc'],
    [{ last: 2 }, 'de'],
    [{ last: 0 }, ''],
    [{ last: 99 }, 'abcde'],
    [{ last: 1, tags: ['walk'] }, 'd'], // last applies after the other filters
    [{ includePrivate: false }, 'bcde'],
    [{ includePrivate: true }, 'abcde'],
    [{ from: '2026-11-01', maxMood: 6, search: 'slept', tags: ['sleep'] }, 'a'],
  ])('%j → %s', (filter, expected) => {
    expect(ids(filterEntries(entries, filter))).toBe(expected);
  });
});

describe('findEntryByRef', () => {
  it('"last" is the most recent entry by its moment, the last line of the list (any case)', () => {
    expect(findEntryByRef('last', entries).id).toBe('e');
    expect(findEntryByRef(' LAST ', entries).id).toBe(sortEntries(entries).at(-1)!.id);
    // c is stored after b but happened later; of two at the same moment the later stored wins, as in the list
    const same = [e('x1', '2026-11-20T09:00:00.000Z'), e('x2', '2026-11-20T09:00:00.000Z'), e('x0', '2026-11-19T09:00:00.000Z')];
    expect(findEntryByRef('last', same).id).toBe('x2');
  });
  it('anything else is an id or a unique start of one', () => {
    const long = [e('k3x9q2', '2026-11-20T09:00:00.000Z'), e('m4b8z1', '2026-11-21T09:00:00.000Z')];
    expect(findEntryByRef('k3', long).id).toBe('k3x9q2');
    expect(() => findEntryByRef('zz', long)).toThrow(/No entry with id "zz"/);
  });
  it('"last" with no entries is a kind usage error (exit 2)', () => {
    const err = (() => {
      try {
        findEntryByRef('last', []);
      } catch (x) {
        return x as PeerpathError;
      }
    })();
    expect(err?.exitCode).toBe(2);
    expect(err?.message).toMatch(/No check-ins yet/);
  });
});
