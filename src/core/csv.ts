/**
 * CSV per RFC 4180: fields separated by commas, records by CRLF; a field is quoted when it holds
 * a comma, a double quote, CR or LF (or leading/trailing spaces, which some readers trim), and
 * quotes inside are doubled.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise a text cell a spreadsheet would run as a formula by prefixing `'`.
 * Only strings are touched: numbers (such as mood) stay numbers.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field, quoted only when needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface WriteCsvOptions {
  /** Apply `neutraliseFormula` to every string cell. */
  neutralise?: boolean;
  /** Record separator; RFC 4180 says CRLF. */
  eol?: string;
}

/** Rows → CSV text, every record (the last too) ended by CRLF. */
export function writeCsv(rows: readonly (readonly CsvValue[])[], opts: WriteCsvOptions = {}): string {
  const eol = opts.eol ?? '\r\n';
  let out = '';
  for (const row of rows) {
    // A record of one empty field would be an empty line, which readers skip: quote it.
    if (row.length === 1 && (row[0] === '' || row[0] === null || row[0] === undefined)) {
      out += `""${eol}`;
      continue;
    }
    out += row.map((v) => csvField(opts.neutralise && typeof v === 'string' ? neutraliseFormula(v) : v)).join(',') + eol;
  }
  return out;
}

/**
 * How many characters the line end at `i` takes: CRLF and LF and a lone CR are one line end, and
 * so is CR CR LF (what a CRLF file becomes after a tool turned its LF into CRLF again).
 */
function lineEndLength(src: string, i: number): number {
  if (src[i] === '\n') return 1;
  if (src[i + 1] === '\n') return 2;
  if (src[i + 1] === '\r' && src[i + 2] === '\n') return 3;
  return 1;
}

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

/** A CSV that cannot be read (an unclosed quote). */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

/**
 * Parse CSV text into records with their starting line numbers. Accepts CRLF, LF or CR line ends
 * and a leading UTF-8 BOM. Lenient where real files are sloppy (a stray quote inside an unquoted
 * field is kept as text; text after a closing quote is appended) but an unterminated quoted field
 * is an error. A final line end does not start an empty record.
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = src.length;
  let atRecordStart = true;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
    atRecordStart = true;
  };

  // Fields are cut out of the text with slice(), not built a character at a time: at 100,000 rows
  // that was millions of short-lived strings and most of an import's time in the garbage collector.
  while (i < n) {
    if (atRecordStart) {
      recordLine = line;
      atRecordStart = false;
    }
    const c = src[i]!;
    if (c === '"' && field === '') {
      // Quoted field.
      const startLine = line;
      i++;
      let from = i;
      let closed = false;
      while (i < n) {
        const q = src[i]!;
        if (q === '"') {
          field += src.slice(from, i);
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            from = i;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (q === '\r' || q === '\n') {
          // Kept as written; CR LF and CR CR LF count as one line.
          line++;
          i += lineEndLength(src, i);
          continue;
        }
        i++;
      }
      if (!closed) throw new CsvSyntaxError(`A quoted field that starts on line ${startLine} is never closed.`, startLine);
      // Anything up to the next separator is kept as text (lenient).
      const tail = i;
      while (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') i++;
      if (i > tail) field += src.slice(tail, i);
      continue;
    }
    if (c === ',') {
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += lineEndLength(src, i);
      line++;
      continue;
    }
    // Unquoted: up to the next separator (a quote inside is kept as text).
    const from = i;
    while (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') i++;
    field += src.slice(from, i);
  }
  if (!atRecordStart) endRecord();
  return records;
}
