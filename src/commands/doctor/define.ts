import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const doctorCommand = (parent: Parent) =>
  parent
    .command('doctor')
    .description('where your data lives, and whether it is healthy')
    .option('--json', 'print the report as JSON')
    .addHelpText('before', examples('peerpath doctor', 'peerpath --data-dir ~/notes/peerpath doctor --json'));
export type DoctorOptions = OptionsOf<typeof doctorCommand>;

/** `peerpath doctor`: see ./run.ts. */
export function defineDoctor(parent: Parent, invoke: Invoke): void {
  doctorCommand(parent).action((opts, cmd) => invoke(cmd, run, 'doctor', opts));
}
