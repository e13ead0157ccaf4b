import { dayOf } from '../dates.js';
import { formatDay } from '../stats-render.js';
import type { Change } from './history.js';
import { QUESTIONNAIRES, type Band, type BandName, type QuestionnaireKind } from './items.js';

/** Shown with every result: what a score is not. */
export const NOT_A_DIAGNOSIS =
  'A score is not a diagnosis. It is one way to see how the last two weeks have been, and something you can share with someone you trust.';

function bandOf(kind: QuestionnaireKind, name: BandName): Band {
  return QUESTIONNAIRES[kind].bands.find((b) => b.name === name)!;
}

/** "10–14", or "3 or more" / "0–2" for the two-item screens. */
export function bandRange(kind: QuestionnaireKind, name: BandName): string {
  const b = bandOf(kind, name);
  if (name === 'positive') return `${b.min} or more`;
  return `${b.min}–${b.max}`;
}

/**
 * The band in the authors' words, never ours: "in the range the questionnaire's authors call
 * moderate (10–14)". For the two-item screens: "what the questionnaire's authors call positive
 * (3 or more)".
 */
export function bandPhrase(kind: QuestionnaireKind, name: BandName): string {
  const range = bandRange(kind, name);
  if (name === 'positive' || name === 'negative') return `what the questionnaire's authors call ${name} (${range})`;
  return `in the range the questionnaire's authors call ${name} (${range})`;
}

/** "12 Nov 2026" for a result's `at` (its own local day). */
export function resultDay(at: string): string {
  return formatDay(dayOf(at));
}

/** "3 lower than last time (15 on 12 Nov 2026)", "the same as …", or the first-time line. */
export function changePhrase(change: Change | null): string {
  if (!change) return 'This is your first one, so there is nothing to compare with yet.';
  const then = `${change.previous.total} on ${resultDay(change.previous.at)}`;
  const d = change.difference;
  if (d === 0) return `The same total as last time (${then}).`;
  return `${Math.abs(d)} ${d < 0 ? 'lower' : 'higher'} than last time (${then}).`;
}
