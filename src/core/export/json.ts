import { SCHEMA_VERSION, type Entry, type OwnProgram } from '../entry.js';
import type { Plan } from '../plan.js';
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
  /** The person's plan, when they wrote one. */
  plan?: Plan;
}

/** A full backup: entries in stored order, saved program ids and own groups. */
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
  if (input.plan) doc.plan = input.plan;
  return { content: `${JSON.stringify(doc, null, 2)}\n`, count: entries.length, leftOut };
}
