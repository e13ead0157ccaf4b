/**
 * Text measured in terminal columns, not code points: East Asian wide characters and emoji take
 * two columns, combining marks none (string-width decides, per grapheme cluster). Every table,
 * truncation and wrap in peerpath goes through these, so no line is wider than the terminal.
 */
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Characters that join with their neighbours into one grapheme: combining marks, format characters
 * (zero-width joiner), variation selectors, emoji skin tones, regional-indicator flags, Hangul jamo.
 * Text without any is measured code point by code point, much faster than grapheme segmentation.
 */
const JOINS = /[\p{M}\p{Cf}\u1100-\u11FF\uFE00-\uFE0F\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u;

let segmenter: Intl.Segmenter | undefined;
const widths = new Map<string, number>();

/** Columns one grapheme takes. string-width is slow per call, so each distinct one is asked once. */
function graphemeWidth(g: string): number {
  if (g.length === 1) {
    const code = g.charCodeAt(0);
    if (code >= 0x20 && code < 0x7f) return 1;
  }
  let w = widths.get(g);
  if (w === undefined) {
    w = stringWidth(g);
    if (widths.size < 20_000) widths.set(g, w);
  }
  return w;
}

/**
 * Call `visit(grapheme, index)` for each grapheme of `s` in order, until it returns true.
 * Reads no further than that, so a long note costs no more than a short one.
 */
function eachGrapheme(s: string, visit: (g: string, index: number) => boolean): void {
  if (JOINS.test(s)) {
    segmenter ??= new Intl.Segmenter();
    for (const { segment, index } of segmenter.segment(s)) if (visit(segment, index)) return;
    return;
  }
  let index = 0;
  for (const ch of s) {
    if (visit(ch, index)) return;
    index += ch.length;
  }
}

/** Columns `s` takes in a terminal (ANSI escapes count zero). */
export function displayWidth(s: string): number {
  if (PRINTABLE_ASCII.test(s)) return s.length;
  if (s.includes('\u001b')) return stringWidth(s);
  let total = 0;
  eachGrapheme(s, (g) => {
    total += graphemeWidth(g);
    return false;
  });
  return total;
}

/**
 * Cut `s` to at most `width` columns, ending with `…` when something was cut. Never splits a
 * grapheme (no half emoji, no accent without its letter); a wide character that does not fit
 * whole is left out, so the result may be one column narrower than `width`.
 */
export function truncate(s: string, width: number): string {
  if (width <= 0) return '';
  if (PRINTABLE_ASCII.test(s)) return s.length <= width ? s : s.slice(0, width - 1) + '…';
  let used = 0;
  let cut = -1; // where the text stops when an ellipsis has to follow
  let out = s;
  eachGrapheme(s, (g, index) => {
    used += graphemeWidth(g);
    if (cut < 0 && used > width - 1) cut = index;
    if (used <= width) return false;
    out = s.slice(0, cut) + '…';
    return true;
  });
  return out;
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
