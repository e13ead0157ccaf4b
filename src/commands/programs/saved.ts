import { loadPrograms } from '../../directory/load.js';
import type { Ctx } from '../context.js';
import { bundledOrThrow } from './shared.js';

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
