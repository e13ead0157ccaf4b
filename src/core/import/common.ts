import { emptyJournal, type Entry, type JournalData, type OwnProgram } from '../entry.js';
import { byTime } from '../export/common.js';
import { JournalShapeError, validateJournal } from '../journal-schema.js';
import { entryDayRange, type DayRange } from '../journal-range.js';
import { PeerpathError, ExitCode } from '../errors.js';

export type ImportFormat = 'json' | 'daylio';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['json', 'daylio'];

/** A row (daylio) or entry (json) that cannot be imported. `line` is 1-based in the file. */
export interface RowError {
  line: number | null;
  message: string;
  /** How many rows this error stands for (one problem shared by many rows is one error); 1 if absent. */
  rows?: number;
}

/** What a file holds, after parsing and validation, before it meets the journal. */
export interface ParsedImport {
  format: ImportFormat;
  /** Rows or entries read (valid or not). */
  rows: number;
  entries: Entry[];
  saved: string[];
  mine: OwnProgram[];
  /**
   * Every other top-level key of a json export that belongs to the journal (settings, plan,
   * questionnaire results, and whatever later versions add), to be restored.
   */
  other: Record<string, unknown>;
  errors: RowError[];
  /** Rows or entries that cannot be imported (one error may stand for many rows). */
  invalidRows: number;
  /** Rows that repeat an earlier row of the same file (equal in every field read). */
  duplicates: number;
  /** Daylio: ids of the entries whose mood level came from --mood-map. */
  moodFromMap?: ReadonlySet<string>;
}

/** What importing would change. */
export interface ImportPlan {
  added: Entry[];
  /** Entries already in the journal (same id): left as they are, unless in `corrected`. */
  skipped: number;
  /** Of the skipped, how many differ from what the file says (the journal's copy is kept). */
  differing: number;
  /**
   * Entries already here whose only difference from the file is the mood level, where the level
   * comes from --mood-map: the journal's copy with the file's level (and updatedAt set).
   */
  corrected: Entry[];
  /** Entries already here that differ from the file only in mood, not corrected (no --mood-map for that mood). */
  moodOnly: number;
  savedAdded: string[];
  mineAdded: OwnProgram[];
  /** Other top-level keys (settings, plan, …) that the import adds or extends, with their new value. */
  otherChanged: Record<string, unknown>;
  /** Other top-level keys where the journal already holds something different: the journal's is kept. */
  otherKept: string[];
}

export interface PlanOptions {
  /** Sets updatedAt on corrected entries. */
  now?: Date;
}

/** Keys of the journal that planImport handles itself. */
const OWN_KEYS = new Set(['schemaVersion', 'entries', 'saved', 'mine']);

/**
 * How an entry already in the journal compares with the file's. A Daylio file says only the local
 * date and time, mood, activities and note, so only those count (not `recordedAt`, which is the
 * moment of the first import, nor the UTC offset, which depends on the machine that imports); a
 * json export says everything.
 */
export function compareWithFile(format: ImportFormat, file: Entry, mine: Entry): 'same' | 'mood' | 'other' {
  if (format === 'json') return JSON.stringify(file) === JSON.stringify(mine) ? 'same' : 'other';
  const rest = file.at.slice(0, 16) === mine.at.slice(0, 16) && file.note === mine.note && JSON.stringify(file.tags) === JSON.stringify(mine.tags);
  if (!rest) return 'other';
  return file.mood === mine.mood ? 'same' : 'mood';
}

/**
 * Merge by id: nothing already in the journal is duplicated, and nothing in it is changed except
 * a mood level the person set again with --mood-map. Saved programs and own groups are added;
 * other top-level keys (settings, plan, …) are filled in where the journal has nothing, extended
 * by id for lists of records, and otherwise the journal's are kept. Pure.
 */
