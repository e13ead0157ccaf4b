/**
 * Text for the directory screens: the program table, one program in full, match results, help-now.
 * Every string from the data or the journal passes through the sanitiser; colour is optional and
 * nothing depends on it (unknowns are written out as "not stated").
 */
import type { ChalkInstance } from 'chalk';
import type { CrisisLine, Program } from '../directory/schema.js';
import type { OwnProgram } from '../core/entry.js';
import type { MatchedProgram } from '../directory/match.js';
import { AUDIENCE_LABELS, FOCUS_LABELS, FORMAT_LABELS, NOT_STATED, countryLabel } from '../directory/labels.js';
import { wrapText } from '../directory/guide.js';
import { sanitizeForTerminal as safe, sanitizeLine as safeLine } from '../core/sanitize.js';
import { displayWidth, fitCell, truncate } from '../core/text.js';

/** Short words for the table's "meets" column. */
const FORMAT_SHORT: Record<string, string> = {
  'in-person': 'in person',
  'online-video': 'video',
  'online-forum': 'forum',
  chat: 'chat',
  phone: 'phone',
  text: 'text',
};

/** A row of the list: a bundled program or one of the person's own groups. */
export type ListRow = { kind: 'program'; program: Program; saved: boolean } | { kind: 'own'; own: OwnProgram };

const DASH = '–';

function cells(row: ListRow): { mark: string; id: string; name: string; meets: string; focus: string; cost: string; where: string } {
  if (row.kind === 'own') {
    const o = row.own;
    return {
      mark: '+',
      id: safeLine(o.id),
      name: `${safeLine(o.name)} (yours)`,
      meets: o.when ? safeLine(o.when) : DASH,
      focus: DASH,
      cost: DASH,
      where: o.where ? safeLine(o.where) : DASH,
    };
  }
  const p = row.program;
  return {
    mark: row.saved ? '*' : ' ',
    id: p.id,
    name: safeLine(p.name),
    meets: p.formats ? p.formats.map((f) => FORMAT_SHORT[f] ?? f).join(', ') : DASH,
    focus: p.focus.join(', '),
    cost: p.cost ?? DASH,
    where: p.countries ? p.countries.join(', ') : DASH,
  };
}

/**
 * The compact list: mark, id, name, focus, meets, cost, where — fitted to `width` columns. When space is
 * short, columns give way in a fixed order (name, then focus, then meets and where, then the gaps);
 * the id is never cut, because it is what `programs show ID` needs.
 */
export function renderProgramTable(c: ChalkInstance, rows: readonly ListRow[], width: number): string {
  const data = rows.map(cells);
  type Key = 'id' | 'name' | 'focus' | 'meets' | 'cost' | 'where';
  const natural = (key: Key, header: string, cap: number) => Math.min(cap, Math.max(header.length, ...data.map((d) => displayWidth(d[key]))));
  const w = {
    id: natural('id', 'ID', 1000),
    name: natural('name', 'NAME', 40),
    focus: natural('focus', 'FOCUS', 30),
    meets: natural('meets', 'MEETS', 22),
    cost: natural('cost', 'COST', 10),
    where: natural('where', 'WHERE', 16),
  };
  let gap = 2;
  let showFocus = true;
  const total = () => 2 + w.id + w.name + (showFocus ? w.focus : 0) + w.meets + w.cost + w.where + gap * (showFocus ? 5 : 4);
  const steps: Array<() => void> = [
    () => (w.name = Math.min(w.name, 24)),
    () => (w.focus = Math.min(w.focus, 14)),
    () => (showFocus = false),
    () => (w.meets = Math.min(w.meets, 14)),
    () => (w.where = Math.min(w.where, 9)),
    () => (gap = 1),
    () => (w.name = Math.min(w.name, 14)),
    () => (w.meets = Math.min(w.meets, 9)),
  ];
  for (const step of steps) {
    if (total() <= width) break;
    step();
  }
  if (total() > width) w.name = Math.max(8, w.name - (total() - width));
  const intl = w.where < 'international'.length;
  const pad = fitCell;
  const line = (d: ReturnType<typeof cells>, header = false) => {
    const where = intl ? d.where.replace('international', 'intl') : d.where;
    const parts = [
      `${d.mark} ${pad(d.id, w.id)}`,
      pad(d.name, w.name),
      ...(showFocus ? [pad(d.focus, w.focus)] : []),
      pad(d.meets, w.meets),
      pad(d.cost, w.cost),
      truncate(where, w.where),
    ];
    const text = parts.join(' '.repeat(gap)).trimEnd();
    return header ? c.dim(text) : text;
  };
  const header = line({ mark: ' ', id: 'ID', name: 'NAME', meets: 'MEETS', focus: 'FOCUS', cost: 'COST', where: 'WHERE' }, true);
  return [header, ...data.map((d) => line(d))].join('\n');
}

