import type { JournalData, OwnProgram } from '../core/entry.js';
import { PeerpathError, usageError } from '../core/errors.js';
import { sanitizeLine } from '../core/sanitize.js';
import { parseIntInRange } from '../core/validate.js';
import {
  closestIds,
  explainNoMatches,
  filterPrograms,
  normalizeCountry,
  normalizeFilters,
  splitList,
  validateFacetValues,
  words,
  type ProgramFilters,
} from '../directory/filter.js';
import { renderGuide } from '../directory/guide.js';
import { AUDIENCE_LABELS, FOCUS_LABELS, FORMAT_LABELS } from '../directory/labels.js';
import { loadPrograms } from '../directory/load.js';
import { matchPrograms, normalizeAnswers, type MatchAnswers } from '../directory/match.js';
import type { Program } from '../directory/schema.js';
import { AUDIENCES, FOCUSES, FORMATS } from '../directory/vocab.js';
import { renderMatches, renderOwnProgram, renderProgram, renderProgramTable, tableAbbreviatesInternational, type ListRow } from '../ui/directory-render.js';
import type { Prompts } from '../ui/prompts.js';
import type { Ctx } from './context.js';

/** The filter flags shared by `programs`, `programs match` and `programs browse`. */
export interface FilterFlags {
  format?: string[];
  focus?: string[];
  audience?: string[];
  country?: string[];
  cost?: string[];
  language?: string[];
  peerLed?: boolean;
  search?: string;
}

export interface ListOptions extends FilterFlags {
  saved?: boolean;
  mine?: boolean;
  json?: boolean;
}

/** Flags → validated, normalised filters (unknown values exit 2, listing what is allowed). */
export function filtersFromFlags(flags: FilterFlags): ProgramFilters {
  const f: ProgramFilters = {};
  if (flags.format !== undefined) f.format = splitList(flags.format);
  if (flags.focus !== undefined) f.focus = splitList(flags.focus);
  if (flags.audience !== undefined) f.audience = splitList(flags.audience);
  if (flags.country !== undefined) f.country = splitList(flags.country);
  if (flags.cost !== undefined) f.cost = splitList(flags.cost);
  if (flags.language !== undefined) f.language = splitList(flags.language);
  if (flags.peerLed) f.peerLed = true;
  if (flags.search !== undefined) f.search = flags.search;
  return normalizeFilters(f);
}

const hasFacets = (f: ProgramFilters) =>
  Boolean(f.format?.length || f.focus?.length || f.audience?.length || f.country?.length || f.cost?.length || f.language?.length || f.peerLed !== undefined);

/** Own groups matching a search: every query word appears in the name, when, where or notes. */
function ownMatches(own: OwnProgram, search: string | undefined): boolean {
  if (!search) return true;
  const hay = [own.name, own.when ?? '', own.where ?? '', own.notes ?? ''].join(' ').toLowerCase();
  return words(search).every((w) => hay.includes(w));
}

/**
 * The journal, when it is only needed to mark saved programs: a journal that can't be read (locked,
 * encrypted without a passphrase, damaged) should not keep anyone from the directory.
 */
async function readForMarks(ctx: Ctx): Promise<JournalData | null> {
  try {
    return await ctx.store().read();
  } catch (err) {
    if (!(err instanceof PeerpathError)) throw err;
    ctx.out.warn(`(Your journal could not be read, so saved programs are not marked: ${err.message})`);
    return null;
  }
}

