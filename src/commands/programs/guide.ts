import { renderGuide } from '../../directory/guide.js';
import type { Ctx } from '../context.js';

/** `programs guide`: what to look for when choosing a peer program. */
export async function programsGuide(ctx: Ctx): Promise<void> {
  ctx.out.data(renderGuide(ctx.out.width).trimEnd());
}
