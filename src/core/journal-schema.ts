import { SCHEMA_VERSION, type Entry, type JournalData, type OwnProgram, type QuestionnaireResult } from './entry.js';
import { completePlan, planShapeProblem, type Plan } from './plan.js';
import { checkQuestionnaireResult } from './questionnaires/score.js';

/** Why a journal file is not acceptable; the store turns this into exit 3 with the file's path. */
export class JournalShapeError extends Error {
  readonly kind: 'shape' | 'newer';
  constructor(message: string, kind: 'shape' | 'newer' = 'shape') {
    super(message);
    this.kind = kind;
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIntIn = (v: unknown, lo: number, hi: number) => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
const nullOr = (v: unknown, ok: (v: unknown) => boolean) => v === null || ok(v);

function checkEntry(e: unknown, i: number): Entry {
  const where = `entry ${i + 1}`;
  if (!isObj(e)) throw new JournalShapeError(`${where} is not an object`);
  if (typeof e.id !== 'string' || !e.id) throw new JournalShapeError(`${where} has no id`);
  if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at))) throw new JournalShapeError(`${where} (${e.id}) has a bad "at"`);
  if (typeof e.recordedAt !== 'string') throw new JournalShapeError(`${where} (${e.id}) has a bad "recordedAt"`);
  if (!isIntIn(e.mood, 1, 10)) throw new JournalShapeError(`${where} (${e.id}) has a mood outside 1–10`);
  if (!nullOr(e.energy, (v) => isIntIn(v, 1, 5))) throw new JournalShapeError(`${where} (${e.id}) has a bad energy`);
  if (!nullOr(e.anxiety, (v) => isIntIn(v, 1, 5))) throw new JournalShapeError(`${where} (${e.id}) has a bad anxiety`);
  if (!nullOr(e.sleepHours, (v) => typeof v === 'number' && v >= 0 && v <= 24)) throw new JournalShapeError(`${where} (${e.id}) has bad sleepHours`);
  if (!isStrArray(e.emotions) || !isStrArray(e.tags) || !isStrArray(e.attended)) throw new JournalShapeError(`${where} (${e.id}) has a bad list`);
  if (typeof e.note !== 'string') throw new JournalShapeError(`${where} (${e.id}) has a bad note`);
  if (typeof e.private !== 'boolean') throw new JournalShapeError(`${where} (${e.id}) has a bad "private"`);
  if (!nullOr(e.updatedAt, (v) => typeof v === 'string')) throw new JournalShapeError(`${where} (${e.id}) has a bad updatedAt`);
  return e as unknown as Entry;
}

function checkOwn(p: unknown, i: number): OwnProgram {
  if (!isObj(p) || typeof p.id !== 'string' || typeof p.name !== 'string') throw new JournalShapeError(`own program ${i + 1} is malformed`);
  return p as unknown as OwnProgram;
}

/** The optional `questionnaires` list: each result checked, ids unique. */
function checkQuestionnaires(list: unknown): QuestionnaireResult[] {
  if (!Array.isArray(list)) throw new JournalShapeError('"questionnaires" is not a list');
  const ids = new Set<string>();
  return list.map((raw, i) => {
    const r = checkQuestionnaireResult(raw);
    if (typeof r === 'string') throw new JournalShapeError(`questionnaire result ${i + 1} ${r}`);
    if (ids.has(r.id)) throw new JournalShapeError(`two questionnaire results share the id ${r.id}`);
    ids.add(r.id);
    return r;
  });
}

/**
 * Migrations from older schema versions, each taking the previous version's data.
 * Version 0 is a journal written before `schemaVersion` existed: a bare `{ entries }` or an array
 * of entries (checkV0 tells it from JSON that is not a journal at all).
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ entries: [], saved: [], mine: [], config: {}, ...old, schemaVersion: 1 }),
  // Devices: tombstones of deleted entries and the times other units last changed (none known yet).
  1: (old) => ({ deleted: [], stamps: {}, ...old, schemaVersion: 2 }),
};

/** The schemaVersion a parsed file declares (0 when it predates the field). */
export function declaredVersion(raw: unknown): number {
  if (Array.isArray(raw)) return 0;
  if (isObj(raw) && raw.schemaVersion === undefined) return 0;
  if (isObj(raw) && Number.isInteger(raw.schemaVersion)) return raw.schemaVersion as number;
  throw new JournalShapeError('"schemaVersion" is not a whole number');
}

