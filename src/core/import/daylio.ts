import { createHash } from 'node:crypto';
import { parseCsv, CsvSyntaxError } from '../csv.js';
import type { Entry } from '../entry.js';
import { ExitCode, PeerpathError, usageError } from '../errors.js';
import { isDayKey } from '../dates.js';
import { ImportFormatError, type ParsedImport, type RowError } from './common.js';
import { normalizeList } from './json.js';

/** Daylio's five default mood names on peerpath's 1–10 scale. */
export const DEFAULT_MOOD_MAP: Readonly<Record<string, number>> = { rad: 10, good: 8, meh: 5, bad: 3, awful: 1 };

/**
 * A Daylio mood name with no level (the person renamed their moods in Daylio). The command turns
 * this into a prompt on a terminal, or exit 2 naming `--mood-map`.
 */
export class UnknownMoodError extends PeerpathError {
  /** Each unknown name (lowercase, trimmed) with the first line it appears on. */
  readonly moods: { name: string; line: number; rows: number }[];
  constructor(moods: { name: string; line: number; rows: number }[]) {
    const list = moods.map((m) => `"${m.name}"`).join(', ');
    const example = moods.map((m, i) => `${m.name}=${Math.max(1, 7 - 2 * i)}`).join(',');
    super(
      `The Daylio file uses mood name${moods.length > 1 ? 's' : ''} peerpath has no level for: ${list} (first on line ${moods[0]?.line ?? '?'}).`,
      ExitCode.usage,
      `Give each a level from 1 (very low) to 10 (very good) with --mood-map, e.g. --mood-map "${example}".`,
    );
    this.name = 'UnknownMoodError';
    this.moods = moods;
  }
}

/**
 * Parse `--mood-map name=N,name=N`. Names are matched without case; N is a whole number 1–10.
 */
export function parseMoodMap(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
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

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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

/** A day from `full_date` (`2021-09-28`, `2021-9-8`) or from `year` + `date` (`18 May`, `May 18`). */
export function parseDaylioDate(fullDate: string | undefined, year: string | undefined, date: string | undefined): string | null {
  const fd = fullDate?.trim();
  if (fd) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(fd);
    if (!m) return null;
    const key = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isDayKey(key) ? key : null;
  }
  const y = year?.trim();
  const d = date?.trim().toLowerCase().replace(/[.,]/g, ' ');
  if (!y || !/^\d{4}$/.test(y) || !d) return null;
  const parts = d.split(/\s+/);
  let dayNum: number | null = null;
  let month: number | null = null;
  for (const p of parts) {
    if (/^\d{1,2}$/.test(p) && dayNum === null) dayNum = Number(p);
    else if (/^[a-z]{3,}$/.test(p) && month === null) {
      const i = MONTH_NAMES.indexOf(p.slice(0, 3));
      if (i >= 0) month = i + 1;
    }
  }
  if (dayNum === null || month === null) return null;
  const key = `${y}-${String(month).padStart(2, '0')}-${String(dayNum).padStart(2, '0')}`;
  return isDayKey(key) ? key : null;
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
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A stable id for an imported Daylio row: re-importing the same file adds nothing. */
export function daylioId(day: string, hour: number, minute: number, mood: string, note: string): string {
  const h = createHash('sha256').update(`daylio\u0000${day}\u0000${hour}:${minute}\u0000${mood}\u0000${note}`).digest();
  // 9 base-36 characters from 48 bits, after a letter: never looks like a number.
  return 'd' + h.readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-9);
}

const REQUIRED_HINT = 'A Daylio CSV export starts with a header like full_date,date,weekday,time,mood,activities,note_title,note.';

