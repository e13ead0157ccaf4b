import { SCHEMA_VERSION, type Entry, type OwnProgram } from '../entry.js';
import { isDayKey } from '../dates.js';
import { ImportFormatError, type ParsedImport, type RowError } from './common.js';

const ENTRY_KEYS = [
  'id', 'at', 'recordedAt', 'mood', 'energy', 'anxiety', 'sleepHours',
  'emotions', 'tags', 'note', 'attended', 'private', 'updatedAt',
] as const satisfies readonly (keyof Entry)[];
// Compile-time guard: a new Entry field must be added to ENTRY_KEYS (and validated below).
type MissingEntryKey = Exclude<keyof Entry, (typeof ENTRY_KEYS)[number]>;
const everyKeyListed: [MissingEntryKey] extends [never] ? true : never = true;
void everyKeyListed;

const AT_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
const isIso = (v: unknown): v is string => typeof v === 'string' && AT_RE.test(v) && !Number.isNaN(Date.parse(v)) && isDayKey(v.slice(0, 10));

/** Lowercase, trimmed, de-duplicated (the journal's rule for tags and emotions). */
export function normalizeList(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const w = v.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
    if (w && !out.includes(w)) out.push(w);
  }
  return out;
}

/** Check one entry; returns the problem in words, or the entry (tags/emotions normalised). */
export function checkEntry(raw: unknown): Entry | string {
  if (!isObj(raw)) return 'is not an object';
  const extra = Object.keys(raw).filter((k) => !(ENTRY_KEYS as readonly string[]).includes(k));
  if (extra.length) return `has unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => JSON.stringify(k)).join(', ')}`;
  const missing = ENTRY_KEYS.filter((k) => !(k in raw));
  if (missing.length) return `is missing ${missing.map((k) => `"${k}"`).join(', ')}`;
  const e = raw as Record<(typeof ENTRY_KEYS)[number], unknown>;
  if (typeof e.id !== 'string' || !ID_RE.test(e.id)) return 'has an id that is not 1–64 letters, digits, - or _';
  if (!isIso(e.at)) return `(${e.id}) has an "at" that is not an ISO date-time with an offset`;
  if (typeof e.recordedAt !== 'string' || Number.isNaN(Date.parse(e.recordedAt))) return `(${e.id}) has a "recordedAt" that is not a date-time`;
  if (!isInt(e.mood, 1, 10)) return `(${e.id}) has a mood that is not a whole number from 1 to 10`;
  if (e.energy !== null && !isInt(e.energy, 1, 5)) return `(${e.id}) has an energy that is not null or 1–5`;
  if (e.anxiety !== null && !isInt(e.anxiety, 1, 5)) return `(${e.id}) has an anxiety that is not null or 1–5`;
  if (e.sleepHours !== null && !(typeof e.sleepHours === 'number' && e.sleepHours >= 0 && e.sleepHours <= 24)) {
    return `(${e.id}) has sleepHours that are not null or 0–24`;
  }
  for (const k of ['emotions', 'tags', 'attended'] as const) {
    const v = e[k];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return `(${e.id}) has "${k}" that is not a list of words`;
  }
  if (typeof e.note !== 'string') return `(${e.id}) has a note that is not text`;
  if (typeof e.private !== 'boolean') return `(${e.id}) has "private" that is not true or false`;
  if (e.updatedAt !== null && (typeof e.updatedAt !== 'string' || Number.isNaN(Date.parse(e.updatedAt)))) {
    return `(${e.id}) has an "updatedAt" that is not null or a date-time`;
  }
  // Key order as the journal writes it, so a round trip is byte-for-byte.
  return {
    id: e.id,
    at: e.at,
    recordedAt: e.recordedAt,
    mood: e.mood,
    energy: e.energy as number | null,
    anxiety: e.anxiety as number | null,
    sleepHours: e.sleepHours as number | null,
    emotions: normalizeList(e.emotions as string[]),
    tags: normalizeList(e.tags as string[]),
    note: e.note,
    attended: [...new Set((e.attended as string[]).map((s) => s.trim()).filter(Boolean))],
    private: e.private,
    updatedAt: e.updatedAt as string | null,
  };
}

function checkOwnProgram(raw: unknown): OwnProgram | string {
  if (!isObj(raw)) return 'is not an object';
  if (typeof raw.id !== 'string' || !raw.id.startsWith('my-')) return 'has an id that does not start with "my-"';
  if (typeof raw.name !== 'string' || !raw.name.trim()) return `(${raw.id}) has no name`;
  for (const k of ['when', 'where', 'notes'] as const) {
    if (raw[k] !== null && raw[k] !== undefined && typeof raw[k] !== 'string') return `(${raw.id}) has "${k}" that is not text`;
  }
  return { ...raw, id: raw.id, name: raw.name, when: (raw.when as string | null) ?? null, where: (raw.where as string | null) ?? null, notes: (raw.notes as string | null) ?? null, createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : '' } as OwnProgram;
}

