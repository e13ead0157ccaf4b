import type { OwnProgram } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { sanitizeLine } from '../../core/sanitize.js';
import { loadPrograms } from '../../directory/load.js';
import type { Ctx } from '../context.js';
import type { ProgramsAddOptions, ProgramsRemoveOptions } from './define.js';
import { unknownIdError } from './shared.js';

// Groups a person adds themselves (`programs add`, `programs remove`); their ids start with my-.

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
export async function programsAdd(ctx: Ctx, opts: ProgramsAddOptions): Promise<void> {
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
export async function programsRemove(ctx: Ctx, id: string, opts: ProgramsRemoveOptions): Promise<void> {
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
