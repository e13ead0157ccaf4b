/**
 * Golden item wording: every string a person reads, fixed here so a typo fails the build. Source:
 * the authors' forms (PHQ-9 and GAD-7, Pfizer, phqscreeners.com), see src/core/questionnaires/items.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  ANSWER_LABELS,
  ATTRIBUTION,
  DIFFICULTY_LABELS,
  DIFFICULTY_QUESTION,
  maxTotal,
  QUESTIONNAIRE_KINDS,
  QUESTIONNAIRES,
} from '../../../src/core/questionnaires/items.js';

const PHQ9 = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

const GAD7 = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
];

describe('questionnaire wording (verbatim)', () => {
  it('PHQ-9: instruction and nine items', () => {
    expect(QUESTIONNAIRES.phq9.name).toBe('PHQ-9');
    expect(QUESTIONNAIRES.phq9.instruction).toBe('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    expect([...QUESTIONNAIRES.phq9.items]).toEqual(PHQ9);
  });

  it('GAD-7: instruction and seven items', () => {
    expect(QUESTIONNAIRES.gad7.name).toBe('GAD-7');
    expect(QUESTIONNAIRES.gad7.instruction).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
    expect([...QUESTIONNAIRES.gad7.items]).toEqual(GAD7);
  });

  it('PHQ-2 and GAD-2 are the first two items of PHQ-9 and GAD-7, with the same instruction', () => {
    expect(QUESTIONNAIRES.phq2.name).toBe('PHQ-2');
    expect([...QUESTIONNAIRES.phq2.items]).toEqual(PHQ9.slice(0, 2));
    expect(QUESTIONNAIRES.phq2.instruction).toBe(QUESTIONNAIRES.phq9.instruction);
    expect(QUESTIONNAIRES.gad2.name).toBe('GAD-2');
    expect([...QUESTIONNAIRES.gad2.items]).toEqual(GAD7.slice(0, 2));
    expect(QUESTIONNAIRES.gad2.instruction).toBe(QUESTIONNAIRES.gad7.instruction);
  });

  it('answer labels, the difficulty question and its labels, the attribution', () => {
    expect([...ANSWER_LABELS]).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(DIFFICULTY_QUESTION).toBe(
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    );
    expect([...DIFFICULTY_LABELS]).toEqual(['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult']);
    expect(ATTRIBUTION).toBe(
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.',
    );
  });

  it('only PHQ-9 has the difficulty question and the safety item (item 9)', () => {
    expect(QUESTIONNAIRE_KINDS.filter((k) => QUESTIONNAIRES[k].difficulty)).toEqual(['phq9']);
    expect(QUESTIONNAIRES.phq9.safetyItem).toBe(8);
    expect(QUESTIONNAIRES.phq9.items[8]).toBe(PHQ9[8]);
    expect(QUESTIONNAIRE_KINDS.filter((k) => QUESTIONNAIRES[k].safetyItem !== null)).toEqual(['phq9']);
  });

  it('bands cover every total from 0 to the maximum with no gap or overlap', () => {
    for (const kind of QUESTIONNAIRE_KINDS) {
      const def = QUESTIONNAIRES[kind];
      expect(def.bands[0]!.min).toBe(0);
      expect(def.bands.at(-1)!.max).toBe(maxTotal(def));
      for (let i = 1; i < def.bands.length; i++) expect(def.bands[i]!.min).toBe(def.bands[i - 1]!.max + 1);
    }
    expect(maxTotal(QUESTIONNAIRES.phq9)).toBe(27);
    expect(maxTotal(QUESTIONNAIRES.gad7)).toBe(21);
    expect(maxTotal(QUESTIONNAIRES.phq2)).toBe(6);
  });
});