/** `peerpath programs` / `programs list`. */
export async function programsList(ctx: Ctx, opts: ListOptions): Promise<void> {
  const filters = filtersFromFlags(opts);
  const all = loadPrograms();
  const data = opts.saved || opts.mine ? await ctx.store().read() : opts.json ? null : await readForMarks(ctx);
  const saved = new Set(data?.saved ?? []);

  // --saved and --mine together mean "my list": saved programs and own groups.
  const onlyMine = Boolean(opts.mine) && !opts.saved;
  const bundled = onlyMine ? [] : filterPrograms(all, opts.saved ? { ...filters, ids: [...saved] } : filters);
  const showOwn = Boolean(opts.mine) || (!opts.saved && !hasFacets(filters));
  const own = showOwn && data ? data.mine.filter((o) => !hasFacets(filters) && ownMatches(o, filters.search)) : [];

  if (opts.json) {
    ctx.out.json(opts.mine ? [...bundled, ...own.map((o) => ({ ...o, mine: true }))] : bundled);
    return;
  }
  if (bundled.length === 0 && own.length === 0) {
    if (opts.mine && !data?.mine.length && !opts.saved) ctx.out.info('You have not added any groups of your own yet. Add one with `peerpath programs add`.');
    else if (opts.saved && !saved.size && !opts.mine) ctx.out.info('Nothing saved yet. Save a program with `peerpath programs save ID`.');
    else if (opts.saved || opts.mine) ctx.out.info('None of your saved or own groups match those filters.');
    else ctx.out.info(explainNoMatches(all, filters));
    return;
  }
  const rows: ListRow[] = [
    ...own.map((o): ListRow => ({ kind: 'own', own: o })),
    ...bundled.map((p): ListRow => ({ kind: 'program', program: p, saved: saved.has(p.id) })),
  ];
  ctx.out.data(renderProgramTable(ctx.out.c, rows, ctx.out.width));
  const n = bundled.length + own.length;
  const intl = tableAbbreviatesInternational(rows, ctx.out.width);
  const anySaved = bundled.some((p) => saved.has(p.id));
  const legend = [anySaved ? '* saved' : '', own.length ? '+ your own' : '', '– not stated', intl ? 'intl = international' : ''].filter(Boolean).join(', ');
  ctx.out.info(ctx.out.ce.dim(`${n} ${n === 1 ? 'program' : 'programs'} (${legend}). Details: \`peerpath programs show ID\`.`));
}

/** Find a bundled program or own group by id; unknown ids exit 2 with the closest ids. */
export function findProgram(id: string, data: JournalData | null): { program: Program } | { own: OwnProgram } {
  const q = id.trim().toLowerCase();
  const program = loadPrograms().find((p) => p.id === q);
  if (program) return { program };
  const own = data?.mine.find((o) => o.id === q);
  if (own) return { own };
  throw unknownIdError(id, [...loadPrograms().map((p) => p.id), ...(data?.mine.map((o) => o.id) ?? [])]);
}

/** "Unknown program id "x". Did you mean: a, b?" as a usage error. */
export function unknownIdError(id: string, ids: readonly string[], what = 'program id') {
  const near = closestIds(id, ids);
  return usageError(
    `Unknown ${what} "${id}".${near.length ? ` Did you mean: ${near.join(', ')}?` : ''}`,
    'See all ids with `peerpath programs`, or search with `peerpath programs --search WORDS`.',
  );
}

/** `programs show ID`. */
export async function programsShow(ctx: Ctx, id: string, opts: { json?: boolean }): Promise<void> {
  const q = id.trim().toLowerCase();
  const data = loadPrograms().some((p) => p.id === q) ? await readForMarks(ctx) : await ctx.store().read();
  const found = findProgram(id, data);
  if ('own' in found) {
    if (opts.json) ctx.out.json({ ...found.own, mine: true });
    else ctx.out.data(renderOwnProgram(ctx.out.c, found.own));
    return;
  }
  const saved = data?.saved.includes(found.program.id) ?? false;
  if (opts.json) {
    ctx.out.json({ ...found.program, saved });
    return;
  }
  ctx.out.data(renderProgram(ctx.out.c, found.program, { saved, width: ctx.out.width }));
  if (!saved) ctx.out.info(ctx.out.ce.dim(`Keep it on your list: \`peerpath programs save ${found.program.id}\`.`));
}

/** `programs save ID`. */
export async function programsSave(ctx: Ctx, id: string): Promise<void> {
  const program = bundledOrThrow(id);
  const already = await ctx.store().update((data) => {
    if (data.saved.includes(program.id)) return true;
    data.saved.push(program.id);
    return false;
  });
  ctx.out.info(already ? `${program.name} was already saved.` : `Saved ${program.name}. See your list with \`peerpath programs --saved\`.`);
}

/** `programs unsave ID`. */
export async function programsUnsave(ctx: Ctx, id: string): Promise<void> {
  const q = id.trim().toLowerCase();
  // A saved id that a newer directory no longer has can still be unsaved.
  const stale = !loadPrograms().some((p) => p.id === q) && (await ctx.store().read()).saved.includes(q);
  const name = stale ? q : bundledOrThrow(id).name;
  const removed = await ctx.store().update((data) => {
    const i = data.saved.indexOf(q);
    if (i < 0) return false;
    data.saved.splice(i, 1);
    return true;
  });
  ctx.out.info(removed ? `Removed ${name} from your saved programs.` : `${name} was not in your saved programs.`);
}

