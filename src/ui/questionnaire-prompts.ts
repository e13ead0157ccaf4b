import { ANSWER_LABELS, DIFFICULTY_LABELS, DIFFICULTY_QUESTION, QUESTIONNAIRES, type QuestionnaireKind } from '../core/questionnaires/items.js';
import { asksDifficulty } from '../core/questionnaires/score.js';
import type { KeyChoice, Prompts } from './prompts.js';

const keyed = (labels: readonly string[]): KeyChoice<number>[] => labels.map((name, value) => ({ key: String(value), name, value }));

/**
 * Ask every item verbatim, each answered with one key (0–3, labels shown), then PHQ-9's difficulty
 * question when some problem was checked off (total above 0). Ctrl+C rejects (nothing is saved).
 */
export async function askQuestionnaire(p: Prompts, kind: QuestionnaireKind): Promise<{ answers: number[]; difficulty?: number }> {
  const def = QUESTIONNAIRES[kind];
  const answers: number[] = [];
  for (const [i, item] of def.items.entries()) {
    answers.push(await p.key({ message: `${i + 1}/${def.items.length}  ${item}`, choices: keyed(ANSWER_LABELS) }));
  }
  const total = answers.reduce((s, a) => s + a, 0);
  if (!asksDifficulty(def, total)) return { answers };
  const difficulty = await p.key({ message: DIFFICULTY_QUESTION, choices: keyed(DIFFICULTY_LABELS) });
  return { answers, difficulty };
}
