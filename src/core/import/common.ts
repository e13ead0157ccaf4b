import type { Entry, JournalData, OwnProgram } from '../entry.js';
import { PeerpathError, ExitCode } from '../errors.js';

export type ImportFormat = 'json' | 'daylio';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['json', 'daylio'];

/** A row (daylio) or entry (json) that cannot be imported. `line` is 1-based in the file. */
export interface RowError {
  line: number | null;
  message: string;
}

/** What a file holds, after parsing and validation, before it meets the journal. */
export interface ParsedImport {
  format: ImportFormat;
  /** Rows or entries read (valid or not). */
  rows: number;
  entries: Entry[];
  saved: string[];
  mine: OwnProgram[];
  errors: RowError[];
  /** Rows that repeat an earlier row of the same file (same id). */
  duplicates: number;
}

/** What importing would change. */
export interface ImportPlan {
  added: Entry[];
  /** Entries already in the journal (same id): left as they are. */
  skipped: number;
  /** Of the skipped, how many differ from the journal's copy (the journal's copy is kept). */
  differing: number;
  savedAdded: string[];
  mineAdded: OwnProgram[];
}

/** Merge by id: nothing already in the journal is touched or duplicated. Pure. */
export function planImport(parsed: Pick<ParsedImport, 'entries' | 'saved' | 'mine'>, journal: Pick<JournalData, 'entries' | 'saved' | 'mine'>): ImportPlan {
  const have = new Map(journal.entries.map((e) => [e.id, e]));
  const added: Entry[] = [];
  let skipped = 0;
  let differing = 0;
  const seen = new Set<string>();
  for (const e of parsed.entries) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const mine = have.get(e.id);
    if (mine) {
      skipped++;
      if (JSON.stringify(mine) !== JSON.stringify(e)) differing++;
    } else {
      added.push(e);
    }
  }
  const savedHave = new Set(journal.saved);
  const savedAdded = [...new Set(parsed.saved)].filter((id) => !savedHave.has(id));
  const mineHave = new Set(journal.mine.map((p) => p.id));
  const mineAdded: OwnProgram[] = [];
  for (const p of parsed.mine) {
    if (!mineHave.has(p.id)) {
      mineHave.add(p.id);
      mineAdded.push(p);
    }
  }
  return { added, skipped, differing, savedAdded, mineAdded };
}

/** The journal with the plan applied (new entries appended in file order). Pure. */
export function applyImport<J extends Pick<JournalData, 'entries' | 'saved' | 'mine'>>(journal: J, plan: ImportPlan): J {
  return {
    ...journal,
    entries: [...journal.entries, ...plan.added],
    saved: [...journal.saved, ...plan.savedAdded],
    mine: [...journal.mine, ...plan.mineAdded],
  };
}

/** The import file is not in a shape we can read at all (exit 2). */
export class ImportFormatError extends PeerpathError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
    this.name = 'ImportFormatError';
  }
}
