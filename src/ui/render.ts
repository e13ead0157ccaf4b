import type { ChalkInstance } from 'chalk';
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

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The wall-clock time written in the entry (its own offset), e.g. "Mon 23 Nov 2026 09:30". In a
 * list (`alignDay`) the day is padded, "Sun  1 Nov" under "Wed 28 Oct", so the columns line up.
 * Built by hand: it runs once per line of a journal that may hold 100,000 entries.
 */
export function entryWhen(at: string, alignDay = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(at);
  if (!m) return at;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = DAY_NAMES[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  const month = MONTH_NAMES[mo - 1];
  if (weekday === undefined || month === undefined) return at;
  return `${weekday} ${alignDay ? String(d).padStart(2) : d} ${month} ${m[1]} ${m[4]}:${m[5]}`;
}


/** The columns of a journal line before the tags and note: id, when, mood. */
function lineHead(c: ChalkInstance, e: Entry): { text: string; width: number } {
  const when = entryWhen(e.at, true);
  const moodText = `${String(e.mood).padStart(2)} ${moodLabel(e.mood)}`.padEnd(14);
  return { text: `${c.dim(e.id)}  ${when}  ${moodColor(c, e.mood)(moodText)}`, width: e.id.length + 2 + when.length + 2 + 14 };
}

/**
 * One line per entry for `journal`: id, when, mood, tags, first line of the note. A note with more
 * lines ends with "…" so the list never hides that there is more (`journal --full` shows it).
 */
export function renderEntryLine(c: ChalkInstance, e: Entry, width: number): string {
  const head = lineHead(c, e);
  const tags = e.tags.map((t) => '#' + safeLine(t)).join(' ');
  const [first = '', ...more] = e.note.trim().split('\n');
  const note = safeLine(first).trimEnd() + (more.length ? '…' : '');
  const extra = [tags, note].filter(Boolean).join('  ');
  const priv = e.private ? `${extra ? ' ' : ''}(private)` : ''; // never cut off with the note
  const fixed = head.width + 1 + priv.length;
  return `${head.text} ${truncate(extra, Math.max(0, width - fixed))}${c.dim(priv)}`.trimEnd();
}

/**
 * An entry for `journal --full`: the list line's columns, then the other fields and the whole note,
 * indented under it.
 */
export function renderEntryFull(c: ChalkInstance, e: Entry): string {
  const head = lineHead(c, e);
  const tags = e.tags.map((t) => '#' + safeLine(t)).join(' ');
  const lines = [`${head.text}${tags ? ' ' + tags : ''}${e.private ? c.dim(' (private)') : ''}`.trimEnd()];
  const facts: string[] = [];
  if (e.emotions.length) facts.push(e.emotions.map(safeLine).join(', '));
  if (e.energy !== null) facts.push(`energy ${e.energy}/5`);
  if (e.anxiety !== null) facts.push(`anxiety ${e.anxiety}/5`);
  if (e.sleepHours !== null) facts.push(`sleep ${e.sleepHours} h`);
  if (facts.length) lines.push(`    ${c.dim(facts.join(' · '))}`);
  if (e.note.trim()) for (const l of safe(e.note.trim()).split('\n')) lines.push(`    ${l}`.trimEnd());
  return lines.join('\n');
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
