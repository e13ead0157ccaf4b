import type { QuestionnaireResult } from '../core/entry.js';
import { newId } from '../core/ids.js';
import { lastOfKind } from '../core/questionnaires/history.js';
import type { QuestionnaireKind } from '../core/questionnaires/items.js';
import { makeResult } from '../core/questionnaires/score.js';
import type { JournalStore } from './journal.js';

/**
 * Score and save one answered questionnaire under the journal lock. Returns the saved result and the
 * previous result of the same kind (read inside the lock, so "since last time" is never stale).
 */
export async function saveQuestionnaireResult(
  store: JournalStore,
  kind: QuestionnaireKind,
  fields: { at: string; answers: readonly number[]; difficulty?: number },
): Promise<{ result: QuestionnaireResult; previous: QuestionnaireResult | undefined }> {
  return store.update((data) => {
    const list = data.questionnaires ?? [];
    const previous = lastOfKind(list, kind);
    const taken = new Set([...list.map((r) => r.id), ...data.entries.map((e) => e.id)]);
    const result = makeResult(kind, { ...fields, id: newId(taken) });
    data.questionnaires = [...list, result];
    return { result, previous };
  });
}
