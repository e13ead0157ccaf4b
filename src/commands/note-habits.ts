import { format } from 'date-fns/format';
import { checkNote } from '../core/validate.js';
import type { JournalStore } from '../store/journal.js';
import { isPromptCancel } from '../ui/prompts.js';
import type { Ctx } from './context.js';

/**
 * A note written in the person's own editor (`$VISUAL`, `$EDITOR`, then `vi`), in a temporary file
 * inside the data folder. With an encrypted journal it says once per run that the editor sees the
 * note in plain text. The journal is read first, so an encrypted one asks for its passphrase before
 * anything is typed.
 */
export function noteEditor(ctx: Ctx, store: JournalStore): (initial: string) => Promise<string> {
  let told = false;
  return async (initial) => {
    await store.read();
    if (store.encrypted && !told) {
      told = true;
      ctx.out.info(ctx.out.ce.dim('Your journal is encrypted; your editor sees this note in plain text until you close it (its temporary file is then removed).'));
    }
    const { editText } = await import('../ui/editor.js');
    return checkNote(await editText({ dir: store.dir, initial }));
  };
}

/**
 * Run the guided check-in with the note draft: a note kept from a cancelled check-in is offered
 * back first (and prefills the note); a note typed before Ctrl+C is kept as the new draft (0600,
 * encrypted when the journal is); a saved check-in clears it. Call after the journal was read.
 */
export async function withNoteDraft<T>(
  ctx: Ctx,
  store: JournalStore,
  ask: (draft: { note?: string; onNote: (note: string) => void }) => Promise<T>,
): Promise<{ answers: T; clear: () => Promise<void> }> {
  const [{ readDraft, saveDraft, clearDraft }, { askRestoreDraft }] = await Promise.all([import('../store/draft.js'), import('../ui/checkin-prompts.js')]);
  const draft = await readDraft(store);
  let note: string | undefined;
  if (draft) {
    const when = format(new Date(draft.savedAt), 'EEE d MMM HH:mm'); // this machine's clock, like the prompt's reader
    if (await askRestoreDraft(await ctx.prompts(), { note: draft.note, when })) note = draft.note;
    else await clearDraft(store);
  }
  let typed = '';
  try {
    const answers = await ask({ note, onNote: (n) => void (typed = n) });
    return { answers, clear: () => clearDraft(store) };
  } catch (err) {
    if (isPromptCancel(err) && typed.trim() !== '') {
      await saveDraft(store, typed, ctx.now());
      ctx.out.info('Your note is kept as a draft: the next `peerpath checkin` offers it back.');
    }
    throw err;
  }
}
