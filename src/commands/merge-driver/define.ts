import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const mergeDriverCommand = (parent: Parent) =>
  parent
    .command('merge-driver')
    .description('git merge driver for the journal (git-setup registers it; git calls it)')
    .argument('<base>', "git's %O: the common ancestor")
    .argument('<ours>', "git's %A: this side, replaced by the merge")
    .argument('<theirs>', "git's %B: the other side")
    .addHelpText('before', examples('peerpath merge-driver %O %A %B   # git calls this; `peerpath git-setup` registers it'));
export type MergeDriverOptions = OptionsOf<typeof mergeDriverCommand>;

/** `peerpath merge-driver %O %A %B`: see ./run.ts. */
export function defineMergeDriver(parent: Parent, invoke: Invoke): void {
  mergeDriverCommand(parent).action((base, ours, theirs, opts, cmd) => invoke(cmd, run, 'mergeDriver', base, ours, theirs, opts));
}
