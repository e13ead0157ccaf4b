import type { Entry, OwnProgram, QuestionnaireResult } from '../entry.js';
import type { Plan } from '../plan.js';
import { dayOf, type DayKey } from '../dates.js';
import { sanitizeForTerminal, sanitizeLine } from '../sanitize.js';
import { filterByPeriod } from '../stats.js';

export type ExportFormat = 'md' | 'csv' | 'json' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'csv', 'json', 'html'];

/** md and html summarise a recent stretch; csv and json carry everything unless asked. */
export const DEFAULT_SPAN: Record<ExportFormat, string | null> = { md: '30d', html: '30d', csv: null, json: null };

export interface ExportInput {
  /** The whole journal (exporters pick the period and drop private entries themselves). */
  entries: readonly Entry[];
  saved?: readonly string[];
  mine?: readonly OwnProgram[];
  /** Answered questionnaires (md and html show the totals in the period). */
  questionnaires?: readonly QuestionnaireResult[];
  /** json only: the journal's other top-level keys (settings, plan, …), see otherJournalKeys. */
  other?: Readonly<Record<string, unknown>>;
  period: { from: DayKey | null; to: DayKey | null; label: string };
  now: Date;
  includePrivate: boolean;
  /** false with --no-notes: notes are left out. */
  notes: boolean;
  /** Program id → display name (bundled directory or own groups). */
  programName?: (id: string) => string | undefined;
  /**
   * md and html: the person's plan, shown when given (the export command gives it only with
   * --include-plan). json carries the plan with `other` instead.
   */
  plan?: Plan | null;
}

export interface ExportOutput {
  content: string;
  /** Entries written. */
  count: number;
  /** Private entries in the period that were left out. */
  leftOut: number;
}

/** The entries an export shows, in stored order, and how many private ones were left out. */
export function selectEntries(input: Pick<ExportInput, 'entries' | 'period' | 'includePrivate'>): { entries: Entry[]; leftOut: number } {
  const inPeriod = filterByPeriod(input.entries, input.period);
  if (input.includePrivate) return { entries: inPeriod, leftOut: 0 };
  const entries = inPeriod.filter((e) => !e.private);
  return { entries, leftOut: inPeriod.length - entries.length };
}

/**
 * Oldest first, grouped by the entry's own day (see period.ts), then by the moment of `at`;
 * ties keep stored order. (Sorting by instant alone would put a Tokyo 23:50 before a New York
 * 11:30 of the same calendar day.)
 */
export function byTime(entries: readonly Entry[]): Entry[] {
  return entries
    .map((e, i) => ({ e, i, d: dayOf(e.at), t: Date.parse(e.at) }))
    .sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0) || a.t - b.t || a.i - b.i)
    .map((x) => x.e);
}

/** Name for a program id: "Name" when known, else the id itself. */
export function programLabel(id: string, programName?: (id: string) => string | undefined): string {
  return programName?.(id) ?? id;
}

/** `HH:MM` on the entry's own clock. */
export function timeOf(at: string): string {
  return at.slice(11, 16);
}

const PLAIN = /^[\t\n\x20-\x7e]*$/;
const PLAIN_LINE = /^[\x20-\x7e]*$/;

/** `sanitizeForTerminal`, skipped for plain printable ASCII (which it returns unchanged). */
export function cleanText(s: string): string {
  return PLAIN.test(s) ? s : sanitizeForTerminal(s);
}

/** `sanitizeLine` (newlines and tabs become spaces), with the same fast path. */
export function cleanLine(s: string): string {
  return PLAIN_LINE.test(s) ? s : sanitizeLine(s);
}
