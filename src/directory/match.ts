/**
 * `programs match`: rank programs against a person's answers, with the reasons for each match.
 *
 * Pure and deterministic. The rules, in words:
 * - A *known* mismatch on something you need leaves a program out: the country (international programs
 *   fit everywhere), the language, how it meets, what it is about (programs for any concern — `general` —
 *   always fit), and whether it is for the person themselves or for family (a family-only group is left out
 *   for someone looking for themselves, and the other way round).
 * - A program meant for a specific group (LGBTQ+ people, young people only, veterans and service members,
 *   women, men, parents) is ranked only when the person said they belong to that group; otherwise it is
 *   set aside in `forGroups`, naming the group, so the screen can list it below the ranked ones.
 * - Each thing that fits adds to the score and gives a reason ("Meets online (video)", "About bipolar").
 * - Cost and peer-led are preferences: they add to the score but never leave a program out.
 * - An unknown fact (null) neither leaves a program out nor adds to its score; it is listed under `unknowns`.
 * - Order: score (highest first), then name, then id.
 */
import { FACET_KEYS, normalizeFilters, type ProgramFilters } from './facets.js';
import { splitList } from '../core/validate.js';
import { groupWords, personFits } from './audience.js';
import { AUDIENCE_LABELS, COST_LABELS, FOCUS_LABELS, NOT_STATED } from './labels.js';
import { compareByName } from './order.js';
import { normalizeCountry } from './country.js';
import type { Program } from './schema.js';
import { INTERNATIONAL, ONLINE_FORMATS, type Audience, type Cost, type Focus, type Format } from './vocab.js';

/** A person's answers: the same model as the list filters (cost and peer-led are preferences here). */
export type MatchAnswers = Omit<ProgramFilters, 'search' | 'ids'>;

export type MatchedProgram = Program & { score: number; reasons: string[]; unknowns: string[] };

/** Points for each kind of fit; specific fits count more than broad ones. */
export const WEIGHTS = {
  focusExact: 4,
  focusGeneral: 1,
  audience: 3,
  format: 2,
  countryExact: 2,
  countryInternational: 1,
  language: 2,
  cost: 2,
  peerLed: 1,
} as const;

const FAMILY_ROLES: ReadonlySet<string> = new Set(['families-carers', 'parents']);

