import { describe, expect, it } from 'vitest';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';
import { newId, resolveIdPrefix } from '../../src/core/ids.js';

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(ExitCode.usage);
    return (err as PeerpathError).message;
  }
  throw new Error('expected a usage error');
}

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
