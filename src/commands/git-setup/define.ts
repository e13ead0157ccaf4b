import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const gitSetupCommand = (parent: Parent) =>
  parent
    .command('git-setup')
    .description('let git merge your journal by entry (run with the data folder inside a git work tree)')
    .addHelpText('before', examples('peerpath --data-dir ~/notes/peerpath git-setup'));
export type GitSetupOptions = OptionsOf<typeof gitSetupCommand>;

/** `peerpath git-setup`: see ./run.ts and docs/devices.md. */
export function defineGitSetup(parent: Parent, invoke: Invoke): void {
  gitSetupCommand(parent).action((opts, cmd) => invoke(cmd, run, 'gitSetup', opts));
}
