/**
 * Text measured in terminal columns, not code points: East Asian wide characters and emoji take
 * two columns, combining marks none (string-width decides, per grapheme cluster). Every table,
 * truncation and wrap in peerpath goes through these, so no line is wider than the terminal.
 */
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns `s` takes in a terminal (ANSI escapes count zero). */
export function displayWidth(s: string): number {
  return PRINTABLE_ASCII.test(s) ? s.length : stringWidth(s);
}

let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of `s` (an emoji with modifiers, a letter with its accents, …). */
function graphemes(s: string): Iterable<string> {
  if (PRINTABLE_ASCII.test(s)) return s;
  segmenter ??= new Intl.Segmenter();
  return [...segmenter.segment(s)].map((x) => x.segment);
}

/**
 * Cut `s` to at most `width` columns, ending with `…` when something was cut. Never splits a
 * grapheme (no half emoji, no accent without its letter); a wide character that does not fit
 * whole is left out, so the result may be one column narrower than `width`.
 */
export function truncate(s: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(s) <= width) return s;
  const room = width - 1; // the ellipsis takes one column
  let out = '';
  let used = 0;
  for (const g of graphemes(s)) {
    const w = displayWidth(g);
    if (used + w > room) break;
    out += g;
    used += w;
  }
  return out + '…';
}

/** Pad `s` with spaces on the right to `width` columns (no cut; see truncate). */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** `truncate` then `padEnd`: a cell exactly `width` columns wide (or one less before a wide character). */
export function fitCell(s: string, width: number): string {
  return padEnd(truncate(s, width), width);
}

/**
 * Word-wrap plain text to `width` columns at white space, with a prefix on the first line and a
 * hanging indent on the rest. A word wider than the room stays whole on its own line (links must
 * stay copyable). Empty text gives no lines.
 */
export function wrapText(text: string, width: number, first = '', rest = ''): string[] {
  const lines: string[] = [];
  let line = first;
  let lineWidth = displayWidth(first);
  let empty = true;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = displayWidth(word);
    if (!empty && lineWidth + 1 + w > width) {
      lines.push(line);
      line = rest + word;
      lineWidth = displayWidth(rest) + w;
    } else {
      line += (empty ? '' : ' ') + word;
      lineWidth += (empty ? 0 : 1) + w;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}
