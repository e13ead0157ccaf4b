import { describe, expect, it } from 'vitest';
import type { QuestionnaireResult } from '../../../src/core/entry.js';
import { PeerpathError } from '../../../src/core/errors.js';
import { changeSince, lastOfKind, stalePhq9Days, summarizeQuestionnaires } from '../../../src/core/questionnaires/history.js';
import { QUESTIONNAIRES, type QuestionnaireKind } from '../../../src/core/questionnaires/items.js';
import {
  asksDifficulty,
  checkQuestionnaireResult,
  makeResult,
  needsSafetyPath,
  parseAnswers,
  parseKind,
  scoreAnswers,
} from '../../../src/core/questionnaires/score.js';
import { FHIRPATH_PHQ9 } from '../../fixtures/phq9-fhirpath.js';

/** `count` answers (0–3) that add up to `total`, highest first. */
function answersSumming(count: number, total: number): number[] {
  const out: number[] = [];
  let left = total;
  for (let i = 0; i < count; i++) {
    const a = Math.min(3, left);
    out.push(a);
    left -= a;
  }
  if (left !== 0) throw new Error(`cannot reach ${total} with ${count} answers`);
  return out;
}

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(2);
    return (err as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('scoring against an independent source', () => {
  it('the PHQ-9 response in HL7 fhirpath.js scores 15 (its stored total), "moderately severe"', () => {
    const { total, band } = scoreAnswers(QUESTIONNAIRES.phq9, FHIRPATH_PHQ9.answers);
    expect(total).toBe(FHIRPATH_PHQ9.storedTotal);
    expect(band.name).toBe('moderately severe');
    // Its item 9 answer is 2 ("More than half the days"): the safety path opens.
    expect(needsSafetyPath(QUESTIONNAIRES.phq9, FHIRPATH_PHQ9.answers)).toBe(true);
  });

  it('the same answers through --answers, with the difficulty value', () => {
    const parsed = parseAnswers(QUESTIONNAIRES.phq9, [...FHIRPATH_PHQ9.answers, FHIRPATH_PHQ9.difficulty].join(','));
    expect(parsed).toEqual({ answers: [...FHIRPATH_PHQ9.answers], difficulty: 0 });
  });
});

// The authors' cut points: PHQ-9 5/10/15/20 (Kroenke, Spitzer & Williams 2001), GAD-7 5/10/15
// (Spitzer et al. 2006), PHQ-2 and GAD-2 3 or more.
const BOUNDARIES: [QuestionnaireKind, number, string][] = [
  ['phq9', 0, 'minimal'],
  ['phq9', 4, 'minimal'],
  ['phq9', 5, 'mild'],
  ['phq9', 9, 'mild'],
  ['phq9', 10, 'moderate'],
  ['phq9', 14, 'moderate'],
  ['phq9', 15, 'moderately severe'],
  ['phq9', 19, 'moderately severe'],
  ['phq9', 20, 'severe'],
  ['phq9', 27, 'severe'],
  ['gad7', 0, 'minimal'],
  ['gad7', 4, 'minimal'],
  ['gad7', 5, 'mild'],
  ['gad7', 9, 'mild'],
  ['gad7', 10, 'moderate'],
  ['gad7', 14, 'moderate'],
  ['gad7', 15, 'severe'],
  ['gad7', 21, 'severe'],
  ['phq2', 0, 'negative'],
  ['phq2', 2, 'negative'],
  ['phq2', 3, 'positive'],
  ['phq2', 6, 'positive'],
  ['gad2', 0, 'negative'],
  ['gad2', 2, 'negative'],
  ['gad2', 3, 'positive'],
  ['gad2', 6, 'positive'],
];

describe('bands at every boundary', () => {
  it.each(BOUNDARIES)('%s total %i is %s', (kind, total, band) => {
    const def = QUESTIONNAIRES[kind];
    const answers = answersSumming(def.items.length, total);
    const scored = scoreAnswers(def, answers);
    expect(scored.total).toBe(total);
    expect(scored.band.name).toBe(band);
    expect(makeResult(kind, { id: 'kabc12', at: '2026-11-23T09:30:00.000-05:00', answers })).toMatchObject({ kind, total, band });
  });
});

describe('safety path and difficulty question', () => {
  it('opens on PHQ-9 item 9 above 0 whatever the total, never otherwise', () => {
    const nine = (last: number) => [0, 0, 0, 0, 0, 0, 0, 0, last];
    expect(needsSafetyPath(QUESTIONNAIRES.phq9, nine(1))).toBe(true);
    expect(scoreAnswers(QUESTIONNAIRES.phq9, nine(1)).band.name).toBe('minimal');
    expect(needsSafetyPath(QUESTIONNAIRES.phq9, nine(0))).toBe(false);
    expect(needsSafetyPath(QUESTIONNAIRES.phq9, [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
    expect(needsSafetyPath(QUESTIONNAIRES.gad7, [3, 3, 3, 3, 3, 3, 3])).toBe(false);
    expect(needsSafetyPath(QUESTIONNAIRES.phq2, [3, 3])).toBe(false);
  });

  it('asks the difficulty question on PHQ-9 only when the total is above 0', () => {
    expect(asksDifficulty(QUESTIONNAIRES.phq9, 0)).toBe(false);
    expect(asksDifficulty(QUESTIONNAIRES.phq9, 1)).toBe(true);
    expect(asksDifficulty(QUESTIONNAIRES.gad7, 10)).toBe(false);
  });
});

describe('parseAnswers (--answers)', () => {
  it('takes one value per item, spaces allowed', () => {
    expect(parseAnswers(QUESTIONNAIRES.gad7, '0, 1,2,3 ,0,1,2')).toEqual({ answers: [0, 1, 2, 3, 0, 1, 2] });
    expect(parseAnswers(QUESTIONNAIRES.phq2, '3,0')).toEqual({ answers: [3, 0] });
  });

  it('a wrong count is one line naming what it takes', () => {
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq9, '1,2,3'))).toBe(
      '--answers for PHQ-9 takes 9 values (or 10, the last one for the difficulty question) from 0 to 3, separated by commas (got 3).',
    );
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.gad7, '0,0,0,0,0,0,0,0'))).toBe(
      '--answers for GAD-7 takes 7 values from 0 to 3, separated by commas (got 8).',
    );
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq9, '0,0,0,0,0,0,0,0,0,0,0'))).toMatch(/\(got 11\)\.$/);
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq2, ''))).toMatch(/\(got 0\)\.$/);
  });

  it('a value outside 0–3, a non-integer or an empty value names the answer', () => {
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq2, '1,4'))).toBe('--answers: answer 2 is "4"; each answer is a whole number from 0 to 3.');
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq2, '1.5,0'))).toMatch(/answer 1 is "1.5"/);
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq2, '-1,0'))).toMatch(/answer 1 is "-1"/);
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq2, 'a,0'))).toMatch(/answer 1 is "a"/);
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq2, ',0'))).toMatch(/answer 1 is ""/);
    expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq9, '0,0,0,0,0,0,0,0,0,7'))).toMatch(/the difficulty answer is "7"/);
  });

  it('every message is one line', () => {
    for (const bad of ['1', '9,9', '0,0,x']) expect(usageMessage(() => parseAnswers(QUESTIONNAIRES.phq2, bad))).not.toContain('\n');
  });
});

