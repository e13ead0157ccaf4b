/**
 * Text for the directory screens: the program table, one program in full, match results, help-now.
 * Every string from the data or the journal passes through the sanitiser; colour is optional and
 * nothing depends on it (unknowns are written out as "not stated").
 */
import type { ChalkInstance } from 'chalk';
import type { CrisisLine, Program } from '../directory/schema.js';
import type { OwnProgram } from '../core/entry.js';
import { ageNotes, groupWords } from '../directory/audience.js';
import type { GroupProgram, MatchedProgram } from '../directory/match.js';
import { AUDIENCE_LABELS, FOCUS_LABELS, FORMAT_LABELS, NOT_STATED, countryLabel } from '../directory/labels.js';
import { displayWidth, fitCell, truncate, wrapText } from '../core/text.js';
import { sanitizeForTerminal as safe, sanitizeLine as safeLine } from '../core/sanitize.js';

/**
 * Cut `s` to `width` terminal columns with an ellipsis (wide characters and emoji count as two), then pad
 * it to exactly `width`. The one place the directory measures text; render.ts will share a width-aware
 * truncate, at which point this calls it.
 */
function fit(s: string, width: number, pad = true): string {
  if (width <= 0) return '';
  return pad ? fitCell(s, width) : truncate(s, width);
}

/** Short words for the table's "meets" column. */
const FORMAT_SHORT: Record<string, string> = {
  'in-person': 'in person',
  'online-video': 'video',
  'online-forum': 'forum',
  chat: 'chat',
  phone: 'phone',
  text: 'text',
};

/** Marks for the "reach" column; plain letters where the terminal may not draw symbols (TERM=dumb, no UTF-8). */
const REACH_MARKS = {
  unicode: { phone: '☎', text: 'sms', chat: 'chat', email: '✉', url: 'link', findAGroup: 'find' },
  ascii: { phone: 'tel', text: 'sms', chat: 'chat', email: 'mail', url: 'link', findAGroup: 'find' },
} as const;
type ReachKind = keyof (typeof REACH_MARKS)['ascii'];

/** May the terminal draw ☎ and ✉? Not with TERM=dumb, nor without a UTF-8 locale. */
export function canDrawSymbols(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'dumb') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale);
}

/** The ways to reach a program, in the order a person would try them. */
function reachKinds(p: Program): ReachKind[] {
  const c = p.contact;
  const kinds: ReachKind[] = [];
  if (c?.phone) kinds.push('phone');
  if (c?.text) kinds.push('text');
  if (c?.chat) kinds.push('chat');
  if (c?.email) kinds.push('email');
  if (p.url) kinds.push('url');
  if (c?.findAGroup) kinds.push('findAGroup');
  return kinds;
}

/** The compact "reach" cell: "☎ sms link", or a dash when nothing is stated. */
export function reachCell(p: Program, symbols: boolean): string {
  const marks = symbols ? REACH_MARKS.unicode : REACH_MARKS.ascii;
  const kinds = reachKinds(p);
  return kinds.length ? kinds.map((k) => marks[k]).join(' ') : DASH;
}

/** The legend for the marks a table used ("☎ phone, sms text, link web page"). */
export function reachLegend(programs: readonly Program[], symbols: boolean): string {
  const marks = symbols ? REACH_MARKS.unicode : REACH_MARKS.ascii;
  const words: Record<ReachKind, string> = { phone: 'phone', text: 'text', chat: 'chat', email: 'email', url: 'web page', findAGroup: 'find a group' };
  const used = new Set(programs.flatMap(reachKinds));
  return (Object.keys(words) as ReachKind[])
    .filter((k) => used.has(k) && marks[k] !== words[k])
    .map((k) => `${marks[k]} ${words[k]}`)
    .join(', ');
}

/** A row of the list: a bundled program or one of the person's own groups. */
export type ListRow = { kind: 'program'; program: Program; saved: boolean } | { kind: 'own'; own: OwnProgram };

const DASH = '–';

