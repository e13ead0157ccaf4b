import { parseAt } from '../core/dates.js';
import type { Entry } from '../core/entry.js';
import { usageError } from '../core/errors.js';
import { checkNote, LIMITS, normalizeWords, parseIntInRange, parseSleepHours, splitList } from '../core/validate.js';
import type { Ctx } from './context.js';
import type { EntryFlags } from './entry-flags.js';

export type EntryPatch = Partial<Pick<Entry, 'mood' | 'energy' | 'anxiety' | 'sleepHours' | 'emotions' | 'tags' | 'note' | 'attended' | 'at' | 'private'>>;

/** Blank values ("", "none") clear an optional number when editing. */
const isClear = (v: string) => v.trim() === '' || v.trim().toLowerCase() === 'none';

/**
 * Validate every flag before anything is read or written, so bad input exits 2 with nothing saved.
 * `--note -` reads standard input.
 */
export async function patchFromFlags(
  flags: Omit<EntryFlags, 'private'> & { private?: boolean },
  ctx: Ctx,
  moodName = '--mood', // how errors name the mood: `checkin 11` was not typed as --mood
): Promise<EntryPatch> {
  const patch: EntryPatch = {};
  if (flags.mood !== undefined) patch.mood = parseIntInRange(flags.mood, moodName, 1, 10);
  if (flags.energy !== undefined) patch.energy = isClear(flags.energy) ? null : parseIntInRange(flags.energy, '--energy', 1, 5);
  if (flags.anxiety !== undefined) patch.anxiety = isClear(flags.anxiety) ? null : parseIntInRange(flags.anxiety, '--anxiety', 1, 5);
  if (flags.sleep !== undefined) patch.sleepHours = isClear(flags.sleep) ? null : parseSleepHours(flags.sleep);
  if (flags.emotions !== undefined) patch.emotions = normalizeWords(splitList(flags.emotions), '--emotions', LIMITS.emotionsPerEntry);
  if (flags.tags !== undefined) patch.tags = normalizeWords(splitList(flags.tags), '--tags', LIMITS.tagsPerEntry);
  if (flags.attended !== undefined) patch.attended = normalizeWords(splitList(flags.attended), '--attended', LIMITS.attendedPerEntry);
  if (flags.at !== undefined) patch.at = parseAt(flags.at, ctx.now());
  if (flags.private !== undefined) patch.private = flags.private;
  if (flags.note !== undefined) {
    const note = flags.note === '-' ? await ctx.readStdin() : flags.note;
    patch.note = checkNote(note.replace(/\r\n/g, '\n').replace(/\n$/, ''));
  }
  return patch;
}

export function hasAny(patch: EntryPatch): boolean {
  return Object.keys(patch).length > 0;
}

export function requireMood(patch: EntryPatch): number {
  if (patch.mood === undefined) {
    throw usageError('Pass --mood N (1 = very low, 10 = very good) to check in without prompts.', 'Example: peerpath checkin --mood 6 --tags walk');
  }
  return patch.mood;
}
