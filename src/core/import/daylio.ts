import { createHash } from 'node:crypto';
import { parseCsv, CsvSyntaxError } from '../csv.js';
import type { Entry } from '../entry.js';
import { ExitCode, PeerpathError, usageError } from '../errors.js';
import { isDayKey } from '../dates.js';
import { ImportFormatError, type ParsedImport, type RowError } from './common.js';
import { readDayMonth } from './months.js';
import { normalizeList } from './json.js';

/** Daylio's five default mood names on peerpath's 1–10 scale. */
export const DEFAULT_MOOD_MAP: Readonly<Record<string, number>> = { rad: 10, good: 8, meh: 5, bad: 3, awful: 1 };

/**
 * A Daylio mood name with no level (the person renamed their moods in Daylio). The command turns
 * this into a prompt on a terminal, or exit 2 naming `--mood-map`. The hint shows the form to fill
 * in with `?` for each level: suggesting numbers would invite copying levels that may be upside down.
 */
export class UnknownMoodError extends PeerpathError {
  /** Each unknown name (lowercase, trimmed) with the first line it appears on and how many rows use it. */
  readonly moods: { name: string; line: number; rows: number }[];
  constructor(moods: { name: string; line: number; rows: number }[]) {
    const list = moods.map((m) => `"${m.name}" (${m.rows} ${m.rows === 1 ? 'row' : 'rows'})`).join(', ');
    super(
      `The Daylio file uses mood name${moods.length > 1 ? 's' : ''} peerpath has no level for: ${list}.`,
      ExitCode.usage,
      `Give each its level from 1 (very low) to 10 (very good), putting your own number in place of each ?: --mood-map "${moodMapTemplate(moods.map((m) => m.name))}".`,
    );
    this.name = 'UnknownMoodError';
    this.moods = moods;
  }
}

/** `--mood-map` with a `?` for each level, for the person to fill in. */
export function moodMapTemplate(names: readonly string[]): string {
  return names.map((n) => `${n}=?`).join(',');
}

/**
 * Parse `--mood-map name=N,name=N`. Names are matched without case; N is a whole number 1–10.
 */
export function parseMoodMap(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    if (/=\s*\?\s*$/.test(part)) {
      throw usageError(`--mood-map "${part.trim()}" still has a ? in it.`, 'Put your own level from 1 (very low) to 10 (very good) in place of each ?.');
    }
    const m = /^\s*(.+?)\s*=\s*(\d{1,2})\s*$/.exec(part);
    const n = m ? Number(m[2]) : NaN;
    if (!m || !(n >= 1 && n <= 10)) {
      throw usageError(`--mood-map "${part.trim()}" is not name=N with N from 1 to 10.`, 'For example: --mood-map "rad=10,good=8,meh=5,bad=3,awful=1".');
    }
    out[m[1]!.toLowerCase()] = n;
  }
  if (!Object.keys(out).length) throw usageError('--mood-map is empty.', 'For example: --mood-map "great=9,okay=6".');
  return out;
}

export interface DaylioOptions {
  now: Date;
  /** Names → level, on top of the defaults. Keys are matched lowercase. */
  moodMap?: Readonly<Record<string, number>>;
  /**
   * The UTC offset (`+01:00`) that applied at a local date and time. Daylio stores no offset; by
   * default the machine's time zone of that moment is used.
   */
  offsetFor?: (year: number, month: number, day: number, hour: number, minute: number) => string;
  onProgress?: (done: number, total: number) => void;
}

/** The machine's offset at a local wall-clock time. */
export function localOffset(year: number, month: number, day: number, hour: number, minute: number): string {
  const d = new Date(year, month - 1, day, hour, minute);
  const off = Math.round(-d.getTimezoneOffset());
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** `9:37 pm`, `09:37 PM`, `12:05 a.m.`, `21:37`, `21:37:10` → [hour, minute], or null. */
export function parseDaylioTime(text: string): [number, number] | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?\s*$/i.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    const pm = m[4].toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  } else if (h > 23) {
    return null;
  }
  return [h, min];
}

/**
 * A day from `full_date` (`2021-09-28`, `2021-9-8`) or from `year` + `date` (`18 May`, `May 18`,
 * `7 września`, `16 de octubre`: month names in many languages, see months.ts).
 */
