import { usageError } from './errors.js';

/** Limits that keep one entry sane; each is far above what a person types. */
export const LIMITS = {
  noteChars: 2_000_000,
  tagsPerEntry: 1_000,
  tagChars: 100,
  emotionsPerEntry: 100,
  attendedPerEntry: 100,
} as const;

/**
 * Parse a whole number from a flag value, within [min, max]. Throws a one-line usage error that
 * names the flag, e.g. `--mood must be a whole number from 1 to 10 (got "4.5").`
 */
export function parseIntInRange(value: unknown, flag: string, min: number, max: number): number {
  const s = String(value).trim();
  if (!/^[+-]?\d+$/.test(s)) {
    throw usageError(`${flag} must be a whole number from ${min} to ${max} (got "${String(value)}").`);
  }
  const n = Number(s);
  if (n < min || n > max) throw usageError(`${flag} must be a whole number from ${min} to ${max} (got "${String(value)}").`);
  return n;
}

/** Hours slept: 0–24, at most one decimal place is kept (7.5). */
export function parseSleepHours(value: unknown, flag = '--sleep'): number {
  const s = String(value).trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) throw usageError(`${flag} must be a number of hours from 0 to 24 (got "${String(value)}").`);
  const n = Number(s);
  if (!(n >= 0 && n <= 24)) throw usageError(`${flag} must be a number of hours from 0 to 24 (got "${String(value)}").`);
  return Math.round(n * 100) / 100;
}

/** Tags and emotions: lowercase, trimmed, de-duplicated, empty ones dropped, order kept. */
export function normalizeWords(values: Iterable<string>, flag: string, maxCount: number = LIMITS.tagsPerEntry): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of values) {
    const w = raw.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
    if (!w || seen.has(w)) continue;
    if (w.length > LIMITS.tagChars) throw usageError(`Each ${flag} value can be at most ${LIMITS.tagChars} characters.`);
    seen.add(w);
    out.push(w);
  }
  if (out.length > maxCount) throw usageError(`${flag} takes at most ${maxCount} values (got ${out.length}).`);
  return out;
}

/**
 * Split comma-separated flag values ("a, b,c", or a repeated flag's list) into trimmed, non-empty
 * parts. Blanks and spaces around commas are layout, never values, so every caller gets clean parts.
 */
export function splitList(values: string | readonly string[] | undefined): string[] {
  if (values === undefined) return [];
  const list = typeof values === 'string' ? [values] : values;
  return list.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

export function checkNote(note: string): string {
  if (note.length > LIMITS.noteChars) {
    throw usageError(`The note is too long (${note.length.toLocaleString('en')} characters; the limit is ${LIMITS.noteChars.toLocaleString('en')}).`);
  }
  return note;
}
