/**
 * help-now: what to show, and the screen. The view model is built from plain values (the country as
 * given, configured or guessed; the bundled lines and emergency numbers; the plan) so it never fails
 * and is easy to test; the renderer fits it to one screen.
 */
import type { ChalkInstance } from 'chalk';
import { countryInfo, countryName, placeName, resolveCountry, type CountryGuess } from '../core/countries.js';
import { isPlanEmpty, planShortForm, type Plan } from '../core/plan.js';
import { sanitizeLine as safeLine } from '../core/sanitize.js';
import { wrapText } from '../core/text.js';
import type { CrisisLine } from '../directory/schema.js';
import { contactLines } from './directory-render.js';

/** An emergency number as the facts give it; only these fields are used. */
export interface EmergencyNumberLike {
  country: string;
  general: string;
  notes?: string | null;
}

export type CountryFrom = 'given' | 'config' | 'time zone' | 'locale';

export interface HelpNowView {
  /** The country shown, or null when it is unknown or not set. */
  country: string | null;
  countryName: string | null;
  /** `number` is the facts' `general`, exactly as written there. */
  emergency: { number: string; notes: string | null } | null;
  lines: CrisisLine[];
  international: CrisisLine[];
  plan: Plan | null;
  /** Where the country came from (null when there is none). */
  countryFrom: CountryFrom | null;
  /** A country given or configured that we do not know, as written (else null). */
  unknownCountry: string | null;
  /** True when the journal could not be read, so a plan may exist but is not shown. */
  planUnavailable: boolean;
}

export interface HelpNowInput {
  /** `--country` as typed. */
  given?: string | undefined;
  /** The configured country (a code, as stored). */
  configured?: string | null;
  guess?: CountryGuess | null;
  crisisLines: readonly CrisisLine[];
  emergencyNumbers: readonly EmergencyNumberLike[];
  plan?: Plan | null;
  planUnavailable?: boolean;
}

const INTERNATIONAL = 'international';

/** Which country, from where: given, then configured, then guessed. */
function pickCountry(input: HelpNowInput): { code: string | null; from: CountryFrom | null; unknown: string | null } {
  const given = input.given?.trim();
  if (given) {
    if (given.toLowerCase() === INTERNATIONAL || given.toLowerCase() === 'all') return { code: null, from: null, unknown: null };
    const code = resolveCountry(given);
    return code ? { code, from: 'given', unknown: null } : { code: null, from: null, unknown: given };
  }
  if (input.configured) {
    const code = resolveCountry(input.configured);
    return code ? { code, from: 'config', unknown: null } : { code: null, from: null, unknown: input.configured };
  }
  if (input.guess) return { code: input.guess.code, from: input.guess.from, unknown: null };
  return { code: null, from: null, unknown: null };
}

/** The emergency number for a country: its own, or the EU's 112 for a member without its own entry. */
export function emergencyFor(code: string, numbers: readonly EmergencyNumberLike[]): { number: string; notes: string | null } | null {
  const own = numbers.find((n) => n.country === code) ?? (countryInfo(code)?.eu ? numbers.find((n) => n.country === 'EU') : undefined);
  return own ? { number: own.general, notes: own.notes ?? null } : null;
}

/** Pure: everything help-now shows. Never throws. */
export function buildHelpNow(input: HelpNowInput): HelpNowView {
  const { code, from, unknown } = pickCountry(input);
  const plan = input.plan && !isPlanEmpty(input.plan) ? input.plan : null;
  return {
    country: code,
    countryName: code ? countryName(code) : null,
    emergency: code ? emergencyFor(code, input.emergencyNumbers) : null,
    lines: code ? input.crisisLines.filter((l) => l.country === code) : [],
    international: input.crisisLines.filter((l) => l.country === INTERNATIONAL),
    plan,
    countryFrom: from,
    unknownCountry: unknown,
    planUnavailable: Boolean(input.planUnavailable),
  };
}

/** The JSON `help-now --json` prints: the contract's keys, then ours. */
export function helpNowJson(v: HelpNowView): Record<string, unknown> {
  return {
    country: v.country,
    countryName: v.countryName,
    emergency: v.emergency,
    lines: v.lines,
    international: v.international,
    plan: v.plan,
    countryFrom: v.countryFrom,
    unknownCountry: v.unknownCountry,
  };
}

/** One line of the country, compact: the name, then how to reach it and when, then its caution. */
function lineBlock(c: ChalkInstance, l: CrisisLine, width: number, withCaution: boolean): string[] {
  const out = wrapText(safeLine(l.name), width).map((s) => c.bold(s));
  const reach = contactLines(l);
  reach.push(`Hours: ${l.hours ? safeLine(l.hours) : 'not stated'}`);
  out.push(...wrapText(reach.join(' · '), width - 2).map((s) => `  ${s}`));
  if (withCaution && l.caution) out.push(...wrapText(`Please note: ${safeLine(l.caution)}`, width - 2).map((s) => `  ${s}`));
  return out;
}

