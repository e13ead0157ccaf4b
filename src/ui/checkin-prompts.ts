import { ANXIETY_LABELS, emotionWordsFor, ENERGY_LABELS, MOOD_LABELS } from '../core/mood.js';
import { normalizeWords, parseSleepHours } from '../core/validate.js';
import type { Prompts } from './prompts.js';
import { truncate } from '../core/text.js';
import { safeLine } from './render.js';

/** What the guided check-in collects (everything but mood is optional). */
export interface CheckinAnswers {
  mood: number;
  emotions: string[];
  energy: number | null;
  anxiety: number | null;
  sleepHours: number | null;
  tags: string[];
  attended: string[];
  note: string;
  private: boolean;
}

export interface CheckinPromptContext {
  /** Tags used before, most used first. */
  knownTags: string[];
  /** Programs to offer for "Did you go to a group today?" (saved and own). */
  programs: { id: string; name: string }[];
  /** Prefill for `journal edit` (and a restored draft's note). */
  initial?: Partial<CheckinAnswers>;
  /**
   * When given, the note step offers the person's editor: typing `e` there opens it with the note
   * so far and the text saved becomes the note.
   */
  openEditor?: (initial: string) => Promise<string>;
  /** With `openEditor` (`--editor`): the note step opens the editor straight away. */
  editorFirst?: boolean;
  /** Hears the note as it is typed and when it is answered (to keep a draft on Ctrl+C). */
  onNote?: (note: string) => void;
}

/** What to type at the note step to open the editor instead. */
export const EDITOR_KEY = 'e';

const SKIP = 0;

export function moodChoices() {
  return Object.entries(MOOD_LABELS).map(([n, label]) => ({ name: `${n.padStart(2)}  ${label}`, value: Number(n) }));
}

function scaleChoices(labels: Record<number, string>, skipName: string) {
  return [{ name: skipName, value: SKIP }, ...Object.entries(labels).map(([n, label]) => ({ name: `${n}  ${label}`, value: Number(n) }))];
}

/**
 * A note kept from a cancelled check-in: offer it back (Enter says yes). The first line is shown,
 * cut short, so the person recognises it.
 */
export async function askRestoreDraft(p: Prompts, draft: { note: string; when: string }): Promise<boolean> {
  const [first = '', ...more] = draft.note.trim().split('\n');
  const shown = truncate(safeLine(first), 50) + (more.length ? ' …' : '');
  return p.confirm({ message: `You started a note on ${draft.when} that was not saved: “${shown}”. Use it now?`, default: true });
}

/**
 * The guided check-in: mood first, then extras that Enter skips. Returns the answers; throws
 * Inquirer's ExitPromptError on Ctrl+C (the caller saves nothing).
 */
export async function askCheckin(p: Prompts, ctx: CheckinPromptContext): Promise<CheckinAnswers> {
  const init = ctx.initial ?? {};
  const mood = await p.select({ message: 'How are you feeling right now? (type 1–10 or use ↑↓)', choices: moodChoices(), default: init.mood ?? 5, pageSize: 10 });

  // The words that fit the mood come first (a low mood: sad, tired, anxious, …); ones already picked before all.
  const emotionWords = [...new Set([...(init.emotions ?? []), ...emotionWordsFor(mood)])];
  const emotions = await p.checkbox({
    message: 'Any of these words fit? (space to pick, Enter to go on)',
    choices: emotionWords.map((w) => ({ name: w, value: w, checked: init.emotions?.includes(w) ?? false })),
    pageSize: 9,
  });

  const energy = await p.select({ message: 'Energy?', choices: scaleChoices(ENERGY_LABELS, 'skip'), default: init.energy ?? SKIP });
  const anxiety = await p.select({ message: 'Anxiety?', choices: scaleChoices(ANXIETY_LABELS, 'skip'), default: init.anxiety ?? SKIP });

  const sleepText = await p.input({
    message: 'Hours slept? (Enter to skip)',
    default: init.sleepHours != null ? String(init.sleepHours) : '',
    validate: (v) => {
      if (v.trim() === '') return true;
      try {
        parseSleepHours(v);
        return true;
      } catch {
        return 'A number from 0 to 24, like 7.5 — or leave it empty.';
      }
    },
  });

  let tags: string[] = [];
  const offered = [...new Set([...(init.tags ?? []), ...ctx.knownTags])].slice(0, 30);
  if (offered.length) {
    tags = await p.checkbox({
      message: 'Tags? (space to pick, Enter to go on)',
      choices: offered.map((t) => ({ name: t, value: t, checked: init.tags?.includes(t) ?? false })),
      pageSize: 9,
    });
  }
  const newTags = await p.input({ message: offered.length ? 'New tags, comma-separated? (Enter to skip)' : 'Tags, comma-separated? (Enter to skip)' });

  let attended: string[] = init.attended ?? [];
  if (ctx.programs.length) {
    attended = await p.checkbox({
      message: 'Did you go to a group today? (space to pick, Enter to go on)',
      choices: ctx.programs.map((g) => ({ name: g.name, value: g.id, checked: init.attended?.includes(g.id) ?? false })),
      pageSize: 8,
    });
  }

  const noteMessage = ctx.openEditor ? `A note? (Enter to skip, or type ${EDITOR_KEY} and Enter to write it in your editor)` : 'A note? (Enter to skip)';
  let note: string;
  if (ctx.openEditor && ctx.editorFirst) note = await ctx.openEditor(init.note ?? '');
  else {
    note = await p.input({ message: noteMessage, default: init.note ?? '', onType: ctx.onNote });
    if (ctx.openEditor && note.trim() === EDITOR_KEY) note = await ctx.openEditor(init.note ?? '');
  }
  ctx.onNote?.(note);
  const priv = await p.confirm({ message: 'Keep this one private (left out of exports)?', default: init.private ?? false });

  return {
    mood,
    emotions: normalizeWords(emotions, 'emotions'),
    energy: energy === SKIP ? null : energy,
    anxiety: anxiety === SKIP ? null : anxiety,
    sleepHours: sleepText.trim() === '' ? null : parseSleepHours(sleepText),
    tags: normalizeWords([...tags, ...newTags.split(',')], 'tags'),
    attended,
    note: note.trim() === '' ? '' : note,
    private: priv,
  };
}