/** The top-level keys a journal had before `schemaVersion` existed. */
const V0_KEYS = new Set(['entries', 'saved', 'mine', 'config']);

/**
 * Whether JSON without `schemaVersion` is really an older peerpath journal: a non-empty list of
 * entries, or an object with an `entries` list and nothing but the keys such a journal had. Any
 * other JSON (`{"foo": 1}`, `[]`, another app's settings) is refused, never "migrated" and
 * written over. Throws JournalShapeError naming what is wrong.
 */
function checkV0(raw: unknown): void {
  const notOurs = (why: string) => new JournalShapeError(`it holds JSON that is not a peerpath journal (${why})`);
  if (Array.isArray(raw)) {
    if (raw.length === 0) throw notOurs('an empty list');
    if (!raw.every((e) => isObj(e) && typeof e.id === 'string' && 'mood' in e && 'at' in e)) throw notOurs('a list of something other than check-ins');
    return;
  }
  if (!isObj(raw)) throw notOurs(raw === null ? 'null' : `a ${typeof raw}`);
  if (!Array.isArray(raw.entries)) throw notOurs('no "schemaVersion" and no "entries" list');
  const foreign = Object.keys(raw).filter((k) => !V0_KEYS.has(k));
  if (foreign.length) throw notOurs(`it has ${foreign.slice(0, 3).map((k) => JSON.stringify(k)).join(', ')}, which a peerpath journal never had`);
}

/** Validate (and migrate) parsed JSON into JournalData. Throws JournalShapeError. */
export function validateJournal(raw: unknown): { data: JournalData; migratedFrom: number | null } {
  if (!isObj(raw) && !Array.isArray(raw)) checkV0(raw);
  let version = declaredVersion(raw);
  if (version === 0) checkV0(raw);
  if (version > SCHEMA_VERSION) {
    throw new JournalShapeError(`it was written by a newer peerpath (schema ${version}; this one knows ${SCHEMA_VERSION})`, 'newer');
  }
  let obj: Record<string, unknown> = Array.isArray(raw) ? { entries: raw } : (raw as Record<string, unknown>);
  const migratedFrom = version < SCHEMA_VERSION ? version : null;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new JournalShapeError(`no migration from schema ${version}`);
    obj = step(obj);
    version++;
  }
  if (!Array.isArray(obj.entries)) throw new JournalShapeError('"entries" is not a list');
  const entries = obj.entries.map(checkEntry);
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new JournalShapeError(`two entries share the id ${e.id}`);
    ids.add(e.id);
  }
  const saved = obj.saved ?? [];
  if (!isStrArray(saved)) throw new JournalShapeError('"saved" is not a list of ids');
  const mine = obj.mine ?? [];
  if (!Array.isArray(mine)) throw new JournalShapeError('"mine" is not a list');
  const config = obj.config ?? {};
  if (!isObj(config)) throw new JournalShapeError('"config" is not an object');
  // The plan is optional and needs no migration: a file without one simply has none yet.
  const extra: { plan?: Plan } = {};
  if (obj.plan !== undefined) {
    const problem = planShapeProblem(obj.plan);
    if (problem) throw new JournalShapeError(problem);
    extra.plan = completePlan(obj.plan as Partial<Plan>);
  }
  const deleted = obj.deleted ?? [];
  if (!Array.isArray(deleted) || !deleted.every((t) => isObj(t) && typeof t.id === 'string' && typeof t.deletedAt === 'string' && !Number.isNaN(Date.parse(t.deletedAt)))) {
    throw new JournalShapeError('"deleted" is not a list of { id, deletedAt }');
  }
  const stamps = obj.stamps ?? {};
  if (!isObj(stamps) || !Object.values(stamps).every((v) => typeof v === 'string')) throw new JournalShapeError('"stamps" is not an object of times');
  const data = {
    ...obj,
    schemaVersion: SCHEMA_VERSION,
    entries,
    saved,
    mine: mine.map(checkOwn),
    config: config as JournalData['config'],
    deleted: deleted as JournalData['deleted'],
    stamps: stamps as JournalData['stamps'],
    ...extra,
  } as JournalData;
  if (obj.questionnaires !== undefined) data.questionnaires = checkQuestionnaires(obj.questionnaires);
  return {
    data,
    migratedFrom,
  };
}