function bundledOrThrow(id: string): Program {
  const q = id.trim().toLowerCase();
  const program = loadPrograms().find((p) => p.id === q);
  if (program) return program;
  if (q.startsWith('my-')) throw usageError(`"${id}" is one of your own groups; they are always in your list (\`peerpath programs --mine\`).`);
  throw unknownIdError(id, loadPrograms().map((p) => p.id));
}

// ---- own groups -------------------------------------------------------------------------------

export interface AddOptions {
  name?: string;
  when?: string;
  where?: string;
  notes?: string;
  json?: boolean;
}

const OWN_LIMIT = 500;

function ownField(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  const v = value.replace(/\s+/g, ' ').trim();
  if (v.length > OWN_LIMIT) throw usageError(`${flag} can be at most ${OWN_LIMIT} characters.`);
  return v === '' ? null : v;
}

/** `my-` + a slug of the name, unique among existing ids ("my-tuesday-circle", "my-tuesday-circle-2"). */
export function ownId(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/g, '');
  const base = `my-${slug || 'group'}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** `programs add`: the person's own group, from flags or prompts. */
export async function programsAdd(ctx: Ctx, opts: AddOptions): Promise<void> {
  let fields = {
    name: ownField(opts.name, '--name'),
    when: ownField(opts.when, '--when'),
    where: ownField(opts.where, '--where'),
    notes: ownField(opts.notes, '--notes'),
  };
  if (fields.name === null) {
    if (!ctx.interactive) {
      throw usageError('Pass --name to add a group without prompts.', 'Example: peerpath programs add --name "Tuesday peer circle" --when "Tuesdays 7pm" --where "Library, room 2"');
    }
    const p = await ctx.prompts();
    const name = await p.input({ message: 'Name of the group?', validate: (v) => (v.trim() ? true : 'A name helps you find it later.') });
    const when = opts.when ?? (await p.input({ message: 'When does it meet? (Enter to skip)' }));
    const where = opts.where ?? (await p.input({ message: 'Where, or a link? (Enter to skip)' }));
    const notes = opts.notes ?? (await p.input({ message: 'Notes? (Enter to skip)' }));
    fields = { name: ownField(name, 'name'), when: ownField(when, 'when'), where: ownField(where, 'where'), notes: ownField(notes, 'notes') };
  }
  const name = fields.name!;
  const own = await ctx.store().update((data) => {
    const taken = new Set([...data.mine.map((o) => o.id), ...loadPrograms().map((p) => p.id)]);
    const entry: OwnProgram = { id: ownId(name, taken), name, when: fields.when, where: fields.where, notes: fields.notes, createdAt: ctx.now().toISOString() };
    data.mine.push(entry);
    return entry;
  });
  if (opts.json) ctx.out.json({ ...own, mine: true });
  ctx.out.info(`Added ${sanitizeLine(own.name)} as ${own.id}. Mark that you went with \`peerpath checkin --attended ${own.id}\`.`);
}

/** `programs remove ID`: own groups only. */
export async function programsRemove(ctx: Ctx, id: string, opts: { yes?: boolean }): Promise<void> {
  const q = id.trim().toLowerCase();
  const data = await ctx.store().read();
  const own = data.mine.find((o) => o.id === q);
  if (!own) {
    if (loadPrograms().some((p) => p.id === q)) {
      throw usageError(`"${id}" is in the bundled directory; only your own groups can be removed. To take it off your saved list: \`peerpath programs unsave ${q}\`.`);
    }
    if (!data.mine.length) throw usageError(`You have no groups of your own, so there is no "${id}" to remove.`);
    throw unknownIdError(id, data.mine.map((o) => o.id), 'own group id');
  }
  if (!opts.yes && ctx.interactive) {
    const ok = await (await ctx.prompts()).confirm({ message: `Remove ${sanitizeLine(own.name)}? Past check-ins keep their record of it.`, default: false });
    if (!ok) {
      ctx.out.info('Kept it. Nothing was removed.');
      return;
    }
  }
  await ctx.store().update((d) => {
    d.mine = d.mine.filter((o) => o.id !== own.id);
  });
  ctx.out.info(`Removed ${sanitizeLine(own.name)}.`);
}

// ---- guide ------------------------------------------------------------------------------------

export async function programsGuide(ctx: Ctx): Promise<void> {
  ctx.out.data(renderGuide(ctx.out.width).trimEnd());
}

// ---- match ------------------------------------------------------------------------------------

export interface MatchOptions extends FilterFlags {
  saved?: boolean;
  limit?: string;
  json?: boolean;
}