/** True when the table for this width abbreviates "international" (so the legend can explain it). */
export function tableAbbreviatesInternational(rows: readonly ListRow[], width: number): boolean {
  return renderProgramTable({ dim: (s: string) => s } as unknown as ChalkInstance, rows, width).includes(' intl');
}

const labelled = (c: ChalkInstance, label: string, value: string) => `${c.dim(label.padEnd(13))}${value}`;

function listOrNotStated(values: readonly string[] | null, words: Record<string, string> = {}): string {
  if (values === null) return NOT_STATED;
  return values.map((v) => words[v] ?? v).join(', ');
}

/** Everything known about one program, for `programs show`. */
export function renderProgram(c: ChalkInstance, p: Program, opts: { saved: boolean; width: number }): string {
  const w = Math.max(40, Math.min(opts.width, 100));
  const lines: string[] = [];
  lines.push(`${c.bold(safeLine(p.name))}  ${c.dim(p.id)}${opts.saved ? c.dim('  (saved)') : ''}`);
  lines.push(...wrapText(safe(p.description), w));
  lines.push('');
  lines.push(labelled(c, 'Organization', p.organization ? safeLine(p.organization) : NOT_STATED));
  lines.push(labelled(c, 'Meets', listOrNotStated(p.formats, FORMAT_LABELS)));
  lines.push(labelled(c, 'About', listOrNotStated(p.focus, FOCUS_LABELS)));
  lines.push(labelled(c, 'For', listOrNotStated(p.audience, AUDIENCE_LABELS)));
  lines.push(labelled(c, 'Cost', p.cost ?? NOT_STATED));
  lines.push(labelled(c, 'Where', p.countries ? p.countries.map(countryLabel).join(', ') : NOT_STATED));
  lines.push(labelled(c, 'Languages', listOrNotStated(p.languages)));
  lines.push(labelled(c, 'Peer-led', p.peerLed === null ? NOT_STATED : p.peerLed ? 'yes' : 'no'));
  lines.push(labelled(c, 'Link', p.url ? safeLine(p.url) : NOT_STATED));
  lines.push('');
  lines.push(c.dim('What the sources say:'));
  lines.push(...wrapText(safe(p.details), w));
  if (p.caution) {
    lines.push('');
    lines.push(...wrapText(`Please note: ${safe(p.caution)}`, w));
  }
  lines.push('');
  lines.push(c.dim(`Source: ${safeLine(p.source)}`));
  for (const s of p.otherSources ?? []) lines.push(c.dim(`Also:   ${safeLine(s)}`));
  lines.push(...wrapText(`Checked on ${p.verifiedOn}. Times and places change, so confirm with the group before you go.`, w).map((l) => c.dim(l)));
  return lines.join('\n');
}

