import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import type { JournalStore } from './journal.js';

/** The note of a check-in that was cancelled, kept beside the journal (0600, sealed like it). */
export const DRAFT_FILE = 'note-draft';

export interface NoteDraft {
  note: string;
  /** When it was kept (ISO). */
  savedAt: string;
}

function draftPath(store: JournalStore): string {
  return join(store.dir, DRAFT_FILE);
}

/**
 * Keep `note` as the draft, replacing any earlier one: written atomically, 0600, and encrypted
 * when the journal is (read the journal first, so the store knows).
 */
export async function saveDraft(store: JournalStore, note: string, now: Date): Promise<void> {
  const draft: NoteDraft = { note, savedAt: now.toISOString() };
  const bytes = await store.seal(Buffer.from(JSON.stringify(draft), 'utf8'));
  await store.ensureDir();
  await writeFileAtomic(draftPath(store), bytes, store.ops);
}

/**
 * The draft, or null when there is none. A draft that cannot be opened (damaged, or sealed with
 * another passphrase) is treated as none: it never stands in the way of a check-in.
 */
export async function readDraft(store: JournalStore): Promise<NoteDraft | null> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(draftPath(store));
  } catch {
    return null;
  }
  try {
    const value = JSON.parse((await store.unseal(bytes)).toString('utf8')) as Partial<NoteDraft>;
    if (typeof value.note !== 'string' || typeof value.savedAt !== 'string' || value.note.trim() === '') return null;
    return { note: value.note, savedAt: value.savedAt };
  } catch {
    return null;
  }
}

export async function clearDraft(store: JournalStore): Promise<void> {
  await fsp.rm(draftPath(store), { force: true });
}

/**
 * Run `change` (turning encryption on or off, or a new passphrase) and seal any draft again the new
 * way, so a draft never stays plaintext beside an encrypted journal, nor needs an old passphrase.
 */
export async function resealingDraft(store: JournalStore, change: () => Promise<void>): Promise<void> {
  const draft = await readDraft(store);
  await change();
  if (draft) await saveDraft(store, draft.note, new Date(draft.savedAt));
}
