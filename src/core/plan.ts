/**
 * The person's own plan for hard moments: one table of sections, from which the flags, the guided
 * prompts, the screens, the card and the checks are all derived. The steps follow safety-planning
 * research (see docs/plan.md); every word here is our own.
 */
import { usageError } from './errors.js';

/** A person or service: a name, and how to reach them (null when not written). */
export interface PlanContact {
  name: string;
  contact: string | null;
}

export interface Plan {
  warningSigns: string[];
  copingAlone: string[];
  distractions: string[];
  people: PlanContact[];
  professionals: PlanContact[];
  saferSpace: string[];
  reasons: string[];
}

export type PlanKey = keyof Plan;
export type PlanItem = string | PlanContact;

export interface PlanSection {
  key: PlanKey;
  /** Heading on screen and on the card. */
  title: string;
  /** One calm sentence, shown when editing. */
  explain: string;
  /** `text`: one line of words; `contact`: `name: contact`. */
  shape: 'text' | 'contact';
  /** What a new item looks like, for prompts and `--help`. */
  example: string;
}

export const PLAN_SECTIONS: readonly PlanSection[] = [
  {
    key: 'warningSigns',
    title: 'Signs that a hard time may be starting',
    explain: 'Thoughts, feelings or habits you notice when things begin to slide. A tag or feeling word you use in check-ins can go here too.',
    shape: 'text',
    example: 'not answering messages',
  },
  {
    key: 'copingAlone',
    title: 'Things I can do on my own',
    explain: 'Small things that have helped you get through a hard hour by yourself.',
    shape: 'text',
    example: 'a hot shower and loud music',
  },
  {
    key: 'distractions',
    title: 'People and places that take my mind off things',
    explain: 'Somewhere to go or someone to be around, without having to talk about how you feel.',
    shape: 'text',
    example: 'the library café',
  },
  {
    key: 'people',
    title: 'People I can ask for help',
    explain: 'Someone you trust to listen when you tell them it is a hard day, and how to reach them.',
    shape: 'contact',
    example: 'Sam: 07700 900123',
  },
  {
    key: 'professionals',
    title: 'Professionals and services',
    explain: 'A doctor, counsellor, peer worker or service you can contact, and how.',
    shape: 'contact',
    example: 'Dr Lee (GP): 020 7946 0000',
  },
  {
    key: 'saferSpace',
    title: 'Making my surroundings safer',
    explain: 'Steps that put time and distance between you and things that could hurt you on a low day.',
    shape: 'text',
    example: 'ask Sam to keep my spare medication',
  },
  {
    key: 'reasons',
    title: 'What matters to me',
    explain: 'People, plans and things that are worth holding on to.',
    shape: 'text',
    example: 'my niece’s birthday in June',
  },
];

export const PLAN_KEYS: readonly PlanKey[] = PLAN_SECTIONS.map((s) => s.key);

/** Longest item, in characters: enough for a sentence or a phone number with a note. */
export const PLAN_ITEM_MAX = 500;

export function emptyPlan(): Plan {
  return { warningSigns: [], copingAlone: [], distractions: [], people: [], professionals: [], saferSpace: [], reasons: [] };
}

export function planSection(key: PlanKey): PlanSection {
  return PLAN_SECTIONS.find((s) => s.key === key)!;
}

/** True when no section has an item. */
export function isPlanEmpty(plan: Plan | null | undefined): boolean {
  return !plan || PLAN_KEYS.every((k) => plan[k].length === 0);
}

/** A section key from what a person typed: the key in any case, or with dashes (`warning-signs`). */
export function checkSection(raw: string): PlanKey {
  const want = raw.trim().toLowerCase().replace(/[-_\s]/g, '');
  const key = PLAN_KEYS.find((k) => k.toLowerCase() === want);
  if (!key) throw usageError(`Unknown plan section "${raw}".`, `Sections: ${PLAN_KEYS.join(', ')}.`);
  return key;
}

/** Trim and check one item's text: not empty, not longer than PLAN_ITEM_MAX. */
function checkText(raw: string, what: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) throw usageError(`The ${what} is empty, so nothing was saved.`, 'Write a few words, e.g. `peerpath plan edit --add copingAlone "a walk round the block"`.');
  if ([...text].length > PLAN_ITEM_MAX) {
    throw usageError(`The ${what} is ${[...text].length} characters long; the most a plan item can hold is ${PLAN_ITEM_MAX}. Nothing was saved.`);
  }
  return text;
}