export function parseDaylioDate(fullDate: string | undefined, year: string | undefined, date: string | undefined): string | null {
  const r = readDaylioDate(fullDate, year, date);
  return 'day' in r ? r.day : null;
}

/** Why a date could not be read, grouped so many rows with one problem give one message. */
interface DateProblem {
  /** Rows with the same key share the problem. */
  key: string;
  message: string;
}

function readDaylioDate(fullDate: string | undefined, year: string | undefined, date: string | undefined): { day: string } | DateProblem {
  const fd = fullDate?.trim();
  const shape = (s: string) => s.replace(/\d+/g, '#');
  if (fd) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(fd);
    const bad = { key: `date:${shape(fd)}`, message: `the date "${fd}" is not a date` };
    if (!m) return bad;
    const key = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isDayKey(key) ? { day: key } : { ...bad, key: `day:${key}` };
  }
  const y = year?.trim() ?? '';
  const d = date?.trim() ?? '';
  const shown = `${y} ${d}`.trim();
  if (!/^\d{4}$/.test(y) || !d) return { key: `date:${shape(shown)}`, message: `the date "${shown}" is not a date` };
  const dm = readDayMonth(d);
  if (!('day' in dm)) {
    return dm.unknownWord
      ? { key: `month:${dm.unknownWord}`, message: `the date "${shown}" has a month name peerpath does not know ("${dm.unknownWord}")` }
      : { key: `date:${shape(shown)}`, message: `the date "${shown}" is not a date` };
  }
  const key = `${y}-${String(dm.month).padStart(2, '0')}-${String(dm.day).padStart(2, '0')}`;
  return isDayKey(key) ? { day: key } : { key: `day:${key}`, message: `the date "${shown}" is not a date` };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', euro: '€', pound: '£',
};

/** Decode HTML character references (named ones Daylio uses, and all numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return whole;
      return String.fromCodePoint(cp);
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Daylio note HTML → plain text: `<br>` and block ends become newlines, list items "- ", formatting tags dropped, entities decoded. */
export function daylioNoteToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<li(\s[^>]*)?>/gi, '- ')
    .replace(/<\/?(b|i|u|s|em|strong|strike|del|span|p|div|ul|ol|font|h[1-6])(\s[^>]*)?\/?>/gi, '');
  return decodeEntities(text)
    .replace(/\r*\n|\r/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A stable id for an imported Daylio row: re-importing the same file adds nothing. The id comes
 * from the day, time, mood name and note (the scheme since the first import); a later row with the
 * same four but different activities gets `daylioVariantId` instead, so the first row keeps the id
 * it was imported with before and the second is no longer lost.
 */
export function daylioId(day: string, hour: number, minute: number, mood: string, note: string): string {
  return hashId(`daylio\u0000${day}\u0000${hour}:${minute}\u0000${mood}\u0000${note}`);
}

/** The id of a row that shares daylioId's fields with an earlier row: the activities count too. */
export function daylioVariantId(day: string, hour: number, minute: number, mood: string, note: string, tags: readonly string[]): string {
  return hashId(`daylio\u0000${day}\u0000${hour}:${minute}\u0000${mood}\u0000${note}\u0000${tags.join('\u0000')}`);
}

function hashId(text: string): string {
  const h = createHash('sha256').update(text).digest();
  // 9 base-36 characters from 48 bits, after a letter: never looks like a number.
  return 'd' + h.readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-9);
}

const REQUIRED_HINT = 'A Daylio CSV export starts with a header like full_date,date,weekday,time,mood,activities,note_title,note.';
const ISO_DAY = /^\ufeff?\s*\d{4}-\d{1,2}-\d{1,2}\s*$/;

/**
 * Where the columns are in a Daylio export that has lost its header row, from its first row: an
 * ISO date first, then (after the date in words and the weekday, when present) a time and the
 * mood, then activities and the note (with its title before it in the 8-column layout, and
 * `scales` after it in the 9-column one). Null when the row does not have that shape.
 */
