import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const syncCommand = (parent: Parent) =>
  parent
    .command('sync')
    .description('merge your journal with the copy in a folder your sync tool shares between devices')
    .argument('<dir>', 'the shared folder (it holds peerpath-journal.json)')
    .option('--status', 'only say what would change; write nothing')
    .option('--json', 'print what arrived and what was sent as JSON')
    .addHelpText('before', examples('peerpath sync ~/Sync/peerpath', 'peerpath sync --status ~/Sync/peerpath', 'peerpath sync /media/usb/peerpath --json'));
export type SyncOptions = OptionsOf<typeof syncCommand>;

/** `peerpath sync DIR`: see ./run.ts and docs/devices.md. */
export function defineSync(parent: Parent, invoke: Invoke): void {
  syncCommand(parent).action((dir, opts, cmd) => invoke(cmd, run, 'sync', dir, opts));
}
