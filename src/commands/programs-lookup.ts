import type { JournalData } from '../core/entry.js';

/**
 * Program names and ids known to this journal, for attendance. The directory work extends this with
 * the bundled programs; until then, the person's own groups and saved ids are what we know.
 */
export function attendanceChoices(data: JournalData): { id: string; name: string }[] {
  return [...data.mine.map((p) => ({ id: p.id, name: `${p.name} (yours)` })), ...data.saved.map((id) => ({ id, name: id }))];
}

/** Check `attended` ids; the directory work makes unknown ids an error. */
export function validateAttended(_ids: readonly string[], _data: JournalData): void {}

/** A readable name for a program id in this journal's context. */
export function programName(id: string, data: JournalData): string {
  return data.mine.find((p) => p.id === id)?.name ?? id;
}