/**
 * Read a Daylio CSV export. Columns are found by name (the 7-, 8- and 9-column layouts all work);
 * a UTF-8 BOM is fine. Throws `ImportFormatError` when the file is not a Daylio CSV at all and
 * `UnknownMoodError` when a mood name has no level; anything wrong with one row is a `RowError`
 * with its line number. Never throws anything else.
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
  const col = new Map<string, number>();
  header.fields.forEach((name, i) => {
    const k = name.trim().toLowerCase().replace(/^\ufeff/, '').replace(/\s+/g, '_');
    if (!col.has(k)) col.set(k, i);
  });
  const hasDate = col.has('full_date') || (col.has('year') && col.has('date'));
  const missing = [!hasDate && 'full_date (or year and date)', !col.has('time') && 'time', !col.has('mood') && 'mood'].filter(Boolean);
  if (missing.length) throw new ImportFormatError(`This does not look like a Daylio export: no ${missing.join(', ')} column.`, REQUIRED_HINT);

  const moodMap = new Map<string, number>(Object.entries(DEFAULT_MOOD_MAP));
  for (const [k, v] of Object.entries(opts.moodMap ?? {})) moodMap.set(k.trim().toLowerCase(), v);
  const offsetFor = opts.offsetFor ?? localOffset;
  const get = (fields: string[], name: string) => {
    const i = col.get(name);
    return i === undefined ? undefined : fields[i];
  };

  const rows = records.slice(1).filter((r) => r.fields.some((f) => f.trim() !== ''));
  const unknown = new Map<string, { name: string; line: number; rows: number }>();
  const errors: RowError[] = [];
  const entries: Entry[] = [];
  const ids = new Set<string>();
  let duplicates = 0;
  const recordedAt = opts.now.toISOString();

  rows.forEach((r, idx) => {
    if (opts.onProgress && idx % 500 === 0) opts.onProgress(idx, rows.length);
    const f = r.fields;
    const problems: string[] = [];
    const day = parseDaylioDate(get(f, 'full_date'), get(f, 'year'), get(f, 'date'));
    if (!day) problems.push(`the date "${get(f, 'full_date') ?? `${get(f, 'year') ?? ''} ${get(f, 'date') ?? ''}`.trim()}" is not a date`);
    const timeText = get(f, 'time') ?? '';
    const time = parseDaylioTime(timeText);
    if (!time) problems.push(`the time "${timeText}" is not a time`);
    const moodName = (get(f, 'mood') ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    let mood: number | undefined;
    if (!moodName) problems.push('the mood is empty');
    else {
      mood = moodMap.get(moodName);
      if (mood === undefined) {
        const u = unknown.get(moodName);
        if (u) u.rows++;
        else unknown.set(moodName, { name: moodName, line: r.line, rows: 1 });
      }
    }
    if (day && day < '1900-01-01') problems.push(`the date ${day} is before 1900`);
    if (problems.length || !day || !time) {
      errors.push({ line: r.line, message: problems.join('; ') });
      return;
    }
    if (mood === undefined) return;
    const [hour, minute] = time;
    const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
    const at = `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000${offsetFor(y, mo, d, hour, minute)}`;
    if (Date.parse(at) > opts.now.getTime() + 60_000) {
      errors.push({ line: r.line, message: `${day} ${timeText.trim()} is in the future` });
      return;
    }
    const title = daylioNoteToText(get(f, 'note_title') ?? '');
    const body = daylioNoteToText(get(f, 'note') ?? '');
    const note = title && body ? `${title}\n\n${body}` : title || body;
    const tags = normalizeList((get(f, 'activities') ?? '').split('|').map((a) => decodeEntities(a))).filter((t) => t.length <= 100);
    const id = daylioId(day, hour, minute, moodName, note);
    if (ids.has(id)) {
      duplicates++;
      return;
    }
    ids.add(id);
    entries.push({
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
    });
  });
  opts.onProgress?.(rows.length, rows.length);
  if (unknown.size) throw new UnknownMoodError([...unknown.values()]);
  return { format: 'daylio', rows: rows.length, entries, saved: [], mine: [], errors, duplicates };
}
