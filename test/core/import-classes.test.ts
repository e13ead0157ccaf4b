/**
 * The classes of failure found when importing real-world Daylio exports (issue 13), each with a
 * small synthetic fixture of the same shape, and the json export as a full backup.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv.js';
import { emptyJournal, type Entry, type JournalData, type OwnProgram } from '../../src/core/entry.js';
import { exportHtml } from '../../src/core/export/html.js';
import { exportJson, otherJournalKeys } from '../../src/core/export/json.js';
import { applyImport, ImportFormatError, planChangesJournal, planImport, previewEntries } from '../../src/core/import/common.js';
import { daylioId, parseDaylio, parseMoodMap } from '../../src/core/import/daylio.js';
import { describeUnknownFile, detectFormat } from '../../src/core/import/detect.js';
import { parseJsonImport } from '../../src/core/import/json.js';
import { readDayMonth } from '../../src/core/import/months.js';
import { importReport } from '../../src/core/import/report.js';
import { allPeriod, clampToEntries, elsewhereMessage, entryDayRange } from '../../src/core/journal-range.js';
import { validateJournal } from '../../src/core/journal-schema.js';
import { addDayKey } from '../../src/core/dates.js';
import { resolvePeriod } from '../../src/core/period.js';
import { entryArbitrary } from '../fixtures/arbitraries.js';
import { NOW } from '../fixtures/entries.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const utc = () => '+00:00';
const journalWith = (entries: Entry[]): JournalData => ({ ...emptyJournal(), entries });
const EVERYTHING = { from: null, to: null, label: 'everything' };

describe('1. every row becomes an entry unless equal to another in every field', () => {
  const text = fixture('daylio-same-minute.csv');

  it('keeps rows that differ only in activities; drops only exact repeats', () => {
    const r = parseDaylio(text, { now: NOW, offsetFor: utc });
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(5);
    expect(r.duplicates).toBe(1);
    expect(r.entries.map((e) => [e.at, e.tags, e.note])).toEqual([
      ['2022-03-05T20:15:00.000+00:00', ['walk', 'friends'], 'Dinner out'],
      ['2022-03-05T20:15:00.000+00:00', ['walk', 'reading'], 'Dinner out'],
      ['2022-03-05T20:15:00.000+00:00', [], 'Dinner out'],
      ['2022-03-04T08:00:00.000+00:00', ['work'], ''],
    ]);
    expect(new Set(r.entries.map((e) => e.id)).size).toBe(4);
  });

  it('keeps the ids earlier imports gave, so re-importing adds just the rows that were lost', () => {
    const r = parseDaylio(text, { now: NOW, offsetFor: utc });
    // The first row of a minute keeps the id the earlier scheme gave it.
    expect(r.entries[0]!.id).toBe(daylioId('2022-03-05', 20, 15, 'good', 'Dinner out'));
    expect(r.entries[3]!.id).toBe(daylioId('2022-03-04', 8, 0, 'meh', ''));
    // A journal imported with the earlier scheme holds the first and the last row only.
    const before = journalWith([r.entries[0]!, r.entries[3]!]);
    const plan = planImport(r, before);
    expect(plan.added.map((e) => e.tags)).toEqual([['walk', 'reading'], []]);
    expect(plan).toMatchObject({ skipped: 2, differing: 0 });
    // The same file again, any day, in any time zone: nothing new.
    const after = applyImport(before, plan);
    const again = parseDaylio(text, { now: new Date('2027-06-01T00:00:00Z'), offsetFor: () => '+09:00' });
    expect(again.entries.map((e) => e.id)).toEqual(r.entries.map((e) => e.id));
    expect(planImport(again, after)).toMatchObject({ added: [], skipped: 4, differing: 0 });
  });
});

describe('2. a clean re-import finds nothing different; --mood-map can correct levels', () => {
  it('compares what the file says, not when it was imported or the offset of the machine', () => {
    const first = parseDaylio(fixture('daylio-8.csv'), { now: NOW, offsetFor: utc });
    const journal = applyImport(emptyJournal(), planImport(first, emptyJournal()));
    const later = parseDaylio(fixture('daylio-8.csv'), { now: new Date('2027-03-01T10:00:00Z'), offsetFor: () => '-05:00' });
    expect(later.entries[0]!.recordedAt).not.toBe(journal.entries[0]!.recordedAt);
    const plan = planImport(later, journal, { now: new Date('2027-03-01T10:00:00Z') });
    expect(plan).toMatchObject({ added: [], skipped: 3, differing: 0, corrected: [], moodOnly: 0 });
    expect(planChangesJournal(plan)).toBe(false);
    // An entry edited here since (a note added) does differ, and is kept as it is.
    journal.entries[1] = { ...journal.entries[1]!, note: 'slept badly', updatedAt: NOW.toISOString() };
    expect(planImport(later, journal)).toMatchObject({ differing: 1, corrected: [] });
  });

  it('sets levels again only for moods named in --mood-map, marking the entries updated', () => {
    const text = fixture('daylio-9-renamed.csv');
    const first = parseDaylio(text, { now: NOW, offsetFor: utc, moodMap: parseMoodMap('great=9,okay-ish=6') });
    const journal = applyImport(emptyJournal(), planImport(first, emptyJournal()));
    const later = new Date('2027-01-05T08:00:00Z');
    const second = parseDaylio(text, { now: later, offsetFor: utc, moodMap: parseMoodMap('great=7,okay-ish=6') });
    const plan = planImport(second, journal, { now: later });
    expect(plan.corrected.map((e) => [e.mood, e.updatedAt])).toEqual([[7, later.toISOString()], [7, later.toISOString()]]);
    expect(plan).toMatchObject({ added: [], skipped: 3, differing: 0 });
    const fixed = applyImport(journal, plan);
    expect(fixed.entries.map((e) => e.mood)).toEqual([7, 6, 7]);
    expect(fixed.entries.map((e) => e.id)).toEqual(journal.entries.map((e) => e.id));
    // An entry whose level was changed here is set again only when --mood-map names its mood.
    const edited = journalWith([{ ...journal.entries[0]!, mood: 2 }, ...journal.entries.slice(1)]);
    const p3 = planImport(parseDaylio(text, { now: later, offsetFor: utc, moodMap: parseMoodMap('great=9,okay-ish=6') }), edited, { now: later });
    expect(p3.corrected.map((e) => e.mood)).toEqual([9]);
    const defaults = parseDaylio(fixture('daylio-8.csv'), { now: NOW, offsetFor: utc });
    const j8 = applyImport(emptyJournal(), planImport(defaults, emptyJournal()));
    j8.entries[0] = { ...j8.entries[0]!, mood: 2 };
    expect(planImport(defaults, j8)).toMatchObject({ corrected: [], moodOnly: 1, differing: 1 });
  });
});

describe('3. month names in the languages phones use', () => {
  it('reads the old year,date layout in Polish, Spanish, German, French, Portuguese, Italian and Dutch', () => {
    const moodMap = parseMoodMap('dobry=8,bien=8,gut=8,bem=8,bene=8,goed=8');
    const r = parseDaylio(fixture('daylio-localized.csv'), { now: NOW, offsetFor: utc, moodMap });
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.at.slice(0, 10))).toEqual([
      '2018-09-07', '2018-10-16', '2018-03-03', '2018-02-01', '2018-03-21', '2018-12-12', '2018-05-05', '2018-11-15', '2018-08-02',
    ]);
  });

  it.each([
    ['7 września', 9, 7], ['7 wrzesień', 9, 7], ['7 WRZESNIA', 9, 7], ['16 de octubre', 10, 16], ['3. März', 3, 3], ['3 Maerz', 3, 3],
    ['1er janvier', 1, 1], ['2 févr.', 2, 2], ['4 août', 8, 4], ['21 de março', 3, 21], ['12 dicembre', 12, 12], ['5 mei', 5, 5],
    ['15 listopada', 11, 15], ['9 Jänner', 1, 9], ['30 septiembre', 9, 30], ['May 18', 5, 18], ['Sept 3', 9, 3], ['3 Mar', 3, 3],
    ['15 листопада', 11, 15], ['8 марта', 3, 8], ['5月18日', 5, 18], ['28 říjen', 10, 28],
  ])('%s', (text, month, day) => {
    expect(readDayMonth(text)).toEqual({ month, day });
  });

  it('reports a month it cannot read once, with the count, not once per row', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `2018,${i + 1} xyzember,x,10:00,good,"",""`);
    const text = ['year,date,weekday,time,mood,activities,note', ...rows, '2018,31 Dec,x,25:00,good,"",""', ''].join('\n');
    const r = parseDaylio(text, { now: NOW, offsetFor: utc });
    expect(r.invalidRows).toBe(31);
    expect(r.errors).toEqual([
      { line: 2, rows: 30, message: 'the date "2018 1 xyzember" has a month name peerpath does not know ("xyzember") (30 rows like this, lines 2–31)' },
      { line: 32, message: 'the time "25:00" is not a time' },
    ]);
  });
});

describe('4. a Daylio file without its header row', () => {
  it('is read by position with --format daylio (8 and 7 columns)', () => {
    const withHeader = parseDaylio(fixture('daylio-8.csv'), { now: NOW, offsetFor: utc });
    const r8 = parseDaylio(fixture('daylio-headerless-8.csv'), { now: NOW, offsetFor: utc });
    expect(r8.errors).toEqual([]);
    expect(r8.entries.map((e) => [e.at, e.mood, e.tags, e.note])).toEqual([
      ['2021-09-28T22:00:00.000+00:00', 8, ['walk', 'music'], 'Title\n\nLine one'],
      ['2021-09-27T07:05:00.000+00:00', 3, ['bad sleep'], ''],
      ['2021-09-26T12:30:00.000+00:00', 5, [], 'quiet day'],
    ]);
    expect(r8.entries[1]!.id).toBe(withHeader.entries[1]!.id);
    const r7 = parseDaylio(fixture('daylio-headerless-7.csv'), { now: NOW, offsetFor: utc });
    expect(r7.entries.map((e) => [e.at.slice(0, 16), e.mood, e.tags, e.note])).toEqual([
      ['2019-01-02T21:00', 10, ['friends'], 'had fun'],
      ['2019-01-01T11:00', 1, [], ''],
    ]);
  });

  it('without --format: says what it looks like and what to pass', () => {
    const text = fixture('daylio-headerless-8.csv');
    expect(detectFormat(text)).toBeNull();
    expect(describeUnknownFile(text)).toMatch(/Daylio export without its header row.*--format daylio/);
    expect(describeUnknownFile('name,age\nann,3\n')).toMatch(/--format json .*--format daylio/);
    expect(describeUnknownFile('[1,2]')).toMatch(/JSON list/);
    expect(() => parseDaylio('2021-09-28,x,y\n', { now: NOW })).toThrow(ImportFormatError);
  });
});

describe('6 and 7. reports fit the data', () => {
  // 77 check-ins spread over 2018.
  const year: Entry[] = Array.from({ length: 77 }, (_, i) => ({
    id: `y${i}`, at: `${addDayKey('2018-01-03', Math.floor((i * 359) / 76))}T20:00:00.000+01:00`, recordedAt: NOW.toISOString(),
    mood: 1 + (i % 10), energy: null, anxiety: null, sleepHours: null, emotions: [], tags: i % 2 ? ['walk'] : [], note: `day ${i}`,
    attended: [], private: false, updatedAt: null,
  }));

  it('knows the journal range, --all and the words for an empty period', () => {
    const range = entryDayRange(year);
    expect(range).toEqual({ first: '2018-01-03', last: '2018-12-28', count: 77 });
    expect(allPeriod(year)).toEqual({ from: '2018-01-03', to: '2018-12-28', label: 'all check-ins, 2018-01-03 to 2018-12-28' });
    expect(allPeriod([])).toEqual({ from: null, to: null, label: 'everything' });
    expect(clampToEntries({ from: '1926-12-02', to: '2026-12-01' }, range)).toEqual({ from: '2018-01-03', to: '2018-12-28' });
    expect(clampToEntries({ from: '2026-11-02', to: '2026-12-01' }, range)).toBeNull();
    expect(elsewhereMessage(range, 'last 30 days', '`peerpath stats --all` shows them')).toBe(
      'No check-ins in this period (last 30 days). Your journal has 77 check-ins, from 2018-01-03 to 2018-12-28: `peerpath stats --all` shows them.',
    );
    expect(elsewhereMessage(null, 'last 30 days', 'x')).toBeNull();
  });

  it('an html report over a century shows only the months with the journal in them', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const base = { entries: year, now, includePrivate: false, notes: true };
    const century = exportHtml({ ...base, period: resolvePeriod({ last: '100y' }, now, '30d') });
    const all = exportHtml({ ...base, period: allPeriod(year) });
    const months = (html: string) => html.split('<table class="month">').length - 1;
    expect(century.count).toBe(77);
    expect(months(century.content)).toBe(12);
    expect(months(all.content)).toBe(12);
    // The size of `export --format html --all` for 77 entries over a year (reported in the README).
    expect(all.content.length).toBeLessThan(120_000);
  });

  it("the import's closing lines give the count, the days, and what to run to see them", () => {
    const plan = planImport({ entries: year, saved: [], mine: [] }, emptyJournal());
    const parsed = { duplicates: 1, invalidRows: 0 };
    expect(importReport({ file: 'daylio.csv', dryRun: false, parsed, plan })).toEqual([
      'Imported from daylio.csv: 77 new entries (2018-01-03 to 2018-12-28), 1 row repeated exactly in the file.',
      'See them with `peerpath journal --from 2018-01-03 --to 2018-12-28`, or `peerpath stats --all`.',
    ]);
    expect(importReport({ file: 'daylio.csv', dryRun: true, parsed, plan })).toEqual([
      'Dry run: importing daylio.csv would add 77 new entries (2018-01-03 to 2018-12-28), 1 row repeated exactly in the file. Nothing was changed.',
    ]);
    const again = planImport({ entries: year, saved: [], mine: [] }, journalWith(year));
    expect(importReport({ file: 'daylio.csv', dryRun: false, parsed: { duplicates: 0, invalidRows: 0 }, plan: again })).toEqual([
      'Nothing new in daylio.csv: 77 already in your journal. Your journal was not changed.',
    ]);
  });

  it('a dry run summarises: count, range, the first and last few', () => {
    const p = previewEntries([...year].reverse(), 3);
    expect(p.count).toBe(77);
    expect(p.range).toMatchObject({ first: '2018-01-03', last: '2018-12-28' });
    expect(p.first.map((e) => e.id)).toEqual(['y0', 'y1', 'y2']);
    expect(p.last.map((e) => e.id)).toEqual(['y74', 'y75', 'y76']);
    expect(p.between).toBe(71);
    expect(previewEntries(year.slice(0, 5), 3)).toMatchObject({ count: 5, between: 0, last: [] });
  });
});

describe('8. CR CR LF line ends', () => {
  it('count as one line end, so line numbers in messages are right', () => {
    const text = ['full_date,time,mood,note', '2024-02-01,10:00,good,"a', 'b"', '2024-02-30,10:00,good,', '2024-02-02,11:00,meh,'].join('\r\r\n') + '\r\r\n';
    expect(parseCsv(text).map((r) => r.line)).toEqual([1, 2, 4, 5]);
    const r = parseDaylio(text, { now: NOW, offsetFor: utc });
    expect(r.errors).toEqual([{ line: 4, message: 'the date "2024-02-30" is not a date' }]);
    expect(r.entries.map((e) => e.note)).toEqual(['a\nb', '']);
  });
});

describe('the json export is a full backup', () => {
  const own: OwnProgram = { id: 'my-walk', name: 'Walking group', when: 'Sat 10:00', where: null, notes: null, createdAt: '2026-01-01T00:00:00.000Z' };

  it('carries settings, saved programs, own groups and every other journal key; import restores them', () => {
    const journal = {
      ...emptyJournal(),
      entries: [{ ...year0(), private: true }],
      saved: ['nami-connection'],
      mine: [own],
      config: { country: 'DE', remind: '21:00' },
      plan: { warningSigns: ['not sleeping'], copingAlone: [], distractions: [], people: [{ name: 'Sam', contact: '555' }], professionals: [], saferSpace: [], reasons: ['my cat'] },
      questionnaires: [{ id: 'q1', kind: 'phq2', at: '2026-11-20T09:00:00.000+01:00', answers: [1, 0], total: 1, band: 'negative' }],
    } as JournalData;
    const text = exportJson({ entries: journal.entries, saved: journal.saved, mine: journal.mine, other: otherJournalKeys(journal), period: EVERYTHING, now: NOW, includePrivate: true, notes: true }).content;
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'exportedAt', 'app', 'period', 'includesPrivate', 'notes', 'entries', 'saved', 'mine', 'config', 'plan', 'questionnaires']);
    const restored = applyImport(emptyJournal(), planImport(parseJsonImport(text), emptyJournal()));
    expect(restored).toEqual(journal);
  });

  it('merges into a journal that has its own: adds what is missing, keeps what is set', () => {
    const q1 = { id: 'q1', kind: 'phq2', at: '2026-11-20T09:00:00.000+01:00', answers: [1, 0], total: 1, band: 'negative' };
    const q2 = { id: 'q2', kind: 'phq2', at: '2026-11-27T09:00:00.000+01:00', answers: [2, 2], total: 4, band: 'positive' };
    const file = parseJsonImport(JSON.stringify({
      schemaVersion: 1, entries: [], config: { country: 'DE', remind: '21:00' },
      questionnaires: [q1, q2], plan: { reasons: ['my cat'], warningSigns: ['x'] },
    }));
    const mine = { ...emptyJournal(), config: { country: 'US' }, questionnaires: [q1], plan: { reasons: [], warningSigns: ['y'] } } as unknown as JournalData;
    const plan = planImport(file, mine);
    expect(plan.otherChanged).toEqual({
      config: { country: 'US', remind: '21:00' },
      questionnaires: [q1, q2],
      plan: { reasons: ['my cat'], warningSigns: ['y'] },
    });
    expect(plan.otherKept.sort()).toEqual(['config', 'plan']);
    expect(() => planImport(parseJsonImport('{"schemaVersion":1,"entries":[],"config":[1]}'), emptyJournal())).toThrow(ImportFormatError);
    // a questionnaire result whose total is not the sum of its answers is refused, nothing imported
    const bad = JSON.stringify({ schemaVersion: 1, entries: [], questionnaires: [{ ...q2, total: 3 }] });
    expect(() => planImport(parseJsonImport(bad), emptyJournal())).toThrow(ImportFormatError);
  });

  it('property: export → import into an empty journal → export gives the same data', () => {
    const ownGroup = fc.record({
      id: fc.stringMatching(/^my-[a-z]{1,8}$/), name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
      when: fc.option(fc.string({ maxLength: 8 })), where: fc.option(fc.string({ maxLength: 8 })), notes: fc.option(fc.string({ maxLength: 8 })),
      createdAt: fc.integer({ min: 0, max: 2e12 }).map((t) => new Date(t).toISOString()),
    });
    const journal = fc.record({
      entries: fc.uniqueArray(entryArbitrary, { selector: (e) => e.id, maxLength: 8 }),
      saved: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z-]{0,10}$/), { maxLength: 3 }),
      mine: fc.uniqueArray(ownGroup, { selector: (p) => p.id, maxLength: 2 }),
      config: fc.dictionary(fc.constantFrom('country', 'remind', 'colour'), fc.string({ minLength: 1, maxLength: 6 })),
      // Keys a later peerpath may keep in the journal: carried without knowing them.
      extra: fc.dictionary(fc.constantFrom('laterList', 'laterRecord', 'laterText'), fc.json().map((j) => JSON.parse(j) as unknown)),
    }).map(({ extra, ...j }) => ({ ...emptyJournal(), ...j, ...extra }) as JournalData);
    const exportAll = (j: JournalData) =>
      exportJson({ entries: j.entries, saved: j.saved, mine: j.mine, other: otherJournalKeys(j), period: EVERYTHING, now: NOW, includePrivate: true, notes: true }).content;
    fc.assert(
      fc.property(journal, (j) => {
        const text = exportAll(j);
        const parsed = parseJsonImport(text);
        expect(parsed.errors).toEqual([]);
        const restored = applyImport(emptyJournal(), planImport(parsed, emptyJournal()));
        // What the store would keep reads back as a journal, and exports to the same bytes.
        expect(() => validateJournal(JSON.parse(JSON.stringify(restored)))).not.toThrow();
        expect(exportAll(restored)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

function year0(): Entry {
  return {
    id: 'p1', at: '2026-11-01T09:00:00.000+01:00', recordedAt: '2026-11-01T08:00:05.000Z', mood: 4, energy: 2, anxiety: 3, sleepHours: 6.5,
    emotions: ['tired'], tags: ['work'], note: 'private note', attended: ['my-walk'], private: true, updatedAt: null,
  };
}