type Cells = { mark: string; id: string; name: string; reach: string; meets: string; focus: string; cost: string; where: string };

function cells(row: ListRow, symbols: boolean): Cells {
  if (row.kind === 'own') {
    const o = row.own;
    return {
      mark: '+',
      id: safeLine(o.id),
      name: `${safeLine(o.name)} (yours)`,
      reach: DASH,
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
    reach: reachCell(p, symbols),
    meets: p.formats ? p.formats.map((f) => FORMAT_SHORT[f] ?? f).join(', ') : DASH,
    focus: p.focus.join(', '),
    cost: p.cost ?? DASH,
    where: p.countries ? p.countries.join(', ') : DASH,
  };
}

type Col = Exclude<keyof Cells, 'mark'>;
const HEADERS: Record<Col, string> = { id: 'ID', name: 'NAME', reach: 'REACH', meets: 'MEETS', focus: 'FOCUS', cost: 'COST', where: 'WHERE' };
/** The room NAME should have before the table gives up another column for it. */
const NAME_ROOM = 32;
/** Below this, the name goes on a line of its own under the id. */
const NAME_MIN = 16;

export interface TableOptions {
  /** ☎ and ✉ in the reach column (see canDrawSymbols); plain letters otherwise. */
  symbols?: boolean;
}

/**
 * The compact list: mark, id, name, reach, where, cost, meets, focus — fitted to `width` columns. The
 * id is never cut (it is what `programs show ID` needs) and the name gets the room: when space is short,
 * focus goes first, then how it meets, then cost, then the countries shrink and the gaps. When even then the name
 * would have fewer than 16 columns, each program takes two lines and the name has a line of its own.
 */
export function renderProgramTable(c: ChalkInstance, rows: readonly ListRow[], width: number, opts: TableOptions = {}): string {
  const data = rows.map((r) => cells(r, opts.symbols ?? false));
  const natural = (key: Col, cap: number) => Math.min(cap, Math.max(displayWidth(HEADERS[key]), ...data.map((d) => displayWidth(d[key]))));
  const w: Record<Col, number> = {
    id: natural('id', 1000),
    name: natural('name', 56),
    reach: natural('reach', 24),
    where: natural('where', 16),
    cost: natural('cost', 10),
    meets: natural('meets', 22),
    focus: natural('focus', 30),
  };
  let cols: Col[] = ['id', 'name', 'reach', 'where', 'cost', 'meets', 'focus'];
  let gap = 2;
  const others = () => 2 + cols.filter((k) => k !== 'name').reduce((n, k) => n + w[k] + gap, 0);
  const room = () => width - others();
  const wantName = Math.min(w.name, NAME_ROOM);
  const steps: Array<() => void> = [
    () => (w.focus = Math.min(w.focus, 14)),
    () => (cols = cols.filter((k) => k !== 'focus')),
    () => (w.meets = Math.min(w.meets, 12)),
    () => (cols = cols.filter((k) => k !== 'meets')),
    () => (w.where = Math.min(w.where, 9)),
    () => (cols = cols.filter((k) => k !== 'cost')),
    () => (gap = 1),
  ];
  for (const step of steps) {
    if (room() >= wantName) break;
    step();
  }
  // Too narrow for the name beside the id: the name gets a line of its own, as wide as the terminal.
  const twoLines = room() < Math.min(w.name, NAME_MIN);
  if (twoLines) {
    gap = 2;
    cols = cols.filter((k) => k !== 'name');
    // Still too wide: the countries go, then the reach column is cut (the id never is).
    if (others() - gap > width) cols = cols.filter((k) => k !== 'where');
    if (others() - gap > width) w.reach = Math.max(1, width - (others() - gap - w.reach));
  } else w.name = Math.min(w.name, room());
  const intl = cols.includes('where') && w.where < 'international'.length;
  const line = (d: Cells, header = false) => {
    const where = intl ? d.where.replace('international', 'intl') : d.where;
    const parts = cols.map((k, i) => (k === 'id' ? `${d.mark} ${fit(d.id, w.id)}` : fit(k === 'where' ? where : d[k], w[k], i < cols.length - 1)));
    const text = parts.join(' '.repeat(gap)).trimEnd();
    if (header) return c.dim(twoLines ? `${text}\n    ${HEADERS.name}` : text);
    return twoLines ? `${text}\n    ${fit(d.name, Math.max(1, width - 4), false)}` : text;
  };
  const header = line({ mark: ' ', ...HEADERS }, true);
  return [header, ...data.map((d) => line(d))].join('\n');
}

/** True when the table for this width abbreviates "international" (so the legend can explain it). */
export function tableAbbreviatesInternational(rows: readonly ListRow[], width: number): boolean {
  return renderProgramTable({ dim: (s: string) => s } as unknown as ChalkInstance, rows, width).includes(' intl');
}

/** A dim note for stderr, wrapped to the terminal's width (`Infinity`: not a terminal, one line). */
export function note(c: ChalkInstance, text: string, width: number): string {
  if (!Number.isFinite(width)) return c.dim(text);
  return wrapText(text, Math.max(40, width)).map((l) => c.dim(l)).join('\n');
}

/** The line above a list ordered for a configured country. */
export function countryFirstNote(country: string, elsewhere: number, command = 'peerpath programs'): string {
  const tail = elsewhere > 0 ? ` ${elsewhere} more in other countries: \`${command} --country all\`.` : ` Every country: \`${command} --country all\`.`;
  return `Programs in ${countryLabel(country)} first, then international ones.${tail}`;
}

const LABEL = 13;
const labelled = (c: ChalkInstance, label: string, value: string) => `${c.dim(label.padEnd(LABEL))}${value}`;

/** "Name  id" on one line when it fits; otherwise the name wrapped, then the id on a line of its own. */
function titleLines(c: ChalkInstance, name: string, id: string, width: number): string[] {
  if (displayWidth(`${name}  ${id}`) <= width) return [`${c.bold(name)}  ${c.dim(id)}`];
  return [...wrapText(name, width).map((l) => c.bold(l)), c.dim(id)];
}

/** A labelled row whose value wraps under itself (links are never broken). */
function labelledWrapped(c: ChalkInstance, label: string, value: string, width: number): string[] {
  const parts = wrapText(value, Math.max(20, width - LABEL));
  return parts.map((v, i) => (i === 0 ? labelled(c, label, v) : `${' '.repeat(LABEL)}${v}`));
}

function listOrNotStated(values: readonly string[] | null, words: Record<string, string> = {}): string {
  if (values === null) return NOT_STATED;
  return values.map((v) => words[v] ?? v).join(', ');
}

/** How to reach a program, one labelled row per way, hours beside them; empty when nothing is stated. */
export function reachLines(c: ChalkInstance, p: Program, width: number): string[] {
  const k = p.contact;
  const rows: Array<[string, string | null | undefined]> = [
    ['Phone', k?.phone],
    ['Text', k?.text],
    ['Chat', k?.chat],
    ['Email', k?.email],
    ['Link', p.url],
    ['Find a group', k?.findAGroup],
  ];
  const out = rows.filter(([, v]) => v).flatMap(([label, v]) => labelledWrapped(c, label, safeLine(v!), width));
  const spoken = Boolean(k?.phone || k?.text || k?.chat);
  if (spoken) out.push(...labelledWrapped(c, 'Hours', p.hours ? safeLine(p.hours) : NOT_STATED, width));
  return out;
}

/**
 * Everything known about one program, for `programs show`, in the order a person needs it: how to
 * reach it, who it is for, what it is, then the sources and any caution.
 */
export function renderProgram(c: ChalkInstance, p: Program, opts: { saved: boolean; width: number }): string {
  const w = Math.max(40, Math.min(opts.width, 100));
  const lines: string[] = [];
  lines.push(...titleLines(c, safeLine(p.name), `${p.id}${opts.saved ? '  (saved)' : ''}`, w));
  lines.push('');
  const reach = reachLines(c, p, w);
  if (reach.length) lines.push(c.bold('How to reach'), ...reach);
  else lines.push(...wrapText(`How to reach: not stated, see ${safeLine(p.source)}`, w));
  // A caution may be about these very details (Vets4Warriors' number): point to it from here.
  if (p.caution) lines.push(...wrapText('Please read the note further down before you rely on these details.', w).map((l) => c.dim(l)));
  lines.push('');
  lines.push(c.bold('Who it is for'));
  lines.push(...labelledWrapped(c, 'For', groupWords(p) ?? NOT_STATED, w));
  for (const note of ageNotes(p.details)) lines.push(...labelledWrapped(c, 'Ages', safe(note), w));
  lines.push(...labelledWrapped(c, 'Where', p.countries ? p.countries.map(countryLabel).join(', ') : NOT_STATED, w));
  lines.push('');
  lines.push(c.bold('What it is'));
  lines.push(...wrapText(safe(p.description), w));
  lines.push(...labelledWrapped(c, 'Meets', listOrNotStated(p.formats, FORMAT_LABELS), w));
  lines.push(...labelledWrapped(c, 'About', listOrNotStated(p.focus, FOCUS_LABELS), w));
  lines.push(labelled(c, 'Cost', p.cost ?? NOT_STATED));
  lines.push(...labelledWrapped(c, 'Languages', listOrNotStated(p.languages), w));
  lines.push(labelled(c, 'Peer-led', p.peerLed === null ? NOT_STATED : p.peerLed ? 'yes' : 'no'));
  lines.push(...labelledWrapped(c, 'Organization', p.organization ? safeLine(p.organization) : NOT_STATED, w));
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

/** Ranked match results: name, id, who it is for, the reasons, and what is not known. */
export function renderMatches(c: ChalkInstance, items: readonly MatchedProgram[], width: number): string {
  const w = Math.max(40, Math.min(width, 100));
  const out: string[] = [];
  items.forEach((m, i) => {
    const [first, ...rest] = titleLines(c, safeLine(m.name), m.id, w - 4);
    out.push(`${String(i + 1).padStart(2)}. ${first}`, ...rest.map((l) => `    ${l}`));
    const why = m.reasons.length ? m.reasons.join(' · ') : 'Fits what you told us';
    for (const l of wrapText(why, w - 4)) out.push(`    ${l}`);
    // Who it is for, when that says more than "people themselves and their families".
    const who = groupWords(m);
    if (who && m.audience?.some((a) => a !== 'individuals' && a !== 'families-carers')) {
      for (const l of wrapText(`For ${who}`, w - 4)) out.push(`    ${l}`);
    }
    if (m.unknowns.length) for (const l of wrapText(`Not known: ${m.unknowns.join(', ')}`, w - 4)) out.push(c.dim(`    ${l}`));
    if (m.caution) for (const l of wrapText('Please note: some details may be out of date (see `programs show`).', w - 4)) out.push(c.dim(`    ${l}`));
  });
  return out.join('\n');
}

/**
 * Programs that fit but are meant for a group the person did not name: listed below the ranked ones,
 * each with the group in words, so nobody is offered a group that is not for them as if it were.
 */
export function renderForGroups(c: ChalkInstance, items: readonly GroupProgram[], width: number): string {
  if (!items.length) return '';
  const w = Math.max(40, Math.min(width, 100));
  const out = [c.bold('For specific groups'), ...wrapText('These fit too, but are meant for the people named. Add --audience to rank them.', w).map((l) => c.dim(l))];
  for (const m of items) {
    out.push(...titleLines(c, safeLine(m.name), m.id, w - 2).map((l) => `  ${l}`));
    for (const l of wrapText(`for ${m.groups}`, w - 4)) out.push(`    ${l}`);
  }
  return out.join('\n');
}

/** How to reach a crisis line, each way as the facts give it: "Call 116 123", "Text SHOUT to 85258", … */
export function contactLines(l: CrisisLine): string[] {
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
