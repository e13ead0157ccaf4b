import type { ImportFormat } from './common.js';

/**
 * Guess the format of an import file from its content: JSON starts with `{`; a Daylio CSV has a
 * header naming `mood` and `time` and `full_date` (or `year` and `date`). Null when unsure.
 */
export function detectFormat(text: string): ImportFormat | null {
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trimStart();
  if (src.startsWith('{')) return 'json';
  const firstLine = src.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const cols = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase());
  const has = (c: string) => cols.includes(c);
  if (has('mood') && has('time') && (has('full_date') || (has('year') && has('date')))) return 'daylio';
  return null;
}
