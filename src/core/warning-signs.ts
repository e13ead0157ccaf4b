/**
 * Early-warning signs that light up: a warning sign in the plan may name a tag or a feeling word the
 * person uses in check-ins. When a check-in carries one that also appeared on two or more other days
 * in the week before it, the check-in ends with one quiet line pointing to the plan. No counts, no
 * streaks: only whether it happened.
 */
import type { Entry } from './entry.js';
import { dayOf } from './dates.js';
import type { Plan } from './plan.js';

/** How many other days in the past week a word must appear on. */
export const WARNING_SIGN_OTHER_DAYS = 2;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Lower case, with `-`, `_` and runs of spaces as one space, padded so whole words can be found. */
function words(s: string): string {
  return ` ${s.toLowerCase().replace(/[-_]+/g, ' ').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** The warning signs that name `term` (a tag or feeling word) as a whole word or phrase. */
function signsNaming(signs: readonly string[], term: string): string[] {
  const t = words(term);
  if (t.trim() === '') return [];
  return signs.filter((s) => words(s).includes(t));
}

export interface WarningSignMatch {
  /** The warning sign, as the person wrote it. */
  sign: string;
  /** The tag or feeling word on the check-in that names it. */
  term: string;
}

/**
 * Whether `entry` carries a tag or feeling word named by one of the plan's warning signs that also
 * appeared on at least two other days in the seven days before it (by the entry's own calendar day).
 * `entries` may include `entry` itself. Returns the first such sign, or null.
 */
export function matchWarningSign(plan: Plan | null | undefined, entry: Entry, entries: readonly Entry[]): WarningSignMatch | null {
  const signs = plan?.warningSigns ?? [];
  if (!signs.length) return null;
  const terms = [...entry.tags, ...entry.emotions];
  const named = terms.map((term) => ({ term, signs: signsNaming(signs, term) })).filter((t) => t.signs.length);
  if (!named.length) return null;
  const at = Date.parse(entry.at);
  const day = dayOf(entry.at);
  for (const { term, signs: hit } of named) {
    const key = words(term);
    const days = new Set<string>();
    for (const e of entries) {
      if (e === entry || e.id === entry.id) continue;
      const t = Date.parse(e.at);
      if (t > at || at - t > WEEK_MS) continue;
      const d = dayOf(e.at);
      if (d === day) continue;
      if ([...e.tags, ...e.emotions].some((x) => words(x) === key)) days.add(d);
    }
    if (days.size >= WARNING_SIGN_OTHER_DAYS) return { sign: hit[0]!, term };
  }
  return null;
}
