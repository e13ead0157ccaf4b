import { parseCsv } from '../csv.js';
import type { ImportFormat } from './common.js';
import { headerlessColumns } from './daylio.js';

/**
 * Guess the format of an import file from its content: JSON starts with `{`; a Daylio CSV has a
 * header naming `mood` and `time` and `full_date` (or `year` and `date`). Null when unsure (a
 * Daylio file without its header row too: reading columns by position is for `--format daylio`).
 */
export function detectFormat(text: string): ImportFormat | null {
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1, 64 * 1024) : text.slice(0, 64 * 1024)).trimStart();
  if (src.startsWith('{')) return 'json';
  const cols = firstLineFields(src).map((c) => c.trim().toLowerCase());
  const has = (c: string) => cols.includes(c);
  if (has('mood') && has('time') && (has('full_date') || (has('year') && has('date')))) return 'daylio';
  return null;
}

/** The fields of the file's first line (none when it does not parse as CSV). */
function firstLineFields(src: string): string[] {
  // Only the start of the text: a split of the whole 20 MB file would scan all of it.
  const firstLine = src.slice(0, 64 * 1024).split(/\r\n|\n|\r/, 1)[0] ?? '';
  try {
    return parseCsv(firstLine)[0]?.fields ?? [];
  } catch {
    return [];
  }
}

/**
 * For a file detectFormat could not place: what it looks like and what to pass, in one sentence.
 */
export function describeUnknownFile(text: string): string {
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1, 64 * 1024) : text.slice(0, 64 * 1024)).trimStart();
  if (!src) return 'It is empty.';
  if (src.startsWith('[')) return 'It holds a JSON list; a peerpath export is a JSON object from `peerpath export --format json`.';
  const fields = firstLineFields(src);
  if (headerlessColumns(fields)) {
    return `It looks like a Daylio export without its header row: the first line is already a check-in (a date, a time and a mood, ${fields.length} columns). Pass --format daylio to read its columns by position.`;
  }
  return 'Pass --format json (a peerpath export) or --format daylio (a Daylio CSV export).';
}
