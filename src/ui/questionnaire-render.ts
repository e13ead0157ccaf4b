import type { ChalkInstance } from 'chalk';
import type { QuestionnaireResult } from '../core/entry.js';
import { resultsOfKind, type Change } from '../core/questionnaires/history.js';
import { ANSWER_LABELS, ATTRIBUTION, DIFFICULTY_LABELS, maxTotal, QUESTIONNAIRE_KINDS, QUESTIONNAIRES } from '../core/questionnaires/items.js';
import { needsSafetyPath } from '../core/questionnaires/score.js';
import { bandPhrase, changePhrase, NOT_A_DIAGNOSIS, resultDay } from '../core/questionnaires/words.js';
import { sparkline } from '../core/sparkline.js';
import { wrapText } from '../core/text.js';

/** The last line of every result screen, whatever the score: help is never gated on a number. */
export const HELP_NOW_POINTER = 'If you need someone to talk to now: `peerpath help-now`.';

/**
 * Shown when PHQ-9 item 9 is answered above 0, before anything else. Fixed words: it does not
 * score, judge or count, and it is the same for "Several days" as for "Nearly every day".
 */
export const SAFETY_MESSAGE = [
  'Thank you for answering that last question.',
  'Thoughts like these can be heavy to carry alone, and you do not have to.',
] as const;

/** What the safety path shows after its message (from the person's plan and the help-now short form). */
export interface HelpLines {
  /** The person's own plan, short (empty when they have not written one). */
  plan: readonly string[];
  /** The help-now short form: emergency number, the country's first line, `peerpath help-now`. */
  shortForm: readonly string[];
}

/** The questionnaire's opening: name, the authors' instruction, the answer scale, the attribution. */
export function renderIntro(c: ChalkInstance, kind: QuestionnaireResult['kind']): string[] {
  const def = QUESTIONNAIRES[kind];
  return [
    `${c.bold(def.name)}  ${c.dim(`${def.items.length} questions, one key each`)}`,
    def.instruction,
    c.dim(ANSWER_LABELS.map((l, i) => `${i} ${l}`).join(' · ')),
    c.dim(ATTRIBUTION),
  ];
}

/**
 * The result screen. With PHQ-9 item 9 above 0: the fixed message, the plan and the help-now short
 * form come first. Then the total, the band in the authors' words, what a score is not, the change
 * since last time; the last line is always the help-now pointer.
 */
export function renderResult(c: ChalkInstance, result: QuestionnaireResult, change: Change | null, help: HelpLines, width = 80): string[] {
  const def = QUESTIONNAIRES[result.kind];
  const w = Math.max(40, Math.min(width, 100));
  const para = (text: string) => wrapText(text, w);
  const out: string[] = [];
  if (needsSafetyPath(def, result.answers)) {
    out.push(...SAFETY_MESSAGE, '');
    if (help.plan.length) out.push(...help.plan, '');
    if (help.shortForm.length) out.push(...help.shortForm, '');
  }
  const score = `${def.name}: ${result.total}`;
  const head = para(`${score} of ${maxTotal(def)}, ${bandPhrase(result.kind, result.band)}.`);
  out.push(c.bold(score) + head[0]!.slice(score.length), ...head.slice(1));
  if (result.difficulty !== undefined) out.push(`How difficult: ${DIFFICULTY_LABELS[result.difficulty]}.`);
  out.push(...para(changePhrase(change)));
  if (def.items.length === 2 && result.band === 'positive') {
    const longer = QUESTIONNAIRES[result.kind === 'phq2' ? 'phq9' : 'gad7'];
    out.push(...para(`The longer ${longer.name} gives a fuller picture, if you want it: \`peerpath questionnaire ${longer.kind}\`.`));
  }
  out.push(...para(NOT_A_DIAGNOSIS), '', HELP_NOW_POINTER);
  return out;
}

/** `questionnaire list`: per kind, a small trend of totals, then each result (newest last). */
export function renderResultList(c: ChalkInstance, all: readonly QuestionnaireResult[]): string[] {
  const out: string[] = [];
  for (const kind of QUESTIONNAIRE_KINDS) {
    const list = resultsOfKind(all, kind);
    if (!list.length) continue;
    const def = QUESTIONNAIRES[kind];
    if (out.length) out.push('');
    const first = list[0]!;
    const last = list.at(-1)!;
    const trend = list.length > 1 ? `  ${sparkline(list.slice(-30).map((r) => r.total), 0, maxTotal(def))}  ${first.total} → ${last.total}` : '';
    out.push(`${c.bold(def.name)} ${c.dim(`(${list.length})`)}${trend}`);
    for (const r of list) {
      out.push(`  ${c.dim(r.id)}  ${resultDay(r.at).padEnd(11)}  ${String(r.total).padStart(2)} of ${maxTotal(def)}  ${r.band}`);
    }
  }
  return out;
}

/** One quiet line for `stats` when the last PHQ-9 is more than two weeks old. */
export function stalePhq9Line(days: number): string {
  return `Your last PHQ-9 was ${days} days ago. If you would like a new one: \`peerpath questionnaire phq9\`.`;
}
