/**
 * Who a program is for: the groups it is meant for (so `match` ranks it only for people in them), its
 * audience in words, and the age limits its facts text states.
 */
import { AUDIENCE_LABELS } from './labels.js';
import type { Program } from './schema.js';
import type { Audience } from './vocab.js';

/** Groups a program can be meant for, so that it is ranked only for people in them. */
export const SPECIFIC_GROUPS = ['lgbtq', 'young-people', 'veterans', 'women', 'men', 'parents'] as const satisfies readonly Audience[];
/** Who a person is: a program listing one of these is for them, unless it also lists people in general. */
const IDENTITY_GROUPS: ReadonlySet<string> = new Set(['lgbtq', 'veterans', 'women', 'men']);

export interface GroupRule {
  /** The person must belong to one of these (empty: no such rule). `parents` is also met by family members. */
  anyOf: string[];
  /** The program lists young people and no one of another age, so the person must be young too. */
  youngOnly: boolean;
}

/**
 * Which groups a program is only for, from its audience in the facts:
 * - LGBTQ+, veterans, women and men, unless it also lists people in general (`individuals`): Women for
 *   Sobriety (women, adults) is for women; DBSA (individuals, …, veterans) is for everyone.
 * - parents, unless it also lists people in general or adults.
 * - young people, when it lists no one of another age (not adults, people in general or family):
 *   ReachOut (14-25) is; 7 Cups and TalkLife, which list adults too, are not.
 */
export function groupRule(p: Pick<Program, 'audience'>): GroupRule {
  const audience = p.audience ?? [];
  const has = (a: string) => audience.includes(a as Audience);
  const general = has('individuals');
  const anyOf = audience.filter((a) => (IDENTITY_GROUPS.has(a) && !general) || (a === 'parents' && !general && !has('adults')));
  const youngOnly = has('young-people') && !general && !has('adults') && !has('families-carers');
  return { anyOf, youngOnly };
}

/** True when a program is meant for specific groups (see groupRule). */
export function isForSpecificGroups(p: Pick<Program, 'audience'>): boolean {
  const r = groupRule(p);
  return r.anyOf.length > 0 || r.youngOnly;
}

/** Does a person who said they are `audience` belong to the groups the program is for? */
export function personFits(p: Pick<Program, 'audience'>, audience: readonly string[]): boolean {
  const r = groupRule(p);
  const said = new Set(audience);
  const inGroup = r.anyOf.length === 0 || r.anyOf.some((g) => said.has(g) || (g === 'parents' && said.has('families-carers')));
  return inGroup && (!r.youngOnly || said.has('young-people'));
}

/** "LGBTQ+ people, young people": who a program is for, in words (its whole audience); null when not stated. */
export function groupWords(p: Pick<Program, 'audience'>): string | null {
  if (p.audience === null) return null;
  return p.audience.map((a) => AUDIENCE_LABELS[a as Audience] ?? a).join(', ');
}

const AGE_PHRASE =
  /\b(?:aged?|ages)\s+\d{1,2}(?:\s*[-–]\s*\d{1,2}|\+|\s+and\s+(?:up|above|over))?|(?<![\d,])\b\d{1,2}\+(?!\d)|\bunder-\d{1,2}s\b|\b\d{1,2}-\d{1,2}-year-olds\b/gi;

/**
 * Age limits as the facts text words them ("aged 13-24", "18+", "aged 16 and above", "under-16s"),
 * in the order they appear, each once. Only phrases copied from the text: nothing is worked out.
 */
export function ageLimits(details: string): string[] {
  return [...new Set((details.match(AGE_PHRASE) ?? []).map((s) => s.replace(/\s+/g, ' ')))];
}

/**
 * The parts of the facts text that state an age limit, verbatim (split at sentence ends and semicolons),
 * so the limit is shown with what it applies to: "at in-person groups under-16s may not attend …".
 */
export function ageNotes(details: string): string[] {
  return details
    .split(/(?<=[.;])\s+/)
    .map((part) => part.replace(/[.;]$/, '').trim())
    .filter((part) => ageLimits(part).length > 0);
}