/** `name: contact`, split at the first colon; no colon means a name alone. */
export function parseContact(raw: string): PlanContact {
  const at = raw.indexOf(':');
  const name = checkText(at < 0 ? raw : raw.slice(0, at), 'name');
  const rest = at < 0 ? '' : raw.slice(at + 1).replace(/\s+/g, ' ').trim();
  if ([...rest].length > PLAN_ITEM_MAX) checkText(rest, 'contact');
  return { name, contact: rest || null };
}

/** One item for a section, from the words a person typed. Throws a usage error (exit 2). */
export function parseItem(key: PlanKey, raw: string): PlanItem {
  return planSection(key).shape === 'contact' ? parseContact(raw) : checkText(raw, 'item');
}

/** An item as one line of words (the inverse of parseItem): `Sam: 07700 900123`. */
export function itemText(item: PlanItem): string {
  if (typeof item === 'string') return item;
  return item.contact ? `${item.name}: ${item.contact}` : item.name;
}

/** A new plan with `raw` added at the end of `key`. */
export function addItem(plan: Plan, key: PlanKey, raw: string): Plan {
  const next = clonePlan(plan);
  (next[key] as PlanItem[]).push(parseItem(key, raw));
  return next;
}

/** A new plan without item `n` (1-based) of `key`. */
export function removeItem(plan: Plan, key: PlanKey, n: number): Plan {
  const list = plan[key];
  if (!Number.isInteger(n) || n < 1 || n > list.length) {
    throw usageError(
      list.length
        ? `${key} has ${list.length} item${list.length === 1 ? '' : 's'}; pick a number from 1 to ${list.length} (got ${n}).`
        : `${key} has no items to remove.`,
      'See the numbers with `peerpath plan`.',
    );
  }
  const next = clonePlan(plan);
  (next[key] as PlanItem[]).splice(n - 1, 1);
  return next;
}

export function clonePlan(plan: Plan): Plan {
  const out = emptyPlan();
  for (const k of PLAN_KEYS) (out[k] as PlanItem[]) = plan[k].map((i) => (typeof i === 'string' ? i : { ...i }));
  return out;
}

/**
 * Why a stored plan is not acceptable, or null. The journal reader uses it; `plan` is optional
 * and every section is optional too (an older file or a hand edit may leave one out).
 */
export function planShapeProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '"plan" is not an object';
  const obj = raw as Record<string, unknown>;
  for (const s of PLAN_SECTIONS) {
    const v = obj[s.key];
    if (v === undefined) continue;
    if (!Array.isArray(v)) return `plan.${s.key} is not a list`;
    const ok =
      s.shape === 'text'
        ? v.every((i) => typeof i === 'string')
        : v.every((i) => typeof i === 'object' && i !== null && typeof i.name === 'string' && (i.contact === null || typeof i.contact === 'string'));
    if (!ok) return `plan.${s.key} has an item of the wrong kind`;
  }
  return null;
}

/** A stored plan with every section present (sections a file leaves out are empty). */
export function completePlan(raw: Partial<Plan> | null | undefined): Plan {
  return { ...emptyPlan(), ...(raw ?? {}) };
}

/** "Call" for something that looks like a phone number, else "Contact". */
function reachVerb(contact: string): string {
  return /^[+(]?\d[\d\s().\-/]*$/.test(contact.trim()) ? 'Call' : 'Contact';
}

/** One person or service as an action line: "Call Sam: 07700 900123". */
export function contactLine(c: PlanContact): string {
  return c.contact ? `${reachVerb(c.contact)} ${c.name}: ${c.contact}` : `Reach out to ${c.name}`;
}

/**
 * The plan in a few lines, for help-now and after a low check-in: the first person to ask, the
 * first thing to do alone, the first professional, then the first thing that matters to them, until
 * `max` lines. Empty when the plan is empty. Words are the person's own, as stored (callers sanitise).
 */
export function planShortForm(plan: Plan | null | undefined, max: number): string[] {
  if (!plan) return [];
  const lines: string[] = [];
  const person = plan.people[0];
  if (person) lines.push(contactLine(person));
  if (plan.copingAlone[0]) lines.push(`Try: ${plan.copingAlone[0]}`);
  const pro = plan.professionals[0];
  if (pro) lines.push(contactLine(pro));
  if (plan.reasons[0]) lines.push(`Remember: ${plan.reasons[0]}`);
  return lines.slice(0, max);
}