export interface RenderOptions {
  width: number;
  /** Most lines on screen (the plan's lines come on top). */
  maxLines?: number;
  /** Show every caution and the emergency notes, however long. */
  full?: boolean;
}

/** The plan's short form with its heading, or nothing when there is no plan. */
export function renderPlanShort(c: ChalkInstance, plan: Plan | null, width: number, max: number): string[] {
  const items = planShortForm(plan, max);
  if (!items.length) return [];
  return [c.bold('Your plan'), ...items.flatMap((s) => wrapText(safeLine(s), width - 2).map((x) => `  ${x}`))];
}

const SET_COUNTRY = 'To set your country: `peerpath config set country DE` (a code or a name)';

/** The help-now screen, one screen high: ≤ 20 lines at 80 columns when there is no plan. */
export function renderHelpNow(c: ChalkInstance, v: HelpNowView, opts: RenderOptions): string[] {
  const width = Math.max(40, Math.min(opts.width, 100));
  const budget = opts.maxLines ?? 20;
  const top: string[] = [];
  const plan = renderPlanShort(c, v.plan, width, 3);
  if (plan.length) top.push(...plan, `  ${c.dim('All of it: peerpath plan')}`, '');
  else if (v.planUnavailable) top.push(c.dim('(Your plan is in your journal, which could not be opened just now.)'), '');

  const head: string[] = [];
  if (v.emergency) {
    head.push(...wrapText(`In an emergency call ${safeLine(v.emergency.number)}.`, width).map((s) => c.bold(s)));
    if (opts.full && v.emergency.notes) head.push(...wrapText(safeLine(v.emergency.notes), width - 2).map((s) => `  ${s}`));
  } else {
    head.push(c.bold('In an emergency, call your local emergency number.'));
    head.push(...wrapText('112 works in many countries, including every country in the European Union.', width));
  }
  head.push('');

  const tail: string[] = [];
  const intl = v.international[0];
  if (intl) {
    const where = v.country && v.lines.length ? 'Anywhere else' : v.country ? `For ${placeName(v.country)} and anywhere else` : 'Helplines in every country';
    // The name without its explanation in brackets, so the pointer fits one line.
    const name = safeLine(intl.name).replace(/\s*\(.*\)$/, '');
    tail.push(...wrapText(intl.url ? `${where}: ${name}, ${safeLine(intl.url)}` : `${where}: ${name}`, width));
  }
  if (v.unknownCountry !== null) {
    tail.push(...wrapText(`peerpath does not know the country "${safeLine(v.unknownCountry)}".`, width), SET_COUNTRY);
  } else if (v.country === null) {
    tail.push(SET_COUNTRY);
  } else if (v.countryFrom === 'time zone' || v.countryFrom === 'locale') {
    tail.push(...wrapText(`Guessed from your ${v.countryFrom}; to change it: \`peerpath config set country XX\``, width));
  }

  const body = (withCautions: boolean) => {
    const out: string[] = [];
    if (v.country && v.lines.length) {
      out.push(`Crisis and support lines in ${placeName(v.country)}:`);
      for (const l of v.lines) out.push(...lineBlock(c, l, width, withCautions));
      out.push('');
    } else if (v.country) {
      out.push(...wrapText(`peerpath has no crisis lines for ${placeName(v.country)} yet.`, width), '');
    }
    return out;
  };
  let middle = body(true);
  const fits = (m: string[]) => head.length + m.length + tail.length <= budget;
  if (!opts.full && !fits(middle)) {
    middle = body(false);
    // The cautions did not fit: say where they are, in one line.
    if (v.lines.some((l) => l.caution)) {
      middle.splice(middle.length - 1, 0, c.dim(`  Notes on these lines: peerpath help-now --country ${v.country} --full`));
    }
  }
  return [...top, ...head, ...middle, ...tail];
}

/** One line, one sentence: "Samaritans: Call 116 123 · Hours: 24/7". Plain text (sanitised). */
export function crisisLineBrief(l: CrisisLine): string {
  const reach = contactLines(l);
  if (!reach.length && l.url) reach.push(safeLine(l.url));
  return `${safeLine(l.name)}: ${[...reach, `Hours: ${l.hours ? safeLine(l.hours) : 'not stated'}`].join(' · ')}`;
}

/**
 * After a check-in with a low mood: the first one or two things from the plan, the country's first
 * line, and where to find more. Normal weight (never dim), no counts, no alarm words.
 */
export function renderLowMoodBlock(v: HelpNowView, width: number): string[] {
  const w = Math.max(40, Math.min(width, 100));
  const out: string[] = [];
  const plan = planShortForm(v.plan, 2);
  if (plan.length) {
    out.push('From your plan:');
    for (const item of plan) out.push(...wrapText(safeLine(item), w - 2).map((s) => `  ${s}`));
  }
  const first = v.lines[0];
  if (first) out.push(...wrapText(`Someone to talk to now: ${crisisLineBrief(first)}`, w));
  out.push('More ways to reach someone: `peerpath help-now`', 'Peer groups that might fit: `peerpath programs match`');
  return out;
}
