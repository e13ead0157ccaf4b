import { describe, expect, it } from 'vitest';
import { newId, resolveIdPrefix } from '../../src/core/ids.js';
import { usageMessage } from './usage-error.js';


describe('newId', () => {
  it('is 6 lowercase base-36 characters starting with a letter', () => {
    for (let i = 0; i < 2000; i++) expect(newId(new Set())).toMatch(/^[a-z][0-9a-z]{5}$/);
  });

  it('never returns a taken id: 20,000 ids in a row are unique', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const id = newId(taken);
      expect(taken.has(id)).toBe(false);
      taken.add(id);
    }
    expect(taken.size).toBe(20_000);
  });

  /** A seeded byte source (mulberry32), so the statistics below are the same on every run. */
  function seeded(seed: number): (n: number) => Uint8Array {
    let a = seed >>> 0;
    const next = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) & 0xff;
    };
    return (n) => Uint8Array.from({ length: n }, next);
  }

  /** Pearson's chi-square statistic of observed counts against a uniform expectation. */
  function chiSquare(counts: Map<string, number>, categories: string, total: number): number {
    const expected = total / categories.length;
    return [...categories].reduce((sum, ch) => sum + ((counts.get(ch) ?? 0) - expected) ** 2 / expected, 0);
  }

  it('spreads the first character evenly over the 26 letters (chi-square, seeded source)', () => {
    const N = 26_000;
    const random = seeded(20261201);
    const first = new Map<string, number>();
    const later = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const id = newId(new Set(), 6, random);
      first.set(id[0]!, (first.get(id[0]!) ?? 0) + 1);
      for (const ch of id.slice(1)) later.set(ch, (later.get(ch) ?? 0) + 1);
    }
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    expect([...first.keys()].every((ch) => letters.includes(ch))).toBe(true);
    // 25 degrees of freedom: 52.6 is the 0.1% critical value. The old scheme (digits rewritten
    // to "k") gave "k" about 28% of ids, a statistic in the tens of thousands.
    expect(chiSquare(first, letters, N)).toBeLessThan(52.6);
    expect(Math.max(...first.values()) / N).toBeLessThan(0.045); // no letter near the old 28%
    // the other characters: 35 degrees of freedom, 66.6 is the 0.1% critical value (no modulo bias)
    expect(chiSquare(later, '0123456789' + letters, N * 5)).toBeLessThan(66.6);
  });

  it('the same seeded source gives the same ids (the source really is the only randomness)', () => {
    const a = seeded(7);
    const b = seeded(7);
    const ids = (r: (n: number) => Uint8Array) => Array.from({ length: 50 }, () => newId(new Set(), 6, r));
    expect(ids(a)).toEqual(ids(b));
  });

  it('skips bytes that would bias the draw', () => {
    // 255 is above the last multiple of 26 (234) and of 36 (252): it must be skipped, never used.
    const bytes = [255, 0, 255, 1, 2, 3, 4, 5];
    let i = 0;
    const id = newId(new Set(), 6, (n) => Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length]!));
    expect(id).toBe('a12345');
  });

  it('grows longer when short ids keep colliding', () => {
    // Every 2-character id that can be produced is taken: it has to grow to 3 characters.
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
    const taken = new Set<string>();
    for (const a of 'abcdefghijklmnopqrstuvwxyz') for (const b of alphabet) taken.add(a + b);
    const id = newId(taken, 2);
    expect(id).toMatch(/^[a-z][0-9a-z]{2,}$/);
    expect(taken.has(id)).toBe(false);
  });
});

describe('resolveIdPrefix', () => {
  const ids = ['k3x9q2', 'k3a001', 'm00001', 'zz'];

  it.each([
    ['k3x9q2', 'k3x9q2'],
    ['k3x', 'k3x9q2'],
    ['k3a', 'k3a001'],
    ['m', 'm00001'],
    ['K3X9', 'k3x9q2'],
    [' k3x ', 'k3x9q2'],
    ['zz', 'zz'],
  ])('%j → %s', (prefix, id) => {
    expect(resolveIdPrefix(prefix, ids)).toBe(id);
  });

  it('an exact id wins even when it is also a prefix of another', () => {
    expect(resolveIdPrefix('ab', ['abc', 'ab'])).toBe('ab');
  });

  it('an ambiguous prefix names the candidates', () => {
    const msg = usageMessage(() => resolveIdPrefix('k3', ids));
    expect(msg).toContain('matches 2');
    expect(msg).toContain('k3x9q2');
    expect(msg).toContain('k3a001');
  });

  it('an ambiguous prefix with many candidates lists five and an ellipsis', () => {
    const many = Array.from({ length: 8 }, (_, i) => `a${i}0000`);
    const msg = usageMessage(() => resolveIdPrefix('a', many));
    expect(msg).toContain('matches 8');
    expect(msg).toContain('…');
    expect(msg).not.toContain('a70000');
  });

  it('an unknown id or an empty one is a usage error', () => {
    expect(usageMessage(() => resolveIdPrefix('q', ids))).toContain('No entry with id "q"');
    expect(usageMessage(() => resolveIdPrefix('x', [], 'program'))).toContain('No program');
    expect(usageMessage(() => resolveIdPrefix('  ', ids))).toContain('Give the entry id');
  });
});
