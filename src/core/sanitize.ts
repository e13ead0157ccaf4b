/**
 * The one terminal sanitiser. Every stored string (notes, tags, imported text, program fields)
 * passes through it before it reaches a terminal, so nothing a person pasted or imported can move
 * the cursor, retitle the window, plant a hyperlink, clear the screen, or reorder text on screen.
 * `--json` output does not use it: JSON prints the data exactly as stored.
 *
 * What goes:
 * - escape sequences, 7-bit (ESC …) and 8-bit (C1 CSI/OSC/DCS/SOS/PM/APC): CSI, OSC (ended by BEL or
 *   ST), DCS/SOS/PM/APC (ended by ST), two-character and nF escapes;
 * - every other C0 control and DEL, and every C1 control (U+0080–U+009F), except newline and tab;
 *   CR LF and a lone CR become a newline, as do U+2028/U+2029;
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make text
 *   display in an order other than the stored one;
 * - other invisible format characters that only hide or disguise text: U+FEFF, U+2060–U+2064,
 *   U+206A–U+206F, U+FFF9–U+FFFB, and Unicode tag characters (U+E0000–U+E007F) unless they form an
 *   emoji tag sequence (subdivision flags such as England's);
 * - lone UTF-16 surrogates become U+FFFD.
 *
 * What stays: every script, emoji and ZWJ sequences (U+200D), ZWNJ (U+200C), combining marks,
 * variation selectors, and the directional marks LRM/RLM/ALM that right-to-left writing needs.
 */
import { stripVTControlCharacters } from 'node:util';

const ESC = 0x1b;
const BEL = 0x07;
const C1_DCS = 0x90;
const C1_SOS = 0x98;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
const C1_OSC = 0x9d;
const C1_PM = 0x9e;
const C1_APC = 0x9f;

/** Removed outright after escape sequences are gone (newline and tab are not in here). */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\u2060-\u2064\u206A-\u206F\uFFF9-\uFFFB]/g;
/** Tag characters are kept only inside an emoji tag sequence: U+1F3F4, tag spec, U+E007F. */
const TAGS = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\u{E0000}-\u{E007F}]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Index just past a string sequence's terminator (BEL only when `belEnds`), or -1 when unterminated. */
function endOfString(s: string, from: number, belEnds: boolean): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === C1_ST) return i + 1;
    if (belEnds && c === BEL) return i + 1;
    if (c === ESC && s.charCodeAt(i + 1) === 0x5c /* \ */) return i + 2;
  }
  return -1;
}

/** Index just past a CSI body starting at `from` (parameters, intermediates, final byte). */
function endOfCsi(s: string, from: number): number {
  let i = from;
  while (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x3f) i++;
  while (i < s.length && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f) i++;
  if (i < s.length && s.charCodeAt(i) >= 0x40 && s.charCodeAt(i) <= 0x7e) return i + 1;
  // Malformed: drop what looked like the sequence so far; what follows is treated as text.
  return i;
}

/** Remove escape sequences in both their 7-bit and 8-bit forms. */
function stripSequences(s: string): string {
  let out = '';
  let i = 0;
  let plainFrom = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== ESC && (c < 0x80 || c > 0x9f)) {
      i++;
      continue;
    }
    out += s.slice(plainFrom, i);
    let next: number;
    if (c === ESC) {
      const d = s.charCodeAt(i + 1);
      if (d === 0x5b /* [ */) next = endOfCsi(s, i + 2);
      else if (d === 0x5d /* ] */) next = endOfString(s, i + 2, true);
      else if (d === 0x50 /* P */ || d === 0x58 /* X */ || d === 0x5e /* ^ */ || d === 0x5f /* _ */) {
        next = endOfString(s, i + 2, false);
      } else {
        // Two-character (Fe/Fp/Fs) or nF escape: intermediates 0x20–0x2F, then a final 0x30–0x7E.
        let j = i + 1;
        while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
        next = j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x7e ? j + 1 : i + 1;
      }
      if (next === -1) next = i + 2; // unterminated string: drop the introducer, keep the text inert
    } else if (c === C1_CSI) next = endOfCsi(s, i + 1);
    else if (c === C1_OSC) next = endOfString(s, i + 1, true);
    else if (c === C1_DCS || c === C1_SOS || c === C1_PM || c === C1_APC) next = endOfString(s, i + 1, false);
    else next = i + 1; // any other C1 control
    if (next === -1) next = i + 1;
    i = Math.max(next, i + 1);
    plainFrom = i;
  }
  return out + s.slice(plainFrom);
}

/**
 * Make a stored string safe to print: no escape sequences, no control characters except `\n` and
 * `\t`, no bidi overrides or hiding characters. Idempotent. Printable text is returned unchanged.
 */
export function sanitizeForTerminal(s: string): string {
  let t = s.replace(LONE_SURROGATE, '\uFFFD');
  t = stripSequences(t);
  // Belt and braces: Node's own matcher (a no-op once our scanner has run, since no ESC or C1 is
  // left; run first, it would also eat a few ordinary characters after a stray ESC).
  t = stripVTControlCharacters(t);
  t = t.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  t = t.replace(CONTROL_OR_INVISIBLE, '');
  return t.replace(TAGS, (_m, seq: string | undefined) => seq ?? '');
}

/** `sanitizeForTerminal`, then newlines and tabs become spaces: for one-line views (lists, tables). */
export function sanitizeLine(s: string): string {
  return sanitizeForTerminal(s).replace(/[\n\t]/g, ' ');
}
