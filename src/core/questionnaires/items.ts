/**
 * The four questionnaires as data: item wording, instructions, answer labels and bands.
 *
 * The wording is the authors' own and must stay verbatim (a golden test fixes every string). It is
 * copied from the Pfizer forms released for use without copyright restriction or charge (PHQ-9 and
 * GAD-7 as published at phqscreeners.com: "No permission required to reproduce, translate, display
 * or distribute."). Checked against reproductions of those forms and against the LOINC panels
 * 44249-1 (PHQ-9) and 69737-5 (GAD-7), which shorten a few items (a hyphen for the dash, no
 * question mark in PHQ-9 item 8); where they differ, the form wins. PHQ-2 and GAD-2 are the
 * first two items of PHQ-9 and GAD-7, with the same instruction and answers.
 */

export const QUESTIONNAIRE_KINDS = ['phq9', 'gad7', 'phq2', 'gad2'] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

/** Band names exactly as the interface contract lists them. */
export type BandName = 'minimal' | 'mild' | 'moderate' | 'moderately severe' | 'severe' | 'positive' | 'negative';

export interface Band {
  name: BandName;
  /** Lowest total in the band (inclusive). */
  min: number;
  /** Highest total in the band (inclusive). */
  max: number;
}

export interface QuestionnaireDef {
  kind: QuestionnaireKind;
  /** The name the authors use, e.g. "PHQ-9". */
  name: string;
  instruction: string;
  items: readonly string[];
  /** Bands from the lowest total up; together they cover 0 … items × 3 with no gap. */
  bands: readonly Band[];
  /** PHQ-9 only: the difficulty question after the items. */
  difficulty: boolean;
  /** Index of the item that opens the safety path when answered above 0 (PHQ-9 item 9), or null. */
  safetyItem: number | null;
}

/** The four answers, scored 0–3 in this order. */
export const ANSWER_LABELS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;

export const DIFFICULTY_QUESTION =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';

/** The difficulty answers, stored as 0–3 in this order (not part of the total). */
export const DIFFICULTY_LABELS = ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'] as const;

export const ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.';

const PHQ_INSTRUCTION = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';
const GAD_INSTRUCTION = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

export const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself \u2014 or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite \u2014 being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
] as const;

export const GAD7_ITEMS = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
] as const;

const SCREEN_BANDS: readonly Band[] = [
  { name: 'negative', min: 0, max: 2 },
  { name: 'positive', min: 3, max: 6 },
];

export const QUESTIONNAIRES: Readonly<Record<QuestionnaireKind, QuestionnaireDef>> = {
  phq9: {
    kind: 'phq9',
    name: 'PHQ-9',
    instruction: PHQ_INSTRUCTION,
    items: PHQ9_ITEMS,
    bands: [
      { name: 'minimal', min: 0, max: 4 },
      { name: 'mild', min: 5, max: 9 },
      { name: 'moderate', min: 10, max: 14 },
      { name: 'moderately severe', min: 15, max: 19 },
      { name: 'severe', min: 20, max: 27 },
    ],
    difficulty: true,
    safetyItem: 8,
  },
  gad7: {
    kind: 'gad7',
    name: 'GAD-7',
    instruction: GAD_INSTRUCTION,
    items: GAD7_ITEMS,
    bands: [
      { name: 'minimal', min: 0, max: 4 },
      { name: 'mild', min: 5, max: 9 },
      { name: 'moderate', min: 10, max: 14 },
      { name: 'severe', min: 15, max: 21 },
    ],
    difficulty: false,
    safetyItem: null,
  },
  phq2: {
    kind: 'phq2',
    name: 'PHQ-2',
    instruction: PHQ_INSTRUCTION,
    items: PHQ9_ITEMS.slice(0, 2),
    bands: SCREEN_BANDS,
    difficulty: false,
    safetyItem: null,
  },
  gad2: {
    kind: 'gad2',
    name: 'GAD-2',
    instruction: GAD_INSTRUCTION,
    items: GAD7_ITEMS.slice(0, 2),
    bands: SCREEN_BANDS,
    difficulty: false,
    safetyItem: null,
  },
};

/** The highest total a questionnaire can reach. */
export function maxTotal(def: QuestionnaireDef): number {
  return def.items.length * (ANSWER_LABELS.length - 1);
}

export function isQuestionnaireKind(s: string): s is QuestionnaireKind {
  return (QUESTIONNAIRE_KINDS as readonly string[]).includes(s);
}
