import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sanitizeForTerminal, sanitizeLine } from '../../src/core/sanitize.js';

const RUNS = { numRuns: 2000 };

/** Characters that must never survive (newline and tab are allowed). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\u2060-\u2064\u206A-\u206F\uFFF9-\uFFFB\r\u2028\u2029]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Building blocks of hostile strings: sequences, their pieces, and ordinary text. */
const hostilePiece = fc.oneof(
  fc.constantFrom(
    '\x1b', '\x1b[', '\x1b]', '\x1bP', '\x1b\\', '\x07', '\x9b', '\x9d', '\x9c', '\x90', '\x1b[31m', '\x1b[0m',
    '\x1b]8;;https://evil.example\x07', '\x1b]0;title\x1b\\', '\x1b[2J', '\x1b[1;1H', '\x1bc', '\x1b(0',
    '\x1b#8', '\x9b31m', '\x9d0;t\x9c', '\x1bP1$r\x1b\\', '\x1b_apc\x1b\\', '\r', '\r\n', '\n', '\t', '\x00',
    '\x7f', '\x85', '\u202e', '\u202d', '\u2066', '\u2069', '\ufeff', '\u2028', '\u2060', '\u{e0041}',
    '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', '\u{1F3F4}', '\u{E007F}', '\ud800', '\udc00',
    '👩‍👩‍👧', 'é', 'e\u0301', 'שלום', 'مرحبا', '\u200f', '\u200d', '[31m', ';', 'm', '\\',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const hostile = fc.array(hostilePiece, { maxLength: 30 }).map((xs) => xs.join(''));
const anyString = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 200 }));

describe('sanitizeForTerminal', () => {
  it.each([
    ['colour codes', 'a\x1b[31mred\x1b[0m b', 'ared b'],
    ['cursor moves and clears', '\x1b[2J\x1b[1;1Hhi\x1b[K', 'hi'],
    ['OSC 8 hyperlink (BEL)', '\x1b]8;;https://evil.example\x07click\x1b]8;;\x07', 'click'],
    ['OSC title (ST)', '\x1b]0;pwned\x1b\\ok', 'ok'],
    ['8-bit CSI', 'a\x9b31mb', 'ab'],
    ['8-bit OSC with 8-bit ST', 'a\x9d0;t\x9cb', 'ab'],
    ['DCS', 'a\x1bP1$r\x1b\\b', 'ab'],
    ['APC', 'a\x1b_payload\x1b\\b', 'ab'],
    ['reset and charset escapes', '\x1bcA\x1b(0B\x1b#8C', 'ABC'],
    ['unterminated OSC keeps text inert', 'a\x1b]0;title', 'a0;title'],
    ['lone ESC', 'a\x1bb', 'a'],
    ['C0 controls', 'a\x00b\x07c\x08d\x0be\x0cf\x7fg', 'abcdefg'],
    ['C1 controls', 'a\x85b\x80c\x9fd', 'abcd'],
    ['CRLF and CR become newlines', 'a\r\nb\rc', 'a\nb\nc'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['keeps newline and tab', 'a\n\tb', 'a\n\tb'],
    ['bidi override (Trojan Source)', 'user\u202Egnp.exe', 'usergnp.exe'],
    ['bidi isolates and embeddings', '\u2066a\u2069\u202Ab\u202C\u202Bc\u202D', 'abc'],
    ['BOM and invisible operators', '\ufeffa\u2062b\u2060c', 'abc'],
    ['stray tag characters (hidden text)', 'hi\u{E0068}\u{E0069}', 'hi'],
    ['lone surrogates', 'a\ud800b\udc00', 'a\ufffdb\ufffd'],
  ])('removes %s', (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  it.each([
    ['emoji ZWJ sequence', '👩‍👩‍👧 🏳️‍🌈 👍🏽'],
    ['England flag (tag sequence)', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}'],
    ['combining marks', 'e\u0301 n\u0303 Z\u0351\u0352'],
    ['Hebrew with RLM', 'שלום\u200F עולם'],
    ['Arabic with ALM', 'مرحبا\u061C بالعالم'],
    ['Devanagari and ZWNJ', 'क्षि\u200Cत्र'],
    ['CJK', '今日は元気です 오늘'],
    ['plain ASCII punctuation', 'Mood 6/10 — [ok] {x} ~ ^_^ \\o/'],
  ])('keeps %s', (_name, text) => {
    expect(sanitizeForTerminal(text)).toBe(text);
  });

  it('output never contains escape, control (except \\n \\t), bidi or hiding characters', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = sanitizeForTerminal(s);
        expect(out).not.toMatch(FORBIDDEN);
        expect(out).not.toMatch(LONE_SURROGATE);
        // tag characters only inside an emoji tag sequence
        expect(out.replace(/\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu, '')).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const once = sanitizeForTerminal(s);
        expect(sanitizeForTerminal(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('leaves printable text without controls unchanged', () => {
    const printable = fc
      .string({ unit: 'grapheme', maxLength: 80 })
      .map((s) =>
        s.replace(FORBIDDEN, '').replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF\u2060-\u2064\u206A-\u206F\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu, ''),
      );
    fc.assert(
      fc.property(fc.array(fc.oneof(printable, fc.constantFrom('\n', '\t')), { maxLength: 10 }), (parts) => {
        const s = parts.join('');
        expect(sanitizeForTerminal(s)).toBe(s);
      }),
      RUNS,
    );
  });

  it('never lengthens a string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = sanitizeForTerminal(s);
        expect(out.length).toBeLessThanOrEqual(s.length);
      }),
      RUNS,
    );
  });

  it('handles a 1 MB hostile string quickly', () => {
    const s = '\x1b[31mred\x1b]8;;x\x07\u202e'.repeat(60_000);
    const t0 = performance.now();
    const out = sanitizeForTerminal(s);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(out).toBe('red'.repeat(60_000));
  });
});

describe('sanitizeLine', () => {
  it('turns newlines and tabs into spaces', () => {
    expect(sanitizeLine('a\nb\tc\r\nd')).toBe('a b c d');
  });

  it('output is one line with no controls, and idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = sanitizeLine(s);
        expect(out).not.toMatch(/[\n\t]/);
        expect(out).not.toMatch(FORBIDDEN);
        expect(sanitizeLine(out)).toBe(out);
      }),
      RUNS,
    );
  });
});
