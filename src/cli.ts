import { Command, Option } from 'commander';
import { defineBackupCommands } from './cli/backups.js';
import { defineDataCommands } from './cli/data.js';
import { defineInsightCommands } from './cli/insights.js';
import { defineDirectoryCommands } from './cli/directory.js';
import { defineJournalCommands } from './cli/journal.js';
import { examples, makeAct, type Dispatch } from './cli/shared.js';
import { VERSION } from './version.js';

export { VERSION } from './version.js';

export const NOT_MEDICAL_ADVICE =
  'peerpath is a journal and a directory, not a substitute for professional care: it gives no medical advice.';

/**
 * Every command, option and help example. No logic: each action hands its parsed arguments to
 * `dispatch`, which the tests replace to check what each command receives.
 */
export function createProgram(dispatch: Dispatch): Command {
  const act = makeAct(dispatch);
  const program = new Command('peerpath')
    .version(VERSION, '-V, --version', 'print the version')
    .description('A private, offline companion for mental-health recovery: check in, keep a journal, find peer support.')
    .addHelpText('before', `peerpath — check in on your mood in seconds, keep a journal, find real peer support.\nEverything stays in one file on this machine. No network, no account.\n${NOT_MEDICAL_ADVICE}\n\n${examples(
      'peerpath checkin                       # how are you feeling? (guided)',
      'peerpath checkin --mood 6 --tags walk  # the same in one line',
      'peerpath journal --last 7',
      'peerpath doctor                        # where your data lives',
    )}`)
    .option('--data-dir <dir>', 'where the journal lives (beats PEERPATH_HOME and XDG_DATA_HOME)')
    .option('--no-input', 'never prompt; a missing value is an error that names the flag to pass')
    .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
    .addOption(new Option('--passphrase-file <file>', 'passphrase for an encrypted journal (or PEERPATH_PASSPHRASE_FILE)'))
    .addOption(new Option('--debug', 'show details when something goes wrong').hideHelp(false))
    .showSuggestionAfterError(true);

  // `peerpath` alone in a terminal runs this (main adds it); hidden so the root has no action of its
  // own, which keeps commander's "unknown command" errors and `peerpath help CMD` working.
  program.command('menu', { hidden: true }).description('a short menu of the main actions').action(act('menu'));

  defineJournalCommands(program, act);
  defineDirectoryCommands(program, act);
  defineInsightCommands(program, act);
  defineBackupCommands(program, act);
  defineDataCommands(program, act);
  return program;
}
