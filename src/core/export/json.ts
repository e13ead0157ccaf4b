import { SCHEMA_VERSION, type Entry, type JournalData, type OwnProgram } from '../entry.js';
import { selectEntries, type ExportInput, type ExportOutput } from './common.js';

/** The json export, exactly what `peerpath import` reads back. */
export interface JsonExport {
  schemaVersion: number;
  exportedAt: string;
  app: 'peerpath';
  period: { from: string | null; to: string | null };
  includesPrivate: boolean;
  notes: boolean;
  entries: Entry[];
  saved: string[];
  mine: OwnProgram[];
  /** Every other top-level key of the journal: `config`, and `plan`, `questionnaires`, … as they exist. */
  [other: string]: unknown;
}

/** Keys the export writes itself; a journal key of the same name is not copied over them. */
const OWN_KEYS = new Set(['schemaVersion', 'exportedAt', 'app', 'period', 'includesPrivate', 'notes', 'entries', 'saved', 'mine']);

/**
 * Everything in the journal besides its entries, saved programs and own groups: settings, and
 * whatever else a version of peerpath keeps there (plan, questionnaire results, …). Generic, so a
 * key added later is carried by the backup without a change here.
 */
export function otherJournalKeys(data: JournalData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!OWN_KEYS.has(k)) out[k] = v;
  return out;
}

/**
 * A full backup: entries in stored order (private ones unless the command leaves them out), saved
 * program ids, own groups, and every other key of the journal (`input.other`).
 */
export function exportJson(input: ExportInput): ExportOutput {
  const { entries, leftOut } = selectEntries(input);
  const doc: JsonExport = {
    schemaVersion: SCHEMA_VERSION,
    exportedAt: input.now.toISOString(),
    app: 'peerpath',
    period: { from: input.period.from, to: input.period.to },
    includesPrivate: input.includePrivate,
    notes: input.notes,
    entries: input.notes ? entries : entries.map((e) => ({ ...e, note: '' })),
    saved: [...(input.saved ?? [])],
    mine: [...(input.mine ?? [])],
  };
  for (const [k, v] of Object.entries(input.other ?? {})) if (!OWN_KEYS.has(k) && k !== '__proto__') doc[k] = v;
  return { content: `${JSON.stringify(doc, null, 2)}\n`, count: entries.length, leftOut };
}
