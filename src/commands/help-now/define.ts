import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const helpNowCommand = (parent: Parent) =>
  parent
    .command('help-now')
    .alias('crisis')
    .description('help right now: your plan, the emergency number and crisis lines for your country')
    .option('--country <country>', 'a country name or two-letter code (Germany, de, England, UK …); default: your setting, or a guess')
    .option('--full', 'also the notes on each line and on the emergency number')
    .option('--json', 'print everything as JSON')
    .addHelpText('before', examples(
      'peerpath help-now',
      'peerpath help-now --country Germany',
      'peerpath crisis                       # the same',
      'peerpath help now                     # the same',
      'peerpath config set country UK        # then help-now shows UK lines',
    ))
    .addHelpText('after', '\nNever asks a question and never fails. An unknown country still shows the emergency-number\nadvice and the international directory.');
export type HelpNowOptions = OptionsOf<typeof helpNowCommand>;

/** `peerpath help-now` (alias `crisis`; `help now` is turned into it by cli.ts): see ./run.ts. */
export function defineHelpNow(parent: Parent, invoke: Invoke): void {
  helpNowCommand(parent).action((opts, cmd) => invoke(cmd, run, 'helpNow', opts));
}