export function planImport(
  parsed: Pick<ParsedImport, 'entries' | 'saved' | 'mine'> & Partial<Pick<ParsedImport, 'format' | 'other' | 'moodFromMap'>>,
  journal: Pick<JournalData, 'entries' | 'saved' | 'mine'>,
  opts: PlanOptions = {},
): ImportPlan {
  const format = parsed.format ?? 'json';
  const have = new Map(journal.entries.map((e) => [e.id, e]));
  const added: Entry[] = [];
  const corrected: Entry[] = [];
  let skipped = 0;
  let differing = 0;
  let moodOnly = 0;
  const seen = new Set<string>();
  for (const e of parsed.entries) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const mine = have.get(e.id);
    if (!mine) {
      added.push(e);
      continue;
    }
    skipped++;
    const diff = compareWithFile(format, e, mine);
    if (diff === 'mood' && parsed.moodFromMap?.has(e.id)) {
      corrected.push({ ...mine, mood: e.mood, updatedAt: opts.now ? opts.now.toISOString() : mine.updatedAt });
    } else if (diff === 'mood') {
      moodOnly++;
      differing++;
    } else if (diff === 'other') {
      differing++;
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
  const { changed: otherChanged, kept: otherKept } = mergeOther(parsed.other ?? {}, journal as unknown as Record<string, unknown>);
  return { added, skipped, differing, corrected, moodOnly, savedAdded, mineAdded, otherChanged, otherKept };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);
const idOf = (v: unknown) => (isObj(v) && typeof v.id === 'string' ? v.id : undefined);

/** The other top-level keys: what the file adds to the journal, and where the journal's differing value is kept. */
function mergeOther(file: Record<string, unknown>, journal: Record<string, unknown>): { changed: Record<string, unknown>; kept: string[] } {
  const changed: Record<string, unknown> = {};
  const kept: string[] = [];
  for (const [k, v] of Object.entries(file)) {
    if (OWN_KEYS.has(k) || k === '__proto__') continue;
    const mine = journal[k];
    if (!(k in journal)) {
      changed[k] = v;
    } else if (isEmpty(v)) {
      continue;
    } else if (isEmpty(mine)) {
      changed[k] = v;
    } else if (same(mine, v)) {
      continue;
    } else if (Array.isArray(mine) && Array.isArray(v) && [...mine, ...v].every((x) => idOf(x) !== undefined)) {
      // A list of records with ids (such as questionnaire results): add the ones not here yet.
      const byId = new Map(mine.map((x) => [idOf(x), x]));
      const extra = v.filter((x) => !byId.has(idOf(x)));
      if (extra.length) changed[k] = [...mine, ...extra];
      if (v.some((x) => byId.has(idOf(x)) && !same(byId.get(idOf(x)), x))) kept.push(k);
    } else if (isObj(mine) && isObj(v)) {
      // Settings, a plan: fill in what is empty here; keep what is set.
      const fill = Object.entries(v).filter(([kk, vv]) => isEmpty(mine[kk]) && !isEmpty(vv));
      if (fill.length) changed[k] = { ...mine, ...Object.fromEntries(fill) };
      if (Object.entries(v).some(([kk, vv]) => !isEmpty(mine[kk]) && !same(mine[kk], vv))) kept.push(k);
    } else {
      kept.push(k);
    }
  }
  if (Object.keys(changed).length) {
    // What is added must be something this peerpath can read back: check it as a journal would be.
    try {
      validateJournal({ ...emptyJournal(), ...changed });
    } catch (err) {
      if (err instanceof JournalShapeError) {
        throw new ImportFormatError(`The file holds data peerpath can't keep (${err.message}). Nothing was imported.`);
      }
      throw err;
    }
  }
  return { changed, kept };
}

/** Whether applying the plan changes the journal at all. */
export function planChangesJournal(plan: ImportPlan): boolean {
  return plan.added.length + plan.corrected.length + plan.savedAdded.length + plan.mineAdded.length + Object.keys(plan.otherChanged).length > 0;
}

/** The journal with the plan applied (new entries appended in file order, corrected ones in place). Pure. */
export function applyImport<J extends Pick<JournalData, 'entries' | 'saved' | 'mine'>>(journal: J, plan: ImportPlan): J {
  const fixed = new Map((plan.corrected ?? []).map((e) => [e.id, e]));
  const entries = fixed.size ? journal.entries.map((e) => fixed.get(e.id) ?? e) : journal.entries;
  return {
    ...journal,
    ...(plan.otherChanged ?? {}),
    entries: [...entries, ...plan.added],
    saved: [...journal.saved, ...plan.savedAdded],
    mine: [...journal.mine, ...plan.mineAdded],
  };
}

/** What a dry run shows: how many, the days they cover, and the first and last few (oldest first). */
export interface ImportPreview {
  count: number;
  range: DayRange | null;
  first: Entry[];
  last: Entry[];
  /** Entries between `first` and `last`, not shown. */
  between: number;
}

/** A summary of the entries an import would add, instead of every one of them. */
export function previewEntries(entries: readonly Entry[], few = 3): ImportPreview {
  const sorted = byTime(entries);
  const all = sorted.length <= few * 2;
  return {
    count: sorted.length,
    range: entryDayRange(sorted),
    first: all ? sorted : sorted.slice(0, few),
    last: all ? [] : sorted.slice(-few),
    between: all ? 0 : sorted.length - few * 2,
  };
}

/** The import file is not in a shape we can read at all (exit 2). */
export class ImportFormatError extends PeerpathError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
    this.name = 'ImportFormatError';
  }
}