/** Keys of a json export that describe the export itself, or that parseJsonImport reads on its own. */
const EXPORT_ONLY_KEYS = new Set(['schemaVersion', 'exportedAt', 'app', 'period', 'includesPrivate', 'notes', 'entries', 'saved', 'mine']);

/**
 * Read a peerpath json export (or a journal file: same shape). The top level must be an object
 * with `schemaVersion` (not newer than this peerpath's) and `entries`; each entry is checked
 * strictly — unknown or missing fields, a mood outside 1–10, an `at` without an offset — and
 * reported with the line it starts on. Tags and emotions are normalised as the journal does.
 * Every other top-level key (settings, plan, questionnaire results, …) comes back in `other`.
 */
export function parseJsonImport(text: string): ParsedImport {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(src);
  } catch (err) {
    throw new ImportFormatError(`The file is not valid JSON (${(err as Error).message}).`, 'A peerpath export comes from `peerpath export --format json`.');
  }
  if (!isObj(doc)) throw new ImportFormatError('The file is JSON but not a peerpath export (expected an object with "schemaVersion" and "entries").');
  const v = doc.schemaVersion;
  if (!Number.isInteger(v) || (v as number) < 1) {
    throw new ImportFormatError('The file has no valid "schemaVersion"; it does not look like a peerpath export.');
  }
  if ((v as number) > SCHEMA_VERSION) {
    throw new ImportFormatError(
      `The file was written by a newer peerpath (schema ${String(v)}; this one reads up to ${SCHEMA_VERSION}).`,
      'Upgrade peerpath, then import again.',
    );
  }
  if (!Array.isArray(doc.entries)) throw new ImportFormatError('The file has no "entries" list.');
  const lines = topLevelElementLines(src, 'entries');
  const errors: RowError[] = [];
  const entries: Entry[] = [];
  const ids = new Set<string>();
  let duplicates = 0;
  doc.entries.forEach((raw, i) => {
    const r = checkEntry(raw);
    const line = lines[i] ?? null;
    if (typeof r === 'string') {
      errors.push({ line, message: `entry ${i + 1} ${r}` });
    } else if (ids.has(r.id)) {
      duplicates++;
    } else {
      ids.add(r.id);
      entries.push(r);
    }
  });
  const saved = doc.saved === undefined ? [] : doc.saved;
  if (!Array.isArray(saved) || !saved.every((s) => typeof s === 'string')) throw new ImportFormatError('"saved" is not a list of program ids.');
  const mineRaw = doc.mine === undefined ? [] : doc.mine;
  if (!Array.isArray(mineRaw)) throw new ImportFormatError('"mine" is not a list of your own groups.');
  const mine: OwnProgram[] = [];
  const mineLines = topLevelElementLines(src, 'mine');
  mineRaw.forEach((raw, i) => {
    const r = checkOwnProgram(raw);
    if (typeof r === 'string') errors.push({ line: mineLines[i] ?? null, message: `own group ${i + 1} ${r}` });
    else mine.push(r);
  });
  const other: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(doc)) if (!EXPORT_ONLY_KEYS.has(k) && k !== '__proto__') other[k] = val;
  return { format: 'json', rows: doc.entries.length, entries, saved: saved as string[], mine, other, errors, invalidRows: errors.length, duplicates };
}

/**
 * Line numbers (1-based) where each element of the top-level array `key` starts. A small scanner
 * that tracks strings and nesting; used only to point at bad entries, so it never throws.
 */
export function topLevelElementLines(text: string, key: string): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  let i = 0;
  let lastString: string | null = null;
  let inTarget = false;
  let expectElement = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (inTarget && depth === 2 && expectElement && c !== ']') {
      out.push(line);
      expectElement = false;
    }
    if (c === '"') {
      // Find the closing quote; only keys at depth 1 are kept as text. (Raw newlines cannot
      // occur inside a JSON string, so line counting can skip strings.)
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          j = n;
          break;
        }
        let backslashes = 0;
        for (let k = q - 1; k > i && text[k] === '\\'; k--) backslashes++;
        if (backslashes % 2 === 0) {
          j = q;
          break;
        }
        j = q + 1;
      }
      lastString = depth === 1 ? text.slice(i + 1, j) : null;
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '[') {
      if (c === '[' && depth === 1 && lastString === key) {
        inTarget = true;
        expectElement = true;
      }
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (inTarget && depth === 1) inTarget = false;
    } else if (c === ',' && inTarget && depth === 2) {
      expectElement = true;
    } else if (c === ':' ) {
      // keep lastString as the key
    } else {
      if (depth === 1) lastString = null;
    }
    if (c === ',' && depth === 1) lastString = null;
    i++;
  }
  return out;
}