const answered = (o: MatchOptions) =>
  o.format !== undefined || o.focus !== undefined || o.audience !== undefined || o.country !== undefined || o.cost !== undefined || o.language !== undefined || o.peerLed !== undefined;

/** The match questions; every one can be skipped. */
export async function askMatchQuestions(p: Prompts, defaults: { country?: string }): Promise<MatchAnswers> {
  const answers: MatchAnswers = {};
  const format = await p.checkbox({
    message: 'How would you like to meet? (space to pick, Enter to go on; none = any)',
    choices: FORMATS.map((f) => ({ name: FORMAT_LABELS[f], value: f })),
  });
  if (format.length) answers.format = format;
  const focus = await p.checkbox({
    message: 'What is it about for you? (none = anything)',
    choices: FOCUSES.filter((f) => f !== 'general').map((f) => ({ name: FOCUS_LABELS[f], value: f })),
    pageSize: 11,
  });
  if (focus.length) answers.focus = focus;
  const audience = await p.checkbox({
    message: 'Who are you looking for? (none = skip)',
    choices: [
      { name: 'for myself', value: 'individuals' },
      ...AUDIENCES.filter((a) => a !== 'individuals' && a !== 'adults').map((a) => ({ name: `I am one of: ${AUDIENCE_LABELS[a]}`, value: a })),
    ],
    pageSize: 9,
  });
  if (audience.length) answers.audience = audience;
  const cost = await p.select({
    message: 'Does cost matter?',
    choices: [
      { name: 'No preference', value: '' },
      { name: 'Free', value: 'free' },
      { name: 'Free or donation', value: 'free,donation' },
    ],
  });
  if (cost) answers.cost = cost.split(',');
  const country = await p.input({
    message: 'Which country are you in? Two letters, e.g. US, UK, CA (Enter to skip)',
    default: defaults.country ?? '',
    validate: (v) => (v.trim() === '' || /^[a-z]{2}$/i.test(v.trim()) || v.trim().toLowerCase() === 'international' ? true : 'Two letters, like US or UK, or leave it empty.'),
  });
  if (country.trim()) answers.country = [normalizeCountry(country)];
  const language = await p.input({ message: 'A language you would like it in? (Enter to skip)' });
  if (language.trim()) answers.language = [language.trim()];
  const peer = await p.select({
    message: 'Led by peers (people with lived experience)?',
    choices: [
      { name: 'No preference', value: false },
      { name: 'Yes, I would prefer that', value: true },
    ],
  });
  if (peer) answers.peerLed = true;
  return answers;
}

/** `programs match`: questions (or flags) → a ranked list with reasons. */
export async function programsMatch(ctx: Ctx, opts: MatchOptions): Promise<void> {
  const limit = opts.limit !== undefined ? parseIntInRange(opts.limit, '--limit', 1, 1000) : undefined;
  let answers: MatchAnswers;
  const configCountry = async () => {
    try {
      return (await ctx.store().read()).config.country;
    } catch {
      return undefined; // a locked or encrypted journal should not stop the directory
    }
  };
  if (answered(opts) || !ctx.interactive) {
    answers = {};
    if (opts.format !== undefined) answers.format = splitList(opts.format);
    if (opts.focus !== undefined) answers.focus = splitList(opts.focus);
    if (opts.audience !== undefined) answers.audience = splitList(opts.audience);
    if (opts.cost !== undefined) answers.cost = splitList(opts.cost);
    if (opts.language !== undefined) answers.language = splitList(opts.language);
    if (opts.peerLed) answers.peerLed = true;
    if (opts.country !== undefined) answers.country = validateFacetValues('country', opts.country);
    answers = normalizeAnswers(answers); // validate before touching the journal
    if (opts.country === undefined) {
      const c = await configCountry();
      if (c) answers.country = [c];
    }
  } else {
    const country = await configCountry();
    answers = await askMatchQuestions(await ctx.prompts(), country ? { country } : {});
  }
  let pool: readonly Program[] = loadPrograms();
  if (opts.search !== undefined || opts.saved) {
    const saved = opts.saved ? (await ctx.store().read()).saved : undefined;
    pool = filterPrograms(pool, { ...(opts.search !== undefined ? { search: opts.search } : {}), ...(saved ? { ids: saved } : {}) });
  }
  const ranked = matchPrograms(pool, answers);
  const shown = limit !== undefined ? ranked.slice(0, limit) : ranked;
  if (opts.json) {
    ctx.out.json(shown);
    return;
  }
  if (!shown.length) {
    ctx.out.info('Nothing in the directory fits all of that. Try leaving a question out, or see everything with `peerpath programs`.');
    return;
  }
  const top = limit ?? 10;
  ctx.out.data(renderMatches(ctx.out.c, shown.slice(0, top), ctx.out.width));
  const more = shown.length - Math.min(top, shown.length);
  ctx.out.info(
    ctx.out.ce.dim(
      `${more > 0 ? `${more} more with --limit ${shown.length}. ` : ''}Details: \`peerpath programs show ID\` · save one: \`peerpath programs save ID\`.`,
    ),
  );
}

