import { describe, expect, it } from 'vitest';
import { emptyJournal, SCHEMA_VERSION, type Entry, type JournalData } from '../../src/core/entry.js';
import { declaredVersion, JournalShapeError, serializeJournal, validateJournal } from '../../src/core/journal-schema.js';

function entry(over: Partial<Entry> = {}): Entry {
  return {
    id: 'k3x9q2', at: '2026-11-23T09:30:00.000-05:00', recordedAt: '2026-11-23T14:31:02.114Z', mood: 6, energy: 3, anxiety: 2,
    sleepHours: 7.5, emotions: ['hopeful'], tags: ['walk', 'group'], note: 'A good day.', attended: ['nami-connection'],
    private: false, updatedAt: null, ...over,
  };
}

function shapeError(raw: unknown): JournalShapeError {
  try {
    validateJournal(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(JournalShapeError);
    return err as JournalShapeError;
  }
  throw new Error('expected a JournalShapeError');
}

describe('validateJournal', () => {
  it('accepts a current journal as it is', () => {
    const data: JournalData = { ...emptyJournal(), entries: [entry()], saved: ['nami-connection'], config: { country: 'US' } };
    const { data: out, migratedFrom } = validateJournal(JSON.parse(JSON.stringify(data)));
    expect(migratedFrom).toBeNull();
    expect(out).toEqual(data);
  });

  it('fills in missing optional sections of a v1 file', () => {
    const { data } = validateJournal({ schemaVersion: 1, entries: [] });
    expect(data).toEqual(emptyJournal());
  });

  it('keeps unknown top-level keys (a later version may add them)', () => {
    const { data } = validateJournal({ ...emptyJournal(), extra: { a: 1 } });
    expect((data as unknown as Record<string, unknown>).extra).toEqual({ a: 1 });
  });

  it('migrates v0: a bare array of entries', () => {
    const { data, migratedFrom } = validateJournal([entry()]);
    expect(migratedFrom).toBe(0);
    expect(data).toEqual({ schemaVersion: SCHEMA_VERSION, entries: [entry()], saved: [], mine: [], config: {} });
  });

  it('migrates v0: an object without schemaVersion, keeping what it has', () => {
    const { data, migratedFrom } = validateJournal({ entries: [entry()], config: { country: 'UK' } });
    expect(migratedFrom).toBe(0);
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.entries).toEqual([entry()]);
    expect(data.config).toEqual({ country: 'UK' });
    expect(data.saved).toEqual([]);
    expect(data.mine).toEqual([]);
  });

  it('migrates an empty v0 object with its entries list', () => {
    expect(validateJournal({ entries: [] }).data).toEqual(emptyJournal());
  });

  it.each([
    ['{"foo": 1}', { foo: 1 }],
    ['an empty object', {}],
    ['an empty array', []],
    ['an array of numbers', [1, 2]],
    ['an array of records that are not check-ins', [{ id: 'x', name: 'y' }]],
    ["another app's settings", { theme: 'dark', fontSize: 12, recent: [] }],
    ['an entries list beside keys a journal never had', { entries: [], theme: 'dark' }],
  ])('refuses JSON that is not a peerpath journal: %s', (_why, raw) => {
    const err = shapeError(raw);
    expect(err.kind).toBe('shape');
    expect(err.message).toMatch(/^it holds JSON that is not a peerpath journal \(/);
  });

  it('refuses a newer schema with kind "newer"', () => {
    const err = shapeError({ schemaVersion: SCHEMA_VERSION + 1, entries: [] });
    expect(err.kind).toBe('newer');
    expect(err.message).toContain(String(SCHEMA_VERSION + 1));
  });

  it.each([
    ['schemaVersion not a whole number', { schemaVersion: '1', entries: [] }],
    ['schemaVersion fractional', { schemaVersion: 1.5, entries: [] }],
    ['schemaVersion null', { schemaVersion: null, entries: [] }],
    ['entries missing', { schemaVersion: 1 }],
    ['entries an object', { schemaVersion: 1, entries: {} }],
    ['a number at top level', 42],
    ['null at top level', null],
    ['a string at top level', 'entries'],
    ['saved not a list of strings', { ...emptyJournal(), saved: [1] }],
    ['mine not a list', { ...emptyJournal(), mine: {} }],
    ['own program without a name', { ...emptyJournal(), mine: [{ id: 'my-x' }] }],
    ['config not an object', { ...emptyJournal(), config: [] }],
    ['two entries with one id', { ...emptyJournal(), entries: [entry(), entry({ mood: 3 })] }],
  ])('refuses %s (kind "shape")', (_why, raw) => {
    expect(shapeError(raw).kind).toBe('shape');
  });

  const badFields: [string, Record<string, unknown>][] = [
    ['entry not an object', { __replace: 'x' }],
    ['id missing', { id: undefined }],
    ['id empty', { id: '' }],
    ['id a number', { id: 7 }],
    ['at missing', { at: undefined }],
    ['at not a date', { at: 'yesterday' }],
    ['recordedAt missing', { recordedAt: undefined }],
    ['mood 0', { mood: 0 }],
    ['mood 11', { mood: 11 }],
    ['mood 4.5', { mood: 4.5 }],
    ['mood a string', { mood: '6' }],
    ['mood null', { mood: null }],
    ['energy 0', { energy: 0 }],
    ['energy 6', { energy: 6 }],
    ['energy missing', { energy: undefined }],
    ['anxiety 9', { anxiety: 9 }],
    ['anxiety 2.5', { anxiety: 2.5 }],
    ['sleepHours -1', { sleepHours: -1 }],
    ['sleepHours 25', { sleepHours: 25 }],
    ['sleepHours a string', { sleepHours: '7' }],
    ['emotions not a list', { emotions: 'hopeful' }],
    ['tags with a number', { tags: ['walk', 3] }],
    ['attended missing', { attended: undefined }],
    ['note null', { note: null }],
    ['note missing', { note: undefined }],
    ['private a string', { private: 'no' }],
    ['private missing', { private: undefined }],
    ['updatedAt a number', { updatedAt: 5 }],
    ['updatedAt missing', { updatedAt: undefined }],
  ];
  it.each(badFields)('refuses an entry whose %s', (_why, patch) => {
    const bad = '__replace' in patch ? patch.__replace : JSON.parse(JSON.stringify({ ...entry(), ...patch }));
    const err = shapeError({ ...emptyJournal(), entries: [entry({ id: 'ok0001' }), bad] });
    expect(err.kind).toBe('shape');
    expect(err.message).toContain('entry 2');
  });

  it('accepts the edges of each range', () => {
    const edges = [
      entry({ id: 'a', mood: 1, energy: 1, anxiety: 1, sleepHours: 0 }),
      entry({ id: 'b', mood: 10, energy: 5, anxiety: 5, sleepHours: 24 }),
      entry({ id: 'c', energy: null, anxiety: null, sleepHours: null, emotions: [], tags: [], attended: [], note: '', updatedAt: '2026-11-24T00:00:00.000Z' }),
    ];
    expect(validateJournal({ ...emptyJournal(), entries: edges }).data.entries).toEqual(edges);
  });
});

describe('declaredVersion', () => {
  it.each([
    [[], 0],
    [{}, 0],
    [{ schemaVersion: 1 }, 1],
    [{ schemaVersion: 7 }, 7],
  ])('%j → %i', (raw, v) => expect(declaredVersion(raw)).toBe(v));
});

describe('serializeJournal', () => {
  const tricky = [
    'emoji 🙂👩‍👩‍👧🏳️‍🌈 and flags 🇨🇦',
    'lines\nand more lines\r\nand a tab\there',
    'quotes " \' ` and backslashes \\ \\n (literal)',
    'unicode: ä ö ü ß é ñ 中文 日本語 한국어 עברית العربية',
    'combining e\u0301 vs é, ZWJ \u200d, RLO \u202e, BOM \ufeff',
    'control bytes \u0000 \u0007 \u001b[31mred\u001b[0m \u007f \u0085',
    'lone surrogate? no: 𝄞 (astral)',
    '\u2028 line and paragraph \u2029 separators',
    'x'.repeat(1_000_000) + '🙂\n'.repeat(10_000),
    '',
    ' leading and trailing spaces ',
  ];

  it('round-trips every entry exactly (unicode, emoji, newlines, very long notes)', () => {
    const data: JournalData = {
      ...emptyJournal(),
      entries: tricky.map((note, i) => entry({ id: `e${i}`, note, tags: [note.slice(0, 20) || 'empty'], emotions: [note.slice(0, 5) || 'x'] })),
      saved: ['nami-connection'],
      mine: [{ id: 'my-circle', name: 'Tuesday 🙂 circle', when: 'Tue 7pm', where: null, notes: 'line1\nline2', createdAt: '2026-11-01T00:00:00.000Z' }],
      config: { country: 'UK' },
    };
    const text = serializeJournal(data);
    expect(JSON.parse(text)).toEqual(data);
    expect(validateJournal(JSON.parse(text)).data).toEqual(data);
    // serialising the result again gives the same bytes (no-op saves can be detected)
    expect(serializeJournal(validateJournal(JSON.parse(text)).data)).toBe(text);
    for (const note of tricky) expect(validateJournal(JSON.parse(text)).data.entries.some((e) => e.note === note)).toBe(true);
  });

  it('writes one entry per line and ends with a newline', () => {
    const data: JournalData = { ...emptyJournal(), entries: [entry({ id: 'a', note: 'x\ny' }), entry({ id: 'b' })] };
    const text = serializeJournal(data);
    expect(text.endsWith('}\n')).toBe(true);
    const lines = text.split('\n');
    expect(lines).toHaveLength(5); // head, a, b, ]}, ''
    expect(JSON.parse(lines[1]!.replace(/,$/, ''))).toEqual(entry({ id: 'a', note: 'x\ny' }));
    expect(lines[0]).toContain('"schemaVersion":1');
  });

  it('an empty journal is valid JSON too', () => {
    const text = serializeJournal(emptyJournal());
    expect(JSON.parse(text)).toEqual(emptyJournal());
    expect(text).toBe('{"schemaVersion":1,"saved":[],"mine":[],"config":{},"entries":[]}\n');
  });
});
