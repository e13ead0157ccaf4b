/** Questionnaire results in the journal file: validated on read, saved under the lock, bytes unchanged when absent. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyJournal } from '../../src/core/entry.js';
import { JournalShapeError, serializeJournal, validateJournal } from '../../src/core/journal-schema.js';
import { makeResult } from '../../src/core/questionnaires/score.js';
import { JournalStore } from '../../src/store/journal.js';
import { saveQuestionnaireResult } from '../../src/store/questionnaires.js';
import { useTempDataDirs } from '../e2e/helpers.js';
import { FHIRPATH_PHQ9 } from '../fixtures/phq9-fhirpath.js';

const dataDir = useTempDataDirs();

const AT = '2026-11-20T09:00:00.000-05:00';
const phq9 = makeResult('phq9', { id: 'kq1abc', at: AT, answers: [...FHIRPATH_PHQ9.answers], difficulty: 0 });

describe('questionnaires in the journal schema', () => {
  it('a journal without them reads back without the key (old files unchanged)', () => {
    const { data } = validateJournal(JSON.parse(serializeJournal(emptyJournal())));
    expect('questionnaires' in data).toBe(false);
  });

  it('keeps valid results exactly', () => {
    const raw = { ...emptyJournal(), questionnaires: [phq9] };
    expect(validateJournal(JSON.parse(JSON.stringify(raw))).data.questionnaires).toEqual([phq9]);
  });

  it.each([
    [{ questionnaires: {} }, /"questionnaires" is not a list/],
    [{ questionnaires: [{ ...phq9, total: 3 }] }, /questionnaire result 1 \(kq1abc\) has a total/],
    [{ questionnaires: [phq9, phq9] }, /share the id kq1abc/],
  ])('refuses a damaged list (%#)', (extra, why) => {
    expect(() => validateJournal({ ...emptyJournal(), ...extra })).toThrow(JournalShapeError);
    expect(() => validateJournal({ ...emptyJournal(), ...extra })).toThrow(why);
  });
});

describe('saveQuestionnaireResult', () => {
  it('appends a scored result with a fresh id and returns the previous one of the same kind', async () => {
    const dir = dataDir();
    const store = new JournalStore({ dataDir: dir });
    const first = await saveQuestionnaireResult(store, 'phq9', { at: AT, answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(first.previous).toBeUndefined();
    expect(first.result).toMatchObject({ kind: 'phq9', total: 0, band: 'minimal', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] });
    await saveQuestionnaireResult(store, 'gad2', { at: AT, answers: [2, 1] });
    const second = await saveQuestionnaireResult(store, 'phq9', { at: '2026-11-27T09:00:00.000-05:00', answers: [...FHIRPATH_PHQ9.answers], difficulty: 1 });
    expect(second.previous).toEqual(first.result);
    expect(second.result).toMatchObject({ total: 15, band: 'moderately severe', difficulty: 1 });
    expect(second.result.id).not.toBe(first.result.id);

    const onDisk = JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8'));
    expect(onDisk.questionnaires.map((r: { kind: string; total: number }) => [r.kind, r.total])).toEqual([
      ['phq9', 0],
      ['gad2', 3],
      ['phq9', 15],
    ]);
    expect(onDisk.questionnaires[2]).toEqual(second.result);
  });

  it('keeps the entries and settings already in the journal', async () => {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const before = { ...emptyJournal(), saved: ['nami-connection'], config: { country: 'US' } };
    writeFileSync(join(dir, 'journal.json'), serializeJournal(before), { mode: 0o600 });
    const store = new JournalStore({ dataDir: dir });
    await saveQuestionnaireResult(store, 'gad7', { at: AT, answers: [1, 1, 1, 1, 1, 1, 1] });
    const data = await new JournalStore({ dataDir: dir }).read();
    expect(data.saved).toEqual(['nami-connection']);
    expect(data.config).toEqual({ country: 'US' });
    expect(data.questionnaires).toHaveLength(1);
  });
});
