import type { Invoke, Parent } from '../shared.js';

const run = () => import('./run.js');

/**
 * `peerpath` alone in a terminal runs this (main adds it); hidden so the root has no action of its
 * own, which keeps commander's "unknown command" errors and `peerpath help CMD` working.
 */
export function defineMenu(parent: Parent, invoke: Invoke): void {
  parent
    .command('menu', { hidden: true })
    .description('a short menu of the main actions')
    .action((_opts, cmd) => invoke(cmd, run, 'menu'));
}