function formatReason(f: Format): string {
  switch (f) {
    case 'in-person':
      return 'Meets in person';
    case 'online-video':
      return 'Meets online (video)';
    case 'online-forum':
      return 'Online forum';
    case 'chat':
      return 'Live chat';
    case 'phone':
      return 'By phone';
    case 'text':
      return 'By text message';
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Validate and normalise answers (an unknown value → usage error with "did you mean"). */
export function normalizeAnswers(answers: MatchAnswers): MatchAnswers {
  const all = normalizeFilters(answers);
  const out: MatchAnswers = {};
  for (const key of FACET_KEYS) {
    const v = all[key];
    if (v?.length) out[key] = v;
  }
  if (answers.peerLed !== undefined) out.peerLed = answers.peerLed;
  return out;
}

/** Score one program; null when a known fact rules it out. */
export function scoreProgram(p: Program, answers: MatchAnswers): MatchedProgram | null {
  const reasons: string[] = [];
  const unknowns: string[] = [];
  let score = 0;

  // Country (hard).
  const countries = splitList(answers.country).map(normalizeCountry);
  if (countries.length) {
    if (p.countries === null) unknowns.push('where it is available is not stated');
    else {
      const exact = p.countries.filter((c) => countries.includes(c));
      if (exact.length) {
        score += WEIGHTS.countryExact;
        reasons.push(`Available in ${exact.join(', ')}`);
      } else if (p.countries.includes(INTERNATIONAL)) {
        score += WEIGHTS.countryInternational;
        reasons.push('Available internationally');
      } else return null;
    }
  }

  // Language (hard).
  const languages = splitList(answers.language).map((l) => l.toLowerCase());
  if (languages.length) {
    if (p.languages === null) unknowns.push('languages not stated');
    else {
      const hit = p.languages.filter((l) => languages.includes(l.toLowerCase()));
      if (!hit.length) return null;
      score += WEIGHTS.language;
      reasons.push(`In ${hit.join(', ')}`);
    }
  }

  // How it meets (hard when known).
  const wantedFormats = new Set<string>();
  for (const f of splitList(answers.format)) {
    if (f === 'online') ONLINE_FORMATS.forEach((o) => wantedFormats.add(o));
    else wantedFormats.add(f);
  }
  if (wantedFormats.size) {
    if (p.formats === null) unknowns.push('how it meets is not stated');
    else {
      const hit = p.formats.filter((f) => wantedFormats.has(f));
      if (!hit.length) return null;
      score += WEIGHTS.format * hit.length;
      reasons.push(...hit.map((f) => formatReason(f as Format)));
    }
  }

  // What it is about (hard; general programs always fit).
  const focus = splitList(answers.focus);
  if (focus.length) {
    const hit = p.focus.filter((f) => focus.includes(f));
    if (hit.length) {
      score += WEIGHTS.focusExact * hit.length;
      reasons.push(...hit.map((f) => `About ${FOCUS_LABELS[f as Focus] ?? f}`));
    } else if (p.focus.includes('general')) {
      score += WEIGHTS.focusGeneral;
      reasons.push('Open to any mental health concern');
    } else return null;
  }

  // Who it is for (the self/family role is hard; the rest is a fit).
  const audience = splitList(answers.audience);
  if (audience.length) {
    if (p.audience === null) unknowns.push('who it is for is not stated');
    else {
      const personIsFamily = audience.every((a) => FAMILY_ROLES.has(a));
      const personIsSelf = audience.every((a) => !FAMILY_ROLES.has(a));
      const programIsFamilyOnly = p.audience.every((a) => FAMILY_ROLES.has(a));
      const programHasFamily = p.audience.some((a) => FAMILY_ROLES.has(a));
      if (personIsSelf && programIsFamilyOnly) return null;
      if (personIsFamily && !programHasFamily) return null;
      const hit = p.audience.filter((a) => audience.includes(a));
      score += WEIGHTS.audience * hit.length;
      reasons.push(...hit.map((a) => `For ${AUDIENCE_LABELS[a as Audience] ?? a}`));
    }
  }

  // Cost (preference).
  const cost = splitList(answers.cost);
  if (cost.length) {
    if (p.cost === null) unknowns.push('cost not stated');
    else if (cost.includes(p.cost)) {
      score += WEIGHTS.cost;
      reasons.push(p.cost === 'donation' ? 'Donation-based' : cap(COST_LABELS[p.cost as Cost] ?? p.cost));
    }
  }

  // Peer-led (preference).
  if (answers.peerLed === true) {
    if (p.peerLed === null) unknowns.push('whether peers lead it is not stated');
    else if (p.peerLed) {
      score += WEIGHTS.peerLed;
      reasons.push('Peer-led');
    }
  }

  return { ...p, score, reasons, unknowns };
}

/** A program set aside because it is meant for a group the person did not name. */
export type GroupProgram = MatchedProgram & { groups: string };

export interface MatchResult {
  /** Programs that fit, best first. */
  ranked: MatchedProgram[];
  /** Programs that would fit but are meant for a specific group the person did not say they belong to, by name. */
  forGroups: GroupProgram[];
}

/**
 * Rank programs for a person's answers. Answers are normalised first (case, aliases such as `GB` or
 * `family`); an unknown value throws a usage error with the closest value. Programs ruled out by a
 * known mismatch are left out; programs for a specific group the person did not name go to `forGroups`.
 */
export function matchForPerson(programs: readonly Program[], answers: MatchAnswers): MatchResult {
  const normalized = normalizeAnswers(answers);
  const audience = splitList(normalized.audience);
  const ranked: MatchedProgram[] = [];
  const forGroups: GroupProgram[] = [];
  for (const p of programs) {
    const m = scoreProgram(p, normalized);
    if (!m) continue;
    if (personFits(p, audience)) ranked.push(m);
    else forGroups.push({ ...m, groups: groupWords(p) ?? NOT_STATED });
  }
  return {
    ranked: ranked.sort((a, b) => b.score - a.score || compareByName(a, b)),
    forGroups: forGroups.sort(compareByName),
  };
}

/** The ranked programs only (what `programs match --json` prints). */
export function matchPrograms(programs: readonly Program[], answers: MatchAnswers): MatchedProgram[] {
  return matchForPerson(programs, answers).ranked;
}
