import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { emptyJournal, type Entry, type JournalData } from '../../src/core/entry.js';
import { PeerpathError } from '../../src/core/errors.js';
import { applyImport, planImport, ImportFormatError } from '../../src/core/import/common.js';
import { parseJsonImport, topLevelElementLines } from '../../src/core/import/json.js';
import {
  parseDaylio, parseMoodMap, UnknownMoodError, parseDaylioTime, parseDaylioDate, decodeEntities, daylioNoteToText,
} from '../../src/core/import/daylio.js';
import { detectFormat } from '../../src/core/import/detect.js';
import { exportJson } from '../../src/core/export/json.js';
import { entryArbitrary } from '../fixtures/arbitraries.js';
import { fixtureEntries, NOW } from '../fixtures/entries.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const utc = () => '+00:00';
const journalWith = (entries: Entry[]): JournalData => ({ ...emptyJournal(), entries });

describe('json import', () => {
  it('reads back an export and merges by id', () => {
    const entries = fixtureEntries();
    const text = exportJson({ entries, saved: ['nami-connection'], mine: [], period: { from: null, to: null, label: 'everything' }, now: NOW, includePrivate: true, notes: true }).content;
    const parsed = parseJsonImport(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual(entries);
    const plan = planImport(parsed, journalWith(entries.slice(0, 10)));
    expect(plan.added).toHaveLength(entries.length - 10);
    expect(plan.skipped).toBe(10);
    expect(plan.savedAdded).toEqual(['nami-connection']);
    const merged = applyImport(journalWith(entries.slice(0, 10)), plan);
    expect(merged.entries).toHaveLength(entries.length);
    // importing again adds nothing
    const again = planImport(parsed, merged);
    expect(again.added).toEqual([]);
    expect(again.skipped).toBe(entries.length);
  });

  it('reports bad entries with the line they start on', () => {
    const good = fixtureEntries()[0]!;
    const doc = { schemaVersion: 1, exportedAt: NOW.toISOString(), entries: [good, { ...good, id: 'x2', mood: 11 }, { ...good, id: 'x3', at: '2026-11-01 09:00' }, { ...good, id: 'x4', extra: 1 }] };
    const text = JSON.stringify(doc, null, 2);
    const parsed = parseJsonImport(text);
    expect(parsed.entries.map((e) => e.id)).toEqual([good.id]);
    const lines = text.split('\n');
    expect(parsed.errors.map((e) => e.message)).toEqual([
      'entry 2 (x2) has a mood that is not a whole number from 1 to 10',
      'entry 3 (x3) has an "at" that is not an ISO date-time with an offset',
      'entry 4 has unknown field "extra"',
    ]);
    for (const err of parsed.errors) expect(lines[err.line! - 1]!.trim()).toBe('{');
    expect(lines.slice(parsed.errors[0]!.line!, parsed.errors[0]!.line! + 20).join('\n')).toContain('"id": "x2"');
  });

  it('refuses what is not a peerpath export, or is newer', () => {
    expect(() => parseJsonImport('not json')).toThrow(ImportFormatError);
    expect(() => parseJsonImport('[]')).toThrow(/not a peerpath export/);
    expect(() => parseJsonImport('{"entries":[]}')).toThrow(/schemaVersion/);
    expect(() => parseJsonImport('{"schemaVersion":99,"entries":[]}')).toThrow(/newer peerpath/);
    expect(() => parseJsonImport('{"schemaVersion":1}')).toThrow(/no "entries"/);
    try {
      parseJsonImport('{');
    } catch (err) {
      expect((err as PeerpathError).exitCode).toBe(2);
    }
  });

  it('normalises tags and reports duplicate ids in the file', () => {
    const good = { ...fixtureEntries()[0]!, tags: [' Walk', 'walk', 'Nature  Trail'] };
    const parsed = parseJsonImport(JSON.stringify({ schemaVersion: 1, entries: [good, good] }));
    expect(parsed.entries[0]!.tags).toEqual(['walk', 'nature trail']);
    expect(parsed.duplicates).toBe(1);
  });

  it('finds element lines with strings that contain brackets', () => {
    const text = '{\n "x": "[entries",\n "entries": [\n  {"a": "]},{"},\n  {"b": 1}\n ]\n}';
    expect(topLevelElementLines(text, 'entries')).toEqual([4, 5]);
    const escaped = '{"entries": [\n{"note": "a \\" ] } [ \\\\"},\n"x\\\\",\n3]}';
    expect(JSON.parse(escaped).entries).toHaveLength(3);
    expect(topLevelElementLines(escaped, 'entries')).toEqual([2, 3, 4]);
  });

  it('property: export json → import gives back the same journal', () => {
    const journal = fc.uniqueArray(entryArbitrary, { selector: (e) => e.id, maxLength: 15 });
    fc.assert(
      fc.property(journal, fc.uniqueArray(fc.stringMatching(/^[a-z][a-z-]{0,12}$/), { maxLength: 3 }), (entries, saved) => {
        const text = exportJson({ entries, saved, mine: [], period: { from: null, to: null, label: 'everything' }, now: NOW, includePrivate: true, notes: true }).content;
        const parsed = parseJsonImport(text);
        expect(parsed.errors).toEqual([]);
        const restored = applyImport(emptyJournal(), planImport(parsed, emptyJournal()));
        expect(restored.entries).toEqual(entries);
        expect(restored.saved).toEqual(saved);
        // byte-for-byte: the same export again
        expect(exportJson({ entries: restored.entries, saved: restored.saved, mine: [], period: { from: null, to: null, label: 'everything' }, now: NOW, includePrivate: true, notes: true }).content).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('daylio import', () => {
  it('reads the 7-column layout: year + date, 12-hour times, <br>, entities, quotes', () => {
    const r = parseDaylio(fixture('daylio-7.csv'), { now: NOW, offsetFor: utc });
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.at, e.mood, e.tags, e.note])).toEqual([
      ['2018-05-18T23:54:00.000+00:00', 10, ['clean', 'cook', 'music'], 'Went to a party & danced\nhome by 1'],
      ['2018-05-17T22:21:00.000+00:00', 5, ['cook', 'stressed'], ''],
      ['2018-05-16T00:05:00.000+00:00', 1, [], '"Did nothing" today.'],
    ]);
  });

  it('reads the 8-column layout with a BOM, CRLF, note titles and a multi-line note', () => {
    const r = parseDaylio(fixture('daylio-8.csv'), { now: NOW, offsetFor: () => '+02:00' });
    expect(r.errors).toEqual([]);
    expect(r.entries[0]).toMatchObject({
      at: '2021-09-28T22:00:00.000+02:00', mood: 8, tags: ['walk', 'music', 'movies / tv'],
      note: 'Title\n\nLine one\nLine "two" — <3', recordedAt: NOW.toISOString(), private: false,
    });
    expect(r.entries[1]).toMatchObject({ at: '2021-09-27T07:05:00.000+02:00', mood: 3, tags: ['bad sleep'] });
    expect(r.entries[2]).toMatchObject({ at: '2021-09-26T12:30:00.000+02:00', note: 'multi\nline raw note' });
  });

  it('asks for levels of renamed moods, then takes --mood-map', () => {
    const text = fixture('daylio-9-renamed.csv');
    let err: unknown;
    try {
      parseDaylio(text, { now: NOW, offsetFor: utc });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnknownMoodError);
    const u = err as UnknownMoodError;
    expect(u.exitCode).toBe(2);
    expect(u.moods).toEqual([{ name: 'great', line: 2, rows: 2 }, { name: 'okay-ish', line: 3, rows: 1 }]);
    expect(u.message).toContain('"great" (2 rows), "okay-ish" (1 row)');
    // A form to fill in, never suggested numbers.
    expect(u.hint).toContain('--mood-map "great=?,okay-ish=?"');
    expect(u.hint).not.toMatch(/=\d/);
    expect(() => parseMoodMap('great=?,okay-ish=6')).toThrow(/still has a \?/);
    const r = parseDaylio(text, { now: NOW, offsetFor: utc, moodMap: parseMoodMap('Great=9, okay-ish=6') });
    expect(r.entries.map((e) => e.mood)).toEqual([9, 6, 9]);
    expect(r.entries[0]!.tags).toEqual(['group', 'walk']);
  });

  it('gives the same ids on every import, so the same file twice adds nothing', () => {
    const a = parseDaylio(fixture('daylio-8.csv'), { now: NOW, offsetFor: utc });
    const b = parseDaylio(fixture('daylio-8.csv'), { now: new Date('2027-01-01T00:00:00Z'), offsetFor: () => '+05:00' });
    expect(a.entries.map((e) => e.id)).toEqual(b.entries.map((e) => e.id));
    expect(new Set(a.entries.map((e) => e.id)).size).toBe(3);
    const journal = applyImport(emptyJournal(), planImport(a, emptyJournal()));
    expect(planImport(b, journal)).toMatchObject({ added: [], skipped: 3 });
  });

  it('reports bad rows with line numbers and keeps the good ones', () => {
    const text = 'full_date,time,mood,note\n2024-02-30,10:00,good,x\n2024-02-01,25:00,good,\n2024-02-02,9:00 pm,,\n2024-02-03,9:00 pm,good,"fine"\n2099-01-01,10:00,good,\n';
    const r = parseDaylio(text, { now: NOW, offsetFor: utc });
    expect(r.entries.map((e) => e.note)).toEqual(['fine']);
    expect(r.errors).toEqual([
      { line: 2, message: 'the date "2024-02-30" is not a date' },
      { line: 3, message: 'the time "25:00" is not a time' },
      { line: 4, message: 'the mood is empty' },
      { line: 6, message: '2099-01-01 10:00 is in the future' },
    ]);
  });

  it('refuses files that are not Daylio exports', () => {
    expect(() => parseDaylio('', { now: NOW })).toThrow(ImportFormatError);
    expect(() => parseDaylio('a,b,c\n1,2,3\n', { now: NOW })).toThrow(/does not look like a Daylio export/);
    expect(() => parseDaylio('full_date,time,mood\n"2024-01-01,10:00,good\n', { now: NOW })).toThrow(/never closed/);
  });

  it('parses times, dates, entities and notes', () => {
    expect(parseDaylioTime('12:05 am')).toEqual([0, 5]);
    expect(parseDaylioTime('12:05 PM')).toEqual([12, 5]);
    expect(parseDaylioTime('9:37 p.m.')).toEqual([21, 37]);
    expect(parseDaylioTime('21:37')).toEqual([21, 37]);
    expect(parseDaylioTime('13:00 pm')).toBeNull();
    expect(parseDaylioTime('noon')).toBeNull();
    expect(parseDaylioDate(undefined, '2018', 'May 6')).toBe('2018-05-06');
    expect(parseDaylioDate(undefined, '2018', '6 September')).toBe('2018-09-06');
    expect(parseDaylioDate('2021-9-8', undefined, undefined)).toBe('2021-09-08');
    expect(parseDaylioDate(undefined, '2019', '29 Feb')).toBeNull();
    expect(decodeEntities('&lt;b&gt; &amp;amp; &#39;x&#x27; &bogus; &#xD800;')).toBe("<b> &amp; 'x' &bogus; &#xD800;");
    expect(daylioNoteToText('<b>Hi</b><br>you<ul><li>one</li><li>two</li></ul>')).toBe('Hi\nyou- one\n- two');
  });

  it('parses --mood-map strictly', () => {
    expect(parseMoodMap('rad=10,Good = 8')).toEqual({ rad: 10, good: 8 });
    expect(() => parseMoodMap('rad=11')).toThrow(/--mood-map/);
    expect(() => parseMoodMap('rad')).toThrow(PeerpathError);
    expect(() => parseMoodMap(',')).toThrow(/empty/);
  });

  it('property: never throws anything but the documented errors', () => {
    const header = fc.constantFrom(
      'year,date,weekday,time,mood,activities,note\n',
      'full_date,date,weekday,time,mood,activities,note_title,note\n',
      'full_date,date,weekday,time,mood,activities,note_title,note,scales\n',
      '\ufefffull_date,time,mood\n',
      '',
    );
    const chunk = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '|', '<', '>', '&', '#', ';', '1', ':', '-', 'p', 'm'), maxLength: 60 }),
      fc.tuple(fc.constantFrom('2024-01-0', '2018,', '9999-12-3', ''), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
      fc.constantFrom('2021-09-28,28 September,Tuesday,10:00 pm,good,"a | b","","x<br>y"\n', '2018,18 May,Friday,11:54 pm,rad,"",""\n'),
    );
    fc.assert(
      fc.property(header, fc.array(chunk, { maxLength: 6 }), fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 10 }))), (h, body, map) => {
        try {
          const r = parseDaylio(h + body.join(''), { now: NOW, ...(map ? { moodMap: map } : {}) });
          for (const e of r.entries) {
            expect(e.mood).toBeGreaterThanOrEqual(1);
            expect(e.mood).toBeLessThanOrEqual(10);
            expect(Number.isNaN(Date.parse(e.at))).toBe(false);
          }
          for (const err of r.errors) expect(err.line).toBeGreaterThan(1);
        } catch (err) {
          expect(err instanceof ImportFormatError || err instanceof UnknownMoodError).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('detectFormat', () => {
  it('tells json from daylio, and says when it cannot', () => {
    expect(detectFormat('\ufeff  {"schemaVersion":1}')).toBe('json');
    expect(detectFormat(fixture('daylio-7.csv'))).toBe('daylio');
    expect(detectFormat(fixture('daylio-8.csv'))).toBe('daylio');
    expect(detectFormat(fixture('daylio-9-renamed.csv'))).toBe('daylio');
    expect(detectFormat('"full_date","time","mood"\r\n')).toBe('daylio');
    expect(detectFormat('name,age\n')).toBeNull();
    expect(detectFormat('')).toBeNull();
  });
});
