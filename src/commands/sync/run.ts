import { resolve } from 'node:path';
import type { Arrival } from '../../core/merge.js';
import type { Ctx } from '../context.js';
import type { SyncOptions } from './define.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 new, 1 changed, 1 removed" (and other changes), or null when nothing. */
export function arrivalWords(a: Arrival): string | null {
  const parts: string[] = [];
  if (a.added) parts.push(`${a.added} new`);
  if (a.changed) parts.push(`${a.changed} changed`);
  if (a.removed) parts.push(`${a.removed} removed`);
  const entries = parts.join(', ');
  const other = a.other ? plural(a.other, 'change', 'changes') + ' to saved programs, your groups or settings' : '';
  const words = [entries, other].filter(Boolean).join('; ');
  return words || null;
}

export async function sync(ctx: Ctx, dir: string, opts: SyncOptions): Promise<void> {
  const { syncWithFolder } = await import('../../store/sync.js');
  const folder = resolve(dir);
  const report = await syncWithFolder(ctx.store(), folder, !opts.status);
  if (opts.json) {
    ctx.out.json(report);
    return;
  }
  const arrived = arrivalWords(report.arrived);
  const sent = arrivalWords(report.sent);
  const copies = report.conflictCopies.length;
  if (opts.status) {
    ctx.out.info(arrived ? `Would bring ${arrived} from the other devices.` : 'Nothing new from the other devices.');
    if (report.firstTime) ctx.out.info(`There is no journal in ${folder} yet; \`peerpath sync\` would put one there.`);
    else ctx.out.info(sent ? `Would send to the folder: ${sent}.` : 'The folder copy already has everything from here.');
    if (copies) ctx.out.info(`${plural(copies, 'conflict copy', 'conflict copies')} would be merged and then removed.`);
    ctx.out.info('Nothing was written. Run `peerpath sync` with the same folder to do it.');
    return;
  }
  ctx.out.info(arrived ? `Synced: ${arrived} from the other devices.` : 'Synced. Nothing new from the other devices.');
  if (report.firstTime) ctx.out.info(`Your journal is now in ${folder} for your other devices.`);
  else if (sent) ctx.out.info(`Sent to the folder: ${sent}.`);
  if (copies) ctx.out.info(`Merged ${plural(copies, 'conflict copy', 'conflict copies')} left by your sync tool, and removed ${copies === 1 ? 'it' : 'them'}.`);
  if (report.encrypted) ctx.out.info(ctx.out.ce.dim('The folder copy is encrypted with your passphrase.'));
}
