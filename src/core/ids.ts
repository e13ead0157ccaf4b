import { randomBytes } from 'node:crypto';
import { usageError } from './errors.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHABET = '0123456789' + LETTERS;

/** A source of random bytes (node:crypto's randomBytes; tests pass a seeded one). */
export type RandomSource = (n: number) => Uint8Array;

/**
 * A short random id (6 characters) not already in `taken`. The first character is a letter drawn
 * uniformly (so ids never look like numbers or moods, and no first letter is more common than
 * another: a one-letter prefix matches about 1/26 of the ids); the rest are base 36. Bytes are
 * drawn by rejection, so there is no modulo bias. After 20 collisions in a row the id grows by one.
 * Ids already in a journal are never changed.
 */
export function newId(taken: ReadonlySet<string>, length = 6, random: RandomSource = randomBytes): string {
  let pool: Uint8Array = new Uint8Array(0);
  let at = 0;
  /** A uniform index below `n` (n ≤ 256): bytes at or above the last multiple of n are skipped. */
  const uniform = (n: number): number => {
    const limit = 256 - (256 % n);
    for (;;) {
      if (at >= pool.length) {
        pool = random(32);
        at = 0;
      }
      const b = pool[at++]!;
      if (b < limit) return b % n;
    }
  };
  for (let attempt = 0; ; attempt++) {
    const len = length + Math.floor(attempt / 20);
    let id = LETTERS[uniform(LETTERS.length)]!;
    for (let i = 1; i < len; i++) id += ALPHABET[uniform(ALPHABET.length)];
    if (!taken.has(id)) return id;
  }
}

/**
 * Resolve a full id or a unique prefix among `ids`.
 * Throws a usage error naming the candidates when the prefix is ambiguous or unknown.
 */
export function resolveIdPrefix(prefix: string, ids: readonly string[], what = 'entry'): string {
  const p = prefix.trim().toLowerCase();
  if (!p) throw usageError(`Give the ${what} id.`);
  const exact = ids.find((id) => id.toLowerCase() === p);
  if (exact !== undefined) return exact;
  const hits = ids.filter((id) => id.toLowerCase().startsWith(p));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    throw usageError(`"${prefix}" matches ${hits.length} ${what} ids (${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''}). Type a few more characters.`);
  }
  throw usageError(`No ${what} with id "${prefix}". See ids with \`peerpath journal\`.`);
}
