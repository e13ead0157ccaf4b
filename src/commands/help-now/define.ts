import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const helpNowCommand = (parent: Parent) =>
  parent
    .command('help-now')
    .description('crisis and support lines for your country, and where to look in other countries')
    .option('--country <code>', 'two-letter country code (UK, US, CA, IE, AU, NZ …); default: `peerpath config get country`')
    .option('--json', 'print the lines as JSON')
    .addHelpText('before', examples('peerpath help-now', 'peerpath help-now --country UK', 'peerpath config set country UK   # then help-now shows UK lines'));
export type HelpNowOptions = OptionsOf<typeof helpNowCommand>;

/** `peerpath help-now`: see ./run.ts. */
export function defineHelpNow(parent: Parent, invoke: Invoke): void {
  helpNowCommand(parent).action((opts, cmd) => invoke(cmd, run, 'helpNow', opts));
}
