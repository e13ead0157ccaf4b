import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, neutraliseFormula, parseCsv, writeCsv, CsvSyntaxError } from '../../src/core/csv.js';

describe('CSV writer', () => {
  it('quotes only when needed, doubles quotes, ends records with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 7, null, 2.5]])).toBe('a,"b,c","say ""hi""","two\nlines",7,,2.5\r\n');
    expect(csvField(' padded')).toBe('" padded"');
    expect(writeCsv([['']])).toBe('""\r\n');
  });
  it('neutralises formula cells but leaves numbers alone', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(neutraliseFormula('plain')).toBe('plain');
    expect(writeCsv([['=HYPERLINK("x")', -3, 5]], { neutralise: true })).toBe(`"'=HYPERLINK(""x"")",-3,5\r\n`);
  });
});

describe('CSV parser', () => {
  it('reads quoted fields across lines and reports starting lines', () => {
    const recs = parseCsv('\ufeffh1,h2\r\n"a\r\nb",c\n\nd,"e ""q"""\r');
    expect(recs).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['a\r\nb', 'c'] },
      { line: 4, fields: [''] },
      { line: 5, fields: ['d', 'e "q"'] },
    ]);
  });
  it('rejects an unclosed quote with its line', () => {
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n"open,c\n');
    } catch (err) {
      expect((err as CsvSyntaxError).line).toBe(2);
    }
  });
  it('is lenient about stray quotes inside unquoted fields', () => {
    expect(parseCsv('ab"c,"x"y\n')).toEqual([{ line: 1, fields: ['ab"c', 'xy'] }]);
  });
});

describe('CSV properties', () => {
  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '=', '-', 'é', '\t'), maxLength: 12 }),
  );
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('writer output parses back to the same rows', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        expect(parseCsv(writeCsv(rs)).map((r) => r.fields)).toEqual(rs);
      }),
      { numRuns: 2000 },
    );
  });

  it('neutralised cells parse back to the cell with a leading quote exactly when dangerous', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const back = parseCsv(writeCsv(rs, { neutralise: true })).map((r) => r.fields);
        expect(back).toEqual(rs.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
        for (const r of back) for (const c of r) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('the parser never throws anything but CsvSyntaxError', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '\ufeff'), maxLength: 40 }), (s) => {
        try {
          parseCsv(s);
        } catch (err) {
          expect(err).toBeInstanceOf(CsvSyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