/** One of the person's own groups, for `programs show my-…`. */
export function renderOwnProgram(c: ChalkInstance, o: OwnProgram): string {
  return [
    `${c.bold(safeLine(o.name))}  ${c.dim(o.id)}  ${c.dim('(your own group)')}`,
    labelled(c, 'When', o.when ? safeLine(o.when) : NOT_STATED),
    labelled(c, 'Where', o.where ? safeLine(o.where) : NOT_STATED),
    labelled(c, 'Notes', o.notes ? safe(o.notes) : NOT_STATED),
    c.dim(`Added ${o.createdAt.slice(0, 10)}.`),
  ].join('\n');
}

/** Ranked match results: name, id, the reasons, and what is not known. */
export function renderMatches(c: ChalkInstance, items: readonly MatchedProgram[], width: number): string {
  const w = Math.max(40, Math.min(width, 100));
  const out: string[] = [];
  items.forEach((m, i) => {
    out.push(`${String(i + 1).padStart(2)}. ${c.bold(safeLine(m.name))}  ${c.dim(m.id)}`);
    const why = m.reasons.length ? m.reasons.join(' · ') : 'Fits what you told us';
    for (const l of wrapText(why, w - 4)) out.push(`    ${l}`);
    if (m.unknowns.length) for (const l of wrapText(`Not known: ${m.unknowns.join(', ')}`, w - 4)) out.push(c.dim(`    ${l}`));
    if (m.caution) out.push(c.dim('    Please note: some details may be out of date (see `programs show`).'));
  });
  return out.join('\n');
}

function contactLines(l: CrisisLine): string[] {
  const parts: string[] = [];
  if (l.contact.phone) parts.push(`Call ${safeLine(l.contact.phone)}`);
  if (l.contact.text) parts.push(`Text ${safeLine(l.contact.text)}`);
  if (l.contact.chat) parts.push(`Chat: ${safeLine(l.contact.chat)}`);
  if (l.contact.email) parts.push(`Email ${safeLine(l.contact.email)}`);
  return parts;
}

/** One crisis line: name, then how to reach it, hours, languages, link. */
export function renderCrisisLine(c: ChalkInstance, l: CrisisLine, width: number): string[] {
  const w = Math.max(40, Math.min(width, 100));
  const out = [c.bold(safeLine(l.name))];
  const reach = contactLines(l);
  if (reach.length) out.push(...wrapText(reach.join(' · '), w - 2).map((s) => `  ${s}`));
  const facts: string[] = [];
  // A directory (no phone, text or chat of its own) has no hours to speak of.
  if (reach.length || l.hours) facts.push(l.hours ? `Hours: ${safeLine(l.hours)}` : 'Hours: not stated');
  if (l.languages) facts.push(`Languages: ${l.languages.map(safeLine).join(', ')}`);
  if (facts.length) out.push(...wrapText(facts.join(' · '), w - 2).map((s) => `  ${s}`));
  if (l.url) out.push(`  ${safeLine(l.url)}`);
  if (l.caution) out.push(...wrapText(`Please note: ${safe(l.caution)}`, w - 2).map((s) => c.dim(`  ${s}`)));
  return out;
}

/** One crisis line on one or two lines, for the every-country view: "Samaritans: call 116 123 · 24/7". */
export function renderCrisisLineShort(c: ChalkInstance, l: CrisisLine, width: number): string[] {
  const w = Math.max(40, Math.min(width, 100));
  const reach = contactLines(l);
  const bits = [...reach, ...(l.hours ? [l.hours === '24/7' ? '24/7' : `hours: ${safeLine(l.hours)}`] : [])];
  if (!reach.length && l.url) bits.push(safeLine(l.url));
  const text = `${safeLine(l.name)}: ${bits.join(' · ')}`;
  return wrapText(text, w - 2).map((s, i) => (i === 0 ? `  ${s}` : `    ${s}`)).concat(
    l.caution ? [c.dim('    (hours may have changed; see `peerpath help-now --country ' + l.country + '`)')] : [],
  );
}