describe('parseKind', () => {
  it('accepts the four kinds in any case, with or without a dash', () => {
    expect(parseKind('phq9')).toBe('phq9');
    expect(parseKind('PHQ-9')).toBe('phq9');
    expect(parseKind('Gad7')).toBe('gad7');
    expect(parseKind('gad-2')).toBe('gad2');
  });
  it('anything else is a usage error naming them', () => {
    expect(usageMessage(() => parseKind('bdi'))).toBe('There is no questionnaire called "bdi". Choose one of phq9, gad7, phq2, gad2.');
  });
});

const at = (day: string, time = '09:00') => `${day}T${time}:00.000+00:00`;
function result(kind: QuestionnaireKind, answers: number[], when: string, id = `k${when.slice(5, 10).replace('-', '')}${kind}`): QuestionnaireResult {
  return makeResult(kind, { id, at: when, answers });
}

describe('checkQuestionnaireResult', () => {
  const good = result('phq9', [...FHIRPATH_PHQ9.answers], at('2026-11-20'));
  it('accepts a result as saved, with or without difficulty', () => {
    expect(checkQuestionnaireResult(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(checkQuestionnaireResult({ ...good, difficulty: 2 })).toEqual({ ...good, difficulty: 2 });
  });
  it.each([
    [{ ...good, kind: 'bdi' }, /unknown kind/],
    [{ ...good, answers: [1, 2] }, /9 answers/],
    [{ ...good, answers: [...good.answers.slice(0, 8), 4] }, /9 answers/],
    [{ ...good, total: 14 }, /total/],
    [{ ...good, band: 'moderate' }, /band/],
    [{ ...good, at: 'soon' }, /"at"/],
    [{ ...good, difficulty: 5 }, /difficulty/],
    [{ ...result('gad2', [1, 1], at('2026-11-20')), difficulty: 1 }, /difficulty/],
    ['text', /not an object/],
  ])('refuses %j', (raw, why) => {
    expect(checkQuestionnaireResult(raw)).toMatch(why);
  });
});

describe('history', () => {
  const list = [
    result('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 0], at('2026-10-01')),
    result('gad7', [2, 2, 2, 2, 2, 2, 2], at('2026-10-05')),
    result('phq9', [2, 2, 2, 2, 2, 2, 2, 0, 0], at('2026-11-01')),
    // saved later but answered for an earlier moment: order is by `at`
    result('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 0], at('2026-10-15')),
  ];

  it('the last of a kind is the latest `at`, and the change is this total minus that one', () => {
    const last = lastOfKind(list, 'phq9')!;
    expect(last.total).toBe(14);
    const now = result('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 1], at('2026-11-20'));
    expect(changeSince(last, now)).toEqual({ previous: { at: last.at, total: 14, band: 'moderate' }, difference: -5 });
    expect(changeSince(undefined, now)).toBeNull();
  });

  it('summarises every kind over a period', () => {
    const s = summarizeQuestionnaires(list, { from: '2026-10-02', to: null });
    expect(Object.keys(s)).toEqual(['phq9', 'gad7', 'phq2', 'gad2']);
    expect(s.phq9.count).toBe(2);
    expect(s.phq9.totals.map((t) => t.total)).toEqual([0, 14]);
    expect(s.phq9.last).toEqual({ at: at('2026-11-01'), total: 14, band: 'moderate' });
    expect(s.gad7).toEqual({ count: 1, last: { at: at('2026-10-05'), total: 14, band: 'moderate' }, totals: [{ at: at('2026-10-05'), total: 14, band: 'moderate' }] });
    expect(s.phq2).toEqual({ count: 0, last: null, totals: [] });
  });

  it('notes a PHQ-9 more than two weeks old, and nothing otherwise', () => {
    expect(stalePhq9Days(list, new Date('2026-11-15T09:00:00Z'))).toBeNull(); // exactly 14 days
    expect(stalePhq9Days(list, new Date('2026-11-16T09:00:00Z'))).toBe(15);
    expect(stalePhq9Days([], new Date('2026-11-16T09:00:00Z'))).toBeNull();
    expect(stalePhq9Days(list.filter((r) => r.kind === 'gad7'), new Date('2027-01-01T00:00:00Z'))).toBeNull();
  });
});
