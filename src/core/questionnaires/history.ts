import type { QuestionnaireResult } from '../entry.js';
import { dayOf, type DayKey } from '../dates.js';
import { QUESTIONNAIRE_KINDS, type BandName, type QuestionnaireKind } from './items.js';

/** Results of one kind, oldest first (by the moment of `at`; ties keep stored order). */
export function resultsOfKind(all: readonly QuestionnaireResult[], kind: QuestionnaireKind): QuestionnaireResult[] {
  return all
    .map((r, i) => ({ r, i, t: Date.parse(r.at) }))
    .filter((x) => x.r.kind === kind)
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}

/** The most recent result of a kind, or undefined. */
export function lastOfKind(all: readonly QuestionnaireResult[], kind: QuestionnaireKind): QuestionnaireResult | undefined {
  return resultsOfKind(all, kind).at(-1);
}

export interface Change {
  previous: { at: string; total: number; band: BandName };
  /** This total minus the previous one. */
  difference: number;
}

/** The change since the previous result of the same kind (null the first time). */
export function changeSince(previous: QuestionnaireResult | undefined, current: QuestionnaireResult): Change | null {
  if (!previous || previous.kind !== current.kind) return null;
  return { previous: { at: previous.at, total: previous.total, band: previous.band }, difference: current.total - previous.total };
}

export interface ScorePoint {
  at: string;
  total: number;
  band: BandName;
}

export interface KindSummary {
  count: number;
  last: ScorePoint | null;
  /** Every total in the period, oldest first. */
  totals: ScorePoint[];
}

export type QuestionnaireSummary = Record<QuestionnaireKind, KindSummary>;

/**
 * Per kind, over a period (days of `at`, either end open): how many, the last one and every total.
 * Every kind is present, so the shape of `stats --json` never depends on what was answered.
 */
export function summarizeQuestionnaires(all: readonly QuestionnaireResult[], period: { from: DayKey | null; to: DayKey | null }): QuestionnaireSummary {
  const inPeriod = all.filter((r) => {
    const d = dayOf(r.at);
    return (period.from === null || d >= period.from) && (period.to === null || d <= period.to);
  });
  const out = {} as QuestionnaireSummary;
  for (const kind of QUESTIONNAIRE_KINDS) {
    const totals = resultsOfKind(inPeriod, kind).map((r) => ({ at: r.at, total: r.total, band: r.band }));
    out[kind] = { count: totals.length, last: totals.at(-1) ?? null, totals };
  }
  return out;
}

/** Days after which the last PHQ-9 counts as more than two weeks old. */
export const PHQ9_STALE_DAYS = 14;

/** Whole days since the last PHQ-9 when that is more than two weeks ago; null otherwise (or when there is none). */
export function stalePhq9Days(all: readonly QuestionnaireResult[], now: Date): number | null {
  const last = lastOfKind(all, 'phq9');
  if (!last) return null;
  const days = Math.floor((now.getTime() - Date.parse(last.at)) / 86_400_000);
  return days > PHQ9_STALE_DAYS ? days : null;
}
