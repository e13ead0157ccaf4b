import { Command, Option, type CommandUnknownOpts, type OutputConfiguration } from '@commander-js/extra-typings';
import { defineBackups } from './commands/backups/define.js';
import { defineCalendar } from './commands/calendar/define.js';
import { defineCheckin } from './commands/checkin/define.js';
import { defineConfig } from './commands/config/define.js';
import { defineCrypto } from './commands/crypto/define.js';
import { defineDoctor } from './commands/doctor/define.js';
import { defineExport } from './commands/export/define.js';
import { defineHelpNow } from './commands/help-now/define.js';
import { defineImport } from './commands/import/define.js';
import { defineJournal } from './commands/journal/define.js';
import { defineMenu } from './commands/menu/define.js';
import { definePlan } from './commands/plan/define.js';
import { definePrograms } from './commands/programs/define.js';
import { defineRemind } from './commands/remind/define.js';
import { defineCompletion } from './commands/completion/define.js';
import { examples, type Invoke } from './commands/shared.js';
import { defineQuestionnaire } from './commands/questionnaire/define.js';
import { defineStats } from './commands/stats/define.js';
import { sanitizeForTerminal } from './core/sanitize.js';
import { VERSION } from './version.js';

export { VERSION } from './version.js';

export const NOT_MEDICAL_ADVICE =
  'peerpath is a journal and a directory, not a substitute for professional care: it gives no medical advice.';

/**
 * The whole program. Each command lives in src/commands/<name>/: `define.ts` (its flags, typed from
 * the flag strings) and its run function (`run.ts`, or one module per subcommand for `programs`),
 * loaded only when it runs. `encrypt` and `decrypt` share src/commands/crypto/.
 *
 * `invoke` runs a command's run function (src/commands/invoke.ts; tests pass one that records).
 * Commander errors throw instead of exiting (only main exits) and read `peerpath: …`.
 */
export function createProgram(invoke: Invoke, output: OutputConfiguration = {}) {
  const program = new Command('peerpath')
    // Set before any subcommand exists: subcommands copy these when they are created.
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(commanderErrorLine(str)), ...output })
    .showSuggestionAfterError(true)
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
    .option('--no-pager', 'print long output directly, not through $PAGER (less -FRX by default)')
    .addOption(new Option('--passphrase-file <file>', 'passphrase for an encrypted journal (or PEERPATH_PASSPHRASE_FILE)'))
    .addOption(new Option('--debug', 'show details when something goes wrong').hideHelp(false))
    .hook('preAction', (_root, actionCommand) => takeOptionsFromParent(actionCommand));

  defineMenu(program, invoke);
  defineCheckin(program, invoke);
  defineJournal(program, invoke); // journal (log): list, show, edit, delete
  defineDoctor(program, invoke);
  defineConfig(program, invoke); // config: get, set, unset, list
  definePrograms(program, invoke); // programs: list, show, match, save, unsave, add, remove, guide, browse
  defineHelpNow(program, invoke); // help-now (crisis; `help now` is rewritten to it: see helpNowArgv)
  definePlan(program, invoke); // plan: edit, export
  defineStats(program, invoke);
  defineQuestionnaire(program, invoke); // questionnaire (q) KIND, questionnaire list
  defineCalendar(program, invoke);
  defineExport(program, invoke);
  defineImport(program, invoke);
  defineBackups(program, invoke); // backups: list, restore
  defineCrypto(program, invoke); // encrypt, decrypt
  defineRemind(program, invoke); // remind: set, off, shell, install, uninstall; --if-due, --notify
  // completion (and the hidden __complete, __manpage): scripts and the man page from a full tree.
  defineCompletion(program, invoke, () => createProgram(invoke, output));
  return program;
}

/**
 * `peerpath help now …` means `peerpath help-now …`. Commander's own `help` command would print the
 * general help, so the two words become one before parsing. Only the first word after the root's
 * options is looked at (`peerpath help checkin` is still help for checkin).
 */
export function helpNowArgv(argv: readonly string[]): string[] {
  const out = [...argv];
  for (let i = 2; i < out.length; i++) {
    const a = out[i]!;
    if (a === '--data-dir' || a === '--passphrase-file') {
      i++; // its value
      continue;
    }
    if (a.startsWith('-')) continue;
    if (a === 'help' && out[i + 1] === 'now') out.splice(i, 2, 'help-now');
    break;
  }
  return out;
}

/** Commander's "error: unknown option '--x'" as our "peerpath: unknown option '--x'", inert on the terminal. */
function commanderErrorLine(str: string): string {
  return sanitizeForTerminal(str.replace(/^error: /, 'peerpath: '));
}

/**
 * Commander gives an option to the parent when both declare it (`journal --json` and `journal show
 * --json`), so `journal show k3 --json` would reach `show` without `json`: hand such values down.
 */
function takeOptionsFromParent(cmd: CommandUnknownOpts): void {
  const parent = cmd.parent;
  if (!parent?.parent) return; // top-level commands: the root's options are the globals
  for (const o of cmd.options) {
    const key = o.attributeName();
    if (cmd.getOptionValue(key) === undefined && parent.getOptionValueSource(key) === 'cli') {
      cmd.setOptionValueWithSource(key, parent.getOptionValue(key), 'cli');
    }
  }
}