/**
 * Serialise the journal: one entry per line, so the file stays readable and diffable while
 * staying compact at 100,000 entries.
 */
export function serializeJournal(data: JournalData): string {
  const { entries, ...rest } = data;
  const head = JSON.stringify({ ...rest, schemaVersion: data.schemaVersion });
  const lines = entries.map((e) => JSON.stringify(e));
  return `${head.slice(0, -1)},"entries":[${lines.length ? '\n' + lines.join(',\n') + '\n' : ''}]}\n`;
}

const ENTRIES_OPEN = ',"entries":[';
const isJsonSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Parse a journal file written in serializeJournal's layout (head line, one entry per line, `]}`)
 * line by line, straight from the bytes. At 100,000 entries this avoids a whole-file string (80 MB
 * once a note has an emoji) and is faster than one big JSON.parse. Returns undefined when the bytes
 * are not exactly in that layout or a line does not parse: the caller then parses the whole text,
 * which gives the same value, or the same error, as it always did.
 */
export function parseJournalLines(bytes: Buffer): Record<string, unknown> | undefined {
  const first = bytes.indexOf(0x0a);
  if (first < 0) return undefined;
  const headLine = bytes.toString('utf8', 0, first);
  if (!headLine.endsWith(ENTRIES_OPEN)) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(headLine.slice(0, -ENTRIES_OPEN.length) + '}');
  } catch {
    return undefined;
  }
  // `{` alone before `,"entries":[` would not be valid JSON as a whole.
  if (!isObj(head) || Object.keys(head).length === 0) return undefined;
  const entries: unknown[] = [];
  let lastHadComma = false;
  for (let start = first + 1; ; ) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    if (end - start === 2 && bytes[start] === 0x5d && bytes[start + 1] === 0x7d) {
      // `]}`: the last entry has no comma, and only whitespace may follow.
      if (lastHadComma) return undefined;
      for (let i = end; i < bytes.length; i++) if (!isJsonSpace(bytes[i]!)) return undefined;
      head.entries = entries;
      return head;
    }
    if (nl < 0) return undefined; // no closing line (truncated)
    if (entries.length > 0 && !lastHadComma) return undefined;
    lastHadComma = end > start && bytes[end - 1] === 0x2c;
    try {
      entries.push(JSON.parse(bytes.toString('utf8', start, lastHadComma ? end - 1 : end)));
    } catch {
      return undefined;
    }
    start = nl + 1;
  }
}

/** serializeJournal's first line without its newline: everything but the entries, then `,"entries":[`. */
export function serializeJournalHead(data: JournalData): string {
  const { entries: _entries, ...rest } = data;
  const head = JSON.stringify({ ...rest, schemaVersion: data.schemaVersion });
  return `${head.slice(0, -1)}${ENTRIES_OPEN}`;
}

/**
 * serializeJournal's exact bytes, written entry by entry into one buffer: no array of lines and no
 * joined whole-file string, so a save at 100,000 entries needs a fraction of the memory.
 * `sizeHint` (e.g. the size of the file read) avoids growing the buffer.
 */
export function serializeJournalBytes(data: JournalData, sizeHint = 0): Buffer {
  const { entries } = data;
  const open = serializeJournalHead(data);
  if (!entries.length) return Buffer.from(`${open}]}\n`, 'utf8');
  let buf = Buffer.allocUnsafe(Math.max(sizeHint, open.length * 3 + 64 * 1024));
  let off = buf.write(open, 0, 'utf8');
  buf[off++] = 0x0a;
  const room = (need: number) => {
    if (off + need <= buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(Math.ceil(buf.length * 1.5), off + need));
    buf.copy(bigger, 0, 0, off);
    buf = bigger;
  };
  const last = entries.length - 1;
  for (let i = 0; i <= last; i++) {
    const line = JSON.stringify(entries[i]) ?? '';
    room(line.length * 3 + 2); // a UTF-16 unit is at most 3 UTF-8 bytes
    off += buf.write(line, off, 'utf8');
    if (i < last) buf[off++] = 0x2c;
    buf[off++] = 0x0a;
  }
  room(3);
  off += buf.write(']}\n', off, 'latin1');
  return buf.subarray(0, off);
}
