import type { JournalData } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { closestIds } from '../../directory/suggest.js';
import { loadPrograms } from '../../directory/load.js';

/**
 * Programs to offer for "Did you go to a group today?": the person's own groups, then saved programs
 * (by name). A saved id that is no longer in the directory is not offered (it could not be recorded).
 */
export function attendanceChoices(data: JournalData): { id: string; name: string }[] {
  const bundled = new Map(loadPrograms().map((p) => [p.id, p.name]));
  return [
    ...data.mine.map((p) => ({ id: p.id, name: `${p.name} (yours)` })),
    ...data.saved.flatMap((id) => {
      const name = bundled.get(id);
      return name === undefined ? [] : [{ id, name }];
    }),
  ];
}

/**
 * Check `attended` ids against the directory and the person's own groups. An unknown id is a usage
 * error (exit 2, nothing saved) naming the closest known ids.
 */
export function validateAttended(ids: readonly string[], data: JournalData): void {
  const known = [...loadPrograms().map((p) => p.id), ...data.mine.map((p) => p.id)];
  const set = new Set(known);
  for (const id of ids) {
    if (set.has(id)) continue;
    const near = closestIds(id, known);
    throw usageError(
      `Unknown program id "${id}" in --attended.${near.length ? ` Did you mean: ${near.join(', ')}?` : ''}`,
      'Ids are listed by `peerpath programs` (your own groups: `peerpath programs --mine`).',
    );
  }
}

/** A readable name for a program id in this journal's context. */
export function programName(id: string, data: JournalData): string {
  return data.mine.find((p) => p.id === id)?.name ?? loadPrograms().find((p) => p.id === id)?.name ?? id;
}
