import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry, JournalData } from '../../src/core/entry.js';
import { parseJournalLines, serializeJournal, serializeJournalBytes } from '../../src/core/journal-schema.js';

// The fast paths the store uses at 100,000 entries must be invisible: the same bytes as
// serializeJournal, and the same value as JSON.parse of the whole text, or a fallback (undefined).

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }), // lone surrogates, controls
  fc.constantFrom('', 'line one\nline two', 'emoji 🌧️💙', '"quoted" \\ back', ']}', ',\n', '\u2028\u2029'),
);
const entryArb: fc.Arbitrary<Entry> = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9]{5}$/),
  at: fc.constant('2026-11-23T09:30:00.000-05:00'),
  recordedAt: fc.constant('2026-11-23T14:31:02.114Z'),
  mood: fc.integer({ min: 1, max: 10 }),
  energy: fc.option(fc.integer({ min: 1, max: 5 })),
  anxiety: fc.option(fc.integer({ min: 1, max: 5 })),
  sleepHours: fc.option(fc.double({ min: 0, max: 24, noNaN: true })),
  emotions: fc.array(text, { maxLength: 3 }),
  tags: fc.array(text, { maxLength: 3 }),
  note: text,
  attended: fc.array(text, { maxLength: 2 }),
  private: fc.boolean(),
  updatedAt: fc.option(fc.constant('2026-11-24T10:00:00.000Z')),
});
const journalArb: fc.Arbitrary<JournalData> = fc.record({
  schemaVersion: fc.constant(2),
  deleted: fc.constant([]),
  stamps: fc.constant({}),
  entries: fc.array(entryArb, { maxLength: 8 }),
  saved: fc.array(text, { maxLength: 3 }),
  mine: fc.constant([]),
  config: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }) as fc.Arbitrary<JournalData['config']>,
});

function wholeParse(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

describe('serializeJournalBytes', () => {
  it('writes exactly the bytes of serializeJournal', () => {
    fc.assert(
      fc.property(journalArb, fc.nat(4096), (data, hint) => {
        expect(serializeJournalBytes(data, hint).equals(Buffer.from(serializeJournal(data), 'utf8'))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('grows past a too-small size hint', () => {
    const big = 'x'.repeat(200_000);
    const data: JournalData = { schemaVersion: 2, saved: [], mine: [], config: {}, deleted: [], stamps: {}, entries: [{ id: 'abcdef', at: 'a', recordedAt: 'b', mood: 5, energy: null, anxiety: null, sleepHours: null, emotions: [], tags: [], note: big, attended: [], private: false, updatedAt: null }] };
    expect(serializeJournalBytes(data, 10).toString('utf8')).toBe(serializeJournal(data));
  });
});

describe('parseJournalLines', () => {
  it('reads our own layout to the same value as JSON.parse', () => {
    fc.assert(
      fc.property(journalArb, (data) => {
        const bytes = Buffer.from(serializeJournal(data), 'utf8');
        const value = parseJournalLines(bytes);
        if (data.entries.length > 0) expect(value).toBeDefined();
        if (value !== undefined) expect(value).toEqual(JSON.parse(bytes.toString('utf8')));
      }),
      { numRuns: 1000 },
    );
  });

  it('on damaged or foreign files, gives JSON.parse’s value or falls back (never a value JSON.parse would refuse)', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.constantFrom(0x2c, 0x0a, 0x0d, 0x20, 0x5d, 0x7d, 0x22, 0x5c, 0xff, 0x7b) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(journalArb, fc.array(edit, { minLength: 1, maxLength: 3 }), (data, edits) => {
        let bytes = Buffer.from(serializeJournal(data), 'utf8');
        for (const e of edits) {
          const at = bytes.length ? e.at % bytes.length : 0;
          if (e.kind === 'truncate') bytes = bytes.subarray(0, at);
          else if (e.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
          else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([e.byte]), bytes.subarray(at)]);
        }
        const fast = parseJournalLines(bytes);
        const whole = wholeParse(bytes);
        if (!whole.ok) expect(fast).toBeUndefined();
        else if (fast !== undefined) expect(fast).toEqual(whole.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('falls back on layouts it does not know', () => {
    const data: JournalData = { schemaVersion: 2, saved: [], mine: [], config: {}, deleted: [], stamps: {}, entries: [] };
    for (const s of [
      JSON.stringify(data, null, 2),
      serializeJournal(data),
      '{,"entries":[\n]}\n',
      '\ufeff' + serializeJournal({ ...data, entries: [{ id: 'a' } as unknown as Entry] }),
      '{"schemaVersion":1,"entries":[\n{"id":"a"},\n{"id":"b"},\n]}\n',
      '{"schemaVersion":1,"entries":[\n{"id":"a"}\n{"id":"b"}\n]}\n',
      '{"schemaVersion":1,"entries":[\r\n{"id":"a"}\r\n]}\r\n',
      '{"schemaVersion":1,"entries":[\n{"id":"a"}\n]}\nx',
      '{"schemaVersion":1,"entries":[\n{"id":"a"}\n',
    ]) {
      expect(parseJournalLines(Buffer.from(s, 'utf8'))).toBeUndefined();
    }
  });

  it('keeps JSON.parse’s answer for duplicate keys and whitespace around entries', () => {
    const s = '{"schemaVersion":1,"entries":[1],"config":{} ,"entries":[\n  {"id":"a"} ,\n{"id":"b"}\n]}\n \n';
    expect(parseJournalLines(Buffer.from(s))).toEqual(JSON.parse(s));
    expect(Object.keys(parseJournalLines(Buffer.from(s))!)).toEqual(Object.keys(JSON.parse(s)));
  });
});
