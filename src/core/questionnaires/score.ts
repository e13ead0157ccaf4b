import type { QuestionnaireResult } from '../entry.js';
import { usageError } from '../errors.js';
import {
  ANSWER_LABELS,
  DIFFICULTY_LABELS,
  isQuestionnaireKind,
  QUESTIONNAIRE_KINDS,
  QUESTIONNAIRES,
  type Band,
  type QuestionnaireDef,
  type QuestionnaireKind,
} from './items.js';

const MAX_ANSWER = ANSWER_LABELS.length - 1;

/** `phq9`, `PHQ-9`, `gad7` … → the kind; anything else is a usage error naming the four. */
export function parseKind(text: string): QuestionnaireKind {
  const k = text.trim().toLowerCase().replace(/[-_ ]/g, '');
  if (isQuestionnaireKind(k)) return k;
  throw usageError(`There is no questionnaire called "${text}". Choose one of ${QUESTIONNAIRE_KINDS.join(', ')}.`);
}

/** The band a total falls in. Throws on a total outside the questionnaire's range (a bug, not input). */
export function bandFor(def: QuestionnaireDef, total: number): Band {
  const band = def.bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`${def.name} total ${total} is outside 0–${def.bands[def.bands.length - 1]!.max}`);
  return band;
}

/** Total and band for one answer per item (each 0–3). */
export function scoreAnswers(def: QuestionnaireDef, answers: readonly number[]): { total: number; band: Band } {
  if (answers.length !== def.items.length) throw new RangeError(`${def.name} needs ${def.items.length} answers, got ${answers.length}`);
  const total = answers.reduce((s, a) => s + a, 0);
  return { total, band: bandFor(def, total) };
}

/**
 * Whether the answers open the safety path: PHQ-9 item 9 above 0, whatever the total. The other
 * questionnaires have no such item.
 */
export function needsSafetyPath(def: QuestionnaireDef, answers: readonly number[]): boolean {
  return def.safetyItem !== null && (answers[def.safetyItem] ?? 0) > 0;
}

/** Whether the difficulty question is asked: PHQ-9, and only when some problem was checked off. */
export function asksDifficulty(def: QuestionnaireDef, total: number): boolean {
  return def.difficulty && total > 0;
}

/**
 * Parse `--answers 1,0,2,…`: exactly one whole number 0–3 per item, separated by commas; for PHQ-9
 * an optional last value (0–3) answers the difficulty question. Every problem is one usage line.
 */
export function parseAnswers(def: QuestionnaireDef, text: string): { answers: number[]; difficulty?: number } {
  const n = def.items.length;
  const parts = text.split(',').map((s) => s.trim());
  const counts = def.difficulty ? `${n} values (or ${n + 1}, the last one for the difficulty question)` : `${n} values`;
  if (text.trim() === '' || (parts.length !== n && !(def.difficulty && parts.length === n + 1))) {
    const got = text.trim() === '' ? 0 : parts.length;
    throw usageError(`--answers for ${def.name} takes ${counts} from 0 to ${MAX_ANSWER}, separated by commas (got ${got}).`);
  }
  const values = parts.map((s, i) => {
    if (!/^\d+$/.test(s) || Number(s) > MAX_ANSWER) {
      const which = i < n ? `answer ${i + 1}` : 'the difficulty answer';
      throw usageError(`--answers: ${which} is "${s}"; each answer is a whole number from 0 to ${MAX_ANSWER}.`);
    }
    return Number(s);
  });
  const answers = values.slice(0, n);
  return values.length > n ? { answers, difficulty: values[n]! } : { answers };
}

/** A new result (id and `at` given), scored from the answers. */
export function makeResult(kind: QuestionnaireKind, fields: { id: string; at: string; answers: readonly number[]; difficulty?: number }): QuestionnaireResult {
  const def = QUESTIONNAIRES[kind];
  const { total, band } = scoreAnswers(def, fields.answers);
  const result: QuestionnaireResult = { id: fields.id, kind, at: fields.at, answers: [...fields.answers], total, band: band.name };
  if (fields.difficulty !== undefined && def.difficulty) result.difficulty = fields.difficulty;
  return result;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAnswer = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_ANSWER;

/**
 * Check a stored or imported result: the problem in words, or the result (keys in stored order).
 * The total and band must be what the answers give, so a damaged or hand-edited result is noticed.
 */
export function checkQuestionnaireResult(raw: unknown): QuestionnaireResult | string {
  if (!isObj(raw)) return 'is not an object';
  if (typeof raw.id !== 'string' || !raw.id) return 'has no id';
  const kind = raw.kind;
  if (typeof kind !== 'string' || !isQuestionnaireKind(kind)) return `(${raw.id}) has an unknown kind`;
  const def = QUESTIONNAIRES[kind];
  if (typeof raw.at !== 'string' || Number.isNaN(Date.parse(raw.at))) return `(${raw.id}) has a bad "at"`;
  const answers = raw.answers;
  if (!Array.isArray(answers) || answers.length !== def.items.length || !answers.every(isAnswer)) {
    return `(${raw.id}) does not have ${def.items.length} answers from 0 to ${MAX_ANSWER}`;
  }
  const { total, band } = scoreAnswers(def, answers as number[]);
  if (raw.total !== total) return `(${raw.id}) has a total that is not the sum of its answers`;
  if (raw.band !== band.name) return `(${raw.id}) has a band that does not match its total`;
  if (raw.difficulty !== undefined && !(def.difficulty && isAnswer(raw.difficulty) && (raw.difficulty as number) < DIFFICULTY_LABELS.length)) {
    return `(${raw.id}) has a bad difficulty answer`;
  }
  return makeResult(kind, { id: raw.id, at: raw.at, answers: answers as number[], ...(raw.difficulty !== undefined ? { difficulty: raw.difficulty as number } : {}) });
}
