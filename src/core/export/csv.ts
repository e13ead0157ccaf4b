import { writeCsv, type CsvValue } from '../csv.js';
import { dayOf } from '../dates.js';
import { cleanText, selectEntries, timeOf, type ExportInput, type ExportOutput } from './common.js';

export const CSV_COLUMNS = [
  'id', 'date', 'time', 'at', 'mood', 'energy', 'anxiety', 'sleepHours',
  'emotions', 'tags', 'attended', 'note', 'private', 'recordedAt', 'updatedAt',
] as const;

/**
 * One row per entry (stored order), a header, RFC 4180 quoting, CRLF. Lists are joined with "; ".
 * Text cells a spreadsheet would run as a formula get a leading `'`; numbers stay numbers.
 * With notes off the column stays (empty) so the layout never changes. Text passes through the
 * terminal sanitiser (no escape sequences or control characters; newlines and tabs stay), since
 * the CSV often goes to stdout.
 */
export function exportCsv(input: ExportInput): ExportOutput {
  const { entries, leftOut } = selectEntries(input);
  const rows: CsvValue[][] = [[...CSV_COLUMNS]];
  for (const e of entries) {
    rows.push([
      clean(e.id),
      dayOf(e.at),
      timeOf(e.at),
      e.at,
      e.mood,
      e.energy,
      e.anxiety,
      e.sleepHours,
      clean(e.emotions.join('; ')),
      clean(e.tags.join('; ')),
      clean(e.attended.join('; ')),
      input.notes ? clean(e.note) : '',
      e.private ? 'true' : 'false',
      e.recordedAt,
      e.updatedAt ?? '',
    ]);
  }
  return { content: writeCsv(rows, { neutralise: true }), count: entries.length, leftOut };
}

const clean = cleanText;
