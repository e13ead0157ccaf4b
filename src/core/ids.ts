import { randomBytes } from 'node:crypto';
import { usageError } from './errors.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A short random id (6 base-36 characters) not already in `taken`. */
export function newId(taken: ReadonlySet<string>, length = 6): string {
  for (let attempt = 0; ; attempt++) {
    const len = length + Math.floor(attempt / 20);
    const bytes = randomBytes(len);
    let id = '';
    for (let i = 0; i < len; i++) id += ALPHABET[bytes[i]! % 36];
    if (!/^[a-z]/.test(id)) id = 'k' + id.slice(1); // ids never look like numbers or moods
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