// ---- browse -----------------------------------------------------------------------------------

/** `programs browse`: pick filters, move through results, open one, save it. Needs a terminal. */
export async function programsBrowse(ctx: Ctx, opts: FilterFlags): Promise<void> {
  if (!ctx.interactive) {
    throw usageError('`programs browse` needs a terminal. Use `peerpath programs` with filters instead, e.g. `peerpath programs --format online --country UK`.');
  }
  const p = await ctx.prompts();
  let filters = filtersFromFlags(opts);
  const all = loadPrograms();
  for (;;) {
    const results = filterPrograms(all, filters);
    const data = await ctx.store().read();
    const summary = describeFilters(filters);
    const choice = await p.select<string>({
      message: `${results.length} programs${summary ? ` (${summary})` : ''}. Pick one, or change the filters:`,
      choices: [
        { name: 'Change filters…', value: ':filters' },
        ...results.map((r) => ({ name: `${data.saved.includes(r.id) ? '* ' : '  '}${r.name}`, value: r.id, description: r.description })),
        { name: 'Done', value: ':done' },
      ],
      pageSize: 12,
    });
    if (choice === ':done') return;
    if (choice === ':filters') {
      filters = await askFilters(p, filters);
      continue;
    }
    const program = all.find((x) => x.id === choice)!;
    const isSaved = data.saved.includes(program.id);
    ctx.out.info(renderProgram(ctx.out.ce, program, { saved: isSaved, width: ctx.out.width }));
    const action = await p.select({
      message: 'Now?',
      choices: [
        { name: isSaved ? 'Unsave it' : 'Save it', value: 'toggle' },
        { name: 'Back to the list', value: 'back' },
        { name: 'Done', value: 'done' },
      ],
    });
    if (action === 'toggle') await (isSaved ? programsUnsave(ctx, program.id) : programsSave(ctx, program.id));
    if (action === 'done') return;
  }
}

function describeFilters(f: ProgramFilters): string {
  const parts: string[] = [];
  for (const k of ['format', 'focus', 'audience', 'country', 'cost', 'language'] as const) if (f[k]?.length) parts.push(`${k} ${f[k]!.join(',')}`);
  if (f.peerLed) parts.push('peer-led');
  if (f.search) parts.push(`search "${f.search}"`);
  return parts.join('; ');
}

async function askFilters(p: Prompts, current: ProgramFilters): Promise<ProgramFilters> {
  const next: ProgramFilters = {};
  const format = await p.checkbox({
    message: 'How it meets (none = any)',
    choices: FORMATS.map((f) => ({ name: FORMAT_LABELS[f], value: f, checked: current.format?.includes(f) ?? false })),
  });
  if (format.length) next.format = format;
  const focus = await p.checkbox({
    message: 'What it is about (none = any)',
    choices: FOCUSES.map((f) => ({ name: FOCUS_LABELS[f], value: f, checked: current.focus?.includes(f) ?? false })),
    pageSize: 12,
  });
  if (focus.length) next.focus = focus;
  const audience = await p.checkbox({
    message: 'Who it is for (none = anyone)',
    choices: AUDIENCES.map((a) => ({ name: AUDIENCE_LABELS[a], value: a, checked: current.audience?.includes(a) ?? false })),
    pageSize: 9,
  });
  if (audience.length) next.audience = audience;
  const country = await p.input({
    message: 'Country, two letters (Enter for any)',
    default: current.country?.join(',') ?? '',
    validate: (v) => {
      try {
        validateFacetValues('country', v);
        return true;
      } catch (e) {
        return (e as Error).message;
      }
    },
  });
  if (country.trim()) next.country = validateFacetValues('country', country);
  const free = await p.confirm({ message: 'Only free ones?', default: current.cost?.includes('free') ?? false });
  if (free) next.cost = ['free'];
  const search = await p.input({ message: 'Search words (Enter to skip)', default: current.search ?? '' });
  if (search.trim()) next.search = search.trim();
  return next;
}
