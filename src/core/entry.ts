import type { BandName, QuestionnaireKind } from './questionnaires/items.js';
import type { Plan } from './plan.js';

/** A journal entry, exactly as stored and as `--json` prints it (see the interface contract). */
export interface Entry {
  id: string;
  /** ISO 8601 with the local UTC offset at the time, e.g. 2026-11-23T09:30:00.000-05:00 */
  at: string;
  /** ISO 8601 UTC, when the entry was saved. */
  recordedAt: string;
  /** 1 (very low) … 10 (very good) */
  mood: number;
  energy: number | null;
  anxiety: number | null;
  sleepHours: number | null;
  emotions: string[];
  tags: string[];
  note: string;
  /** Program ids (bundled or the person's own `my-…`). */
  attended: string[];
  private: boolean;
  updatedAt: string | null;
}

/** A person's own group, added with `programs add`. Ids start with `my-`. */
export interface OwnProgram {
  id: string;
  name: string;
  when: string | null;
  where: string | null;
  notes: string | null;
  createdAt: string;
}

export interface Config {
  country?: string;
  /** "yes" once the first-run country question was shown (answered or skipped), so it is asked once. */
  countryAsked?: string;
  [key: string]: string | undefined;
}

/**
 * One answered questionnaire (see core/questionnaires), as stored and as `--json` prints it.
 * `answers` holds one value 0–3 per item, in the questionnaire's order; `total` and `band` follow
 * from them. `difficulty` (PHQ-9 only, 0–3) is the difficulty question, when it was answered.
 */
export interface QuestionnaireResult {
  id: string;
  kind: QuestionnaireKind;
  /** ISO 8601 with the local UTC offset, like an entry's `at`. */
  at: string;
  answers: number[];
  total: number;
  band: BandName;
  difficulty?: number;
}

export const SCHEMA_VERSION = 2;

/** What a deleted entry leaves behind, so that a merge with another device does not bring it back. */
export interface Tombstone {
  id: string;
  deletedAt: string;
}

/** The whole journal file (plaintext form). */
export interface JournalData {
  schemaVersion: number;
  entries: Entry[];
  saved: string[];
  mine: OwnProgram[];
  config: Config;
  /** Answered questionnaires, in the order they were saved (absent until the first one). */
  questionnaires?: QuestionnaireResult[];
  /** The person's own plan for hard moments (absent until they write one). */
  plan?: Plan;
  /** Tombstones of deleted entries (kept). */
  deleted: Tombstone[];
  /** When each saved program, own group, setting (… any non-entry unit) last changed: path → ISO time. */
  stamps: Record<string, string>;
}

export function emptyJournal(): JournalData {
  return { schemaVersion: SCHEMA_VERSION, entries: [], saved: [], mine: [], config: {}, deleted: [], stamps: {} };
}
