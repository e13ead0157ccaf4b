import { loadPrograms } from '../../directory/load.js';
import { renderOwnProgram, renderProgram } from '../../ui/directory-render.js';
import type { Ctx } from '../context.js';
import type { ProgramsShowOptions } from './define.js';
import { findProgram, readForMarks } from './shared.js';

/** `programs show ID`. */
export async function programsShow(ctx: Ctx, id: string, opts: ProgramsShowOptions): Promise<void> {
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