export function headerlessColumns(fields: readonly string[]): Map<string, number> | null {
  if (fields.length < 7 || fields.length > 9 || !ISO_DAY.test(fields[0] ?? '')) return null;
  const t = [1, 2, 3].find((i) => parseDaylioTime(fields[i] ?? '') !== null);
  if (t === undefined || !(fields[t + 1] ?? '').trim()) return null;
  const col = new Map<string, number>([['full_date', 0], ['time', t], ['mood', t + 1], ['activities', t + 2]]);
  const rest = fields.length - (t + 3);
  if (rest === 1) col.set('note', t + 3);
  else if (rest >= 2) {
    col.set('note_title', t + 3);
    col.set('note', t + 4);
  }
  return col;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A problem with one row; rows sharing a `key` are reported once, with their count. */
interface RowProblem {
  key: string | null;
  message: string;
}

/**
 * Read a Daylio CSV export. Columns are found by name (the 7-, 8- and 9-column layouts all work),
 * or by position when the header row is missing (see headerlessColumns); a UTF-8 BOM is fine.
 * Throws `ImportFormatError` when the file is not a Daylio CSV at all and `UnknownMoodError` when
 * a mood name has no level; anything wrong with a row is a `RowError` with its line number (the
 * same problem on many rows, such as a month name not known, is one `RowError` with the count).
 * Every row becomes an entry, except a row equal to an earlier one in every field peerpath reads
 * (date, time, mood, activities, note title and note). Never throws anything else.
 */
export function parseDaylio(text: string, opts: DaylioOptions): ParsedImport {
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new ImportFormatError(`The CSV file cannot be read: ${err.message}`, REQUIRED_HINT);
    throw err;
  }
  const header = records[0];
  if (!header) throw new ImportFormatError('The file is empty.', REQUIRED_HINT);
  let col = new Map<string, number>();
  header.fields.forEach((name, i) => {
    const k = name.trim().toLowerCase().replace(/^\ufeff/, '').replace(/\s+/g, '_');
    if (!col.has(k)) col.set(k, i);
  });
  let dataStart = 1;
  const hasDate = col.has('full_date') || (col.has('year') && col.has('date'));
  const missing = [!hasDate && 'full_date (or year and date)', !col.has('time') && 'time', !col.has('mood') && 'mood'].filter(Boolean);
  if (missing.length) {
    const byPosition = headerlessColumns(header.fields);
    if (!byPosition) throw new ImportFormatError(`This does not look like a Daylio export: no ${missing.join(', ')} column.`, REQUIRED_HINT);
    col = byPosition;
    dataStart = 0;
  }

  const moodMap = new Map<string, number>(Object.entries(DEFAULT_MOOD_MAP));
  const given = new Set<string>();
  for (const [k, v] of Object.entries(opts.moodMap ?? {})) {
    moodMap.set(k.trim().toLowerCase(), v);
    given.add(k.trim().toLowerCase());
  }
  const offsetFor = opts.offsetFor ?? localOffset;
  const get = (fields: string[], name: string) => {
    const i = col.get(name);
    return i === undefined ? undefined : fields[i];
  };

  const rows = records.slice(dataStart).filter((r) => r.fields.some((f) => f.trim() !== ''));
  const unknown = new Map<string, { name: string; line: number; rows: number }>();
  const problems: { line: number; list: RowProblem[] }[] = [];
  const entries: Entry[] = [];
  const ids = new Set<string>();
  /** Entries by the id their day, time, mood and note give (the first row's id). */
  const firstOfId = new Map<string, Entry[]>();
  const moodFromMap = new Set<string>();
  let duplicates = 0;
  const recordedAt = opts.now.toISOString();

  rows.forEach((r, idx) => {
    if (opts.onProgress && idx % 500 === 0) opts.onProgress(idx, rows.length);
    const f = r.fields;
    const list: RowProblem[] = [];
    const date = readDaylioDate(get(f, 'full_date'), get(f, 'year'), get(f, 'date'));
    const day = 'day' in date ? date.day : null;
    if (!day) list.push(date as DateProblem);
    const timeText = (get(f, 'time') ?? '').trim();
    const time = parseDaylioTime(timeText);
    if (!time) list.push({ key: `time:${timeText.replace(/\d+/g, '#')}`, message: `the time "${timeText}" is not a time` });
    const moodName = (get(f, 'mood') ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    let mood: number | undefined;
    if (!moodName) list.push({ key: 'mood:', message: 'the mood is empty' });
    else {
      mood = moodMap.get(moodName);
      if (mood === undefined) {
        const u = unknown.get(moodName);
        if (u) u.rows++;
        else unknown.set(moodName, { name: moodName, line: r.line, rows: 1 });
      }
    }
    if (day && day < '1900-01-01') list.push({ key: null, message: `the date ${day} is before 1900` });
    if (list.length || !day || !time) {
      problems.push({ line: r.line, list });
      return;
    }
    if (mood === undefined) return;
    const [hour, minute] = time;
    const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
    const at = `${day}T${pad2(hour)}:${pad2(minute)}:00.000${offsetFor(y, mo, d, hour, minute)}`;
    if (Date.parse(at) > opts.now.getTime() + 60_000) {
      problems.push({ line: r.line, list: [{ key: null, message: `${day} ${timeText} is in the future` }] });
      return;
    }
    const title = daylioNoteToText(get(f, 'note_title') ?? '');
    const body = daylioNoteToText(get(f, 'note') ?? '');
    const note = title && body ? `${title}\n\n${body}` : title || body;
    const tags = normalizeList((get(f, 'activities') ?? '').split('|').map((a) => decodeEntities(a))).filter((t) => t.length <= 100);
    const base = daylioId(day, hour, minute, moodName, note);
    let id = base;
    const sameMinute = firstOfId.get(base);
    if (sameMinute) {
      // Another row with this day, time, mood and note: the same row again, or one with other activities.
      const tagKey = tags.join('\u0000');
      if (sameMinute.some((e) => e.tags.join('\u0000') === tagKey && e.at.slice(0, 16) === `${day}T${pad2(hour)}:${pad2(minute)}` && e.note === note)) {
        duplicates++;
        return;
      }
      id = daylioVariantId(day, hour, minute, moodName, note, tags);
      for (let n = 2; ids.has(id); n++) id = daylioVariantId(day, hour, minute, moodName, note, [...tags, String(n)]);
    }
    ids.add(id);
    if (given.has(moodName)) moodFromMap.add(id);
    const entry: Entry = {
      id,
      at,
      recordedAt,
      mood,
      energy: null,
      anxiety: null,
      sleepHours: null,
      emotions: [],
      tags,
      note,
      attended: [],
      private: false,
      updatedAt: null,
    };
    entries.push(entry);
    if (sameMinute) sameMinute.push(entry);
    else firstOfId.set(base, [entry]);
  });
  opts.onProgress?.(rows.length, rows.length);
  if (unknown.size) throw new UnknownMoodError([...unknown.values()]);
  return {
    format: 'daylio',
    rows: rows.length,
    entries,
    saved: [],
    mine: [],
    other: {},
    errors: foldProblems(problems),
    invalidRows: problems.length,
    duplicates,
    moodFromMap,
  };
}

/**
 * Row problems → RowErrors: a problem shared by several rows (same key) becomes one error at its
 * first line with the count and the line range; the rest stay one error per row, in line order.
 */
function foldProblems(rows: readonly { line: number; list: readonly RowProblem[] }[]): RowError[] {
  const shared = new Map<string, { line: number; last: number; rows: number; message: string }>();
  for (const r of rows) {
    for (const p of r.list) {
      if (p.key === null) continue;
      const s = shared.get(p.key);
      if (s) {
        s.rows++;
        s.last = r.line;
      } else shared.set(p.key, { line: r.line, last: r.line, rows: 1, message: p.message });
    }
  }
  const out: RowError[] = [];
  for (const r of rows) {
    const own = r.list.filter((p) => p.key === null || shared.get(p.key)!.rows === 1).map((p) => p.message);
    if (own.length) out.push({ line: r.line, message: own.join('; ') });
  }
  for (const s of shared.values()) {
    if (s.rows > 1) out.push({ line: s.line, message: `${s.message} (${s.rows} rows like this, lines ${s.line}–${s.last})`, rows: s.rows });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
