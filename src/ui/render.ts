import type { ChalkInstance } from 'chalk';
import { format } from 'date-fns/format';
import type { Entry } from '../core/entry.js';
import { ANXIETY_LABELS, ENERGY_LABELS, moodLabel } from '../core/mood.js';
import { sanitizeForTerminal, sanitizeLine } from '../core/sanitize.js';
import { truncate } from '../core/text.js';

/** Every stored string goes through this before it reaches a terminal. */
export const safe = sanitizeForTerminal;
export const safeLine = sanitizeLine;

/** Mood colours: calm, never alarm-red. */
export function moodColor(c: ChalkInstance, mood: number): (s: string) => string {
  if (mood <= 2) return c.magenta;
  if (mood <= 4) return c.blue;
  if (mood <= 6) return c.cyan;
  if (mood <= 8) return c.green;
  return c.yellow;
}

/** "6 okay" with colour. */
export function renderMood(c: ChalkInstance, mood: number): string {
  return moodColor(c, mood)(`${String(mood).padStart(2)} ${moodLabel(mood)}`);
}

/** The wall-clock time written in the entry (its own offset), e.g. "Mon 23 Nov 2026 09:30". */
export function entryWhen(at: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(at);
  if (!m) return at;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return format(d, 'EEE d MMM yyyy HH:mm');
}


/** One line per entry for `journal`: id, when, mood, tags, first line of the note. */
export function renderEntryLine(c: ChalkInstance, e: Entry, width: number): string {
  const when = entryWhen(e.at);
  const moodText = `${String(e.mood).padStart(2)} ${moodLabel(e.mood)}`.padEnd(14);
  const tags = e.tags.map((t) => '#' + safeLine(t)).join(' ');
  const note = safeLine(e.note.split('\n', 1)[0] ?? '');
  const extra = [tags, note].filter(Boolean).join('  ');
  const priv = e.private ? `${extra ? ' ' : ''}(private)` : ''; // never cut off with the note
  const fixed = e.id.length + 2 + when.length + 2 + 14 + 1 + priv.length;
  return `${c.dim(e.id)}  ${when}  ${moodColor(c, e.mood)(moodText)} ${truncate(extra, Math.max(0, width - fixed))}${c.dim(priv)}`.trimEnd();
}

/** All of an entry, for `journal show`. */
export function renderEntry(c: ChalkInstance, e: Entry, programName: (id: string) => string = (id) => id): string {
  const lines: string[] = [];
  const label = (s: string) => c.dim(s.padEnd(10));
  lines.push(`${c.bold(entryWhen(e.at))}  ${c.dim(e.id)}${e.private ? c.dim('  (private)') : ''}`);
  lines.push(`${label('Mood')}${renderMood(c, e.mood).trim()}`);
  if (e.energy !== null) lines.push(`${label('Energy')}${e.energy} ${ENERGY_LABELS[e.energy] ?? ''}`);
  if (e.anxiety !== null) lines.push(`${label('Anxiety')}${e.anxiety} ${ANXIETY_LABELS[e.anxiety] ?? ''}`);
  if (e.sleepHours !== null) lines.push(`${label('Sleep')}${e.sleepHours} h`);
  if (e.emotions.length) lines.push(`${label('Feelings')}${e.emotions.map(safeLine).join(', ')}`);
  if (e.tags.length) lines.push(`${label('Tags')}${e.tags.map((t) => '#' + safeLine(t)).join(' ')}`);
  if (e.attended.length) lines.push(`${label('Went to')}${e.attended.map((id) => safeLine(programName(id))).join(', ')}`);
  if (e.note) {
    lines.push('');
    lines.push(safe(e.note));
  }
  if (e.updatedAt) lines.push(c.dim(`\nEdited ${entryWhen(e.updatedAt.replace('Z', ''))} UTC`));
  return lines.join('\n');
}
