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
import { definePrograms } from './commands/programs/define.js';
import { defineRemind } from './commands/remind/define.js';
import { defineCompletion } from './commands/completion/define.js';
import { examples, type Invoke, type Parent } from './commands/shared.js';
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
export function createProgram(invoke: Invoke, output: OutputConfiguration = {}, args?: readonly string[]) {
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
    .addOption(new Option('--passphrase-file <file>', 'passphrase for an encrypted journal (or PEERPATH_PASSPHRASE_FILE)'))
    .addOption(new Option('--debug', 'show details when something goes wrong').hideHelp(false))
    .hook('preAction', (_root, actionCommand) => takeOptionsFromParent(actionCommand));

  // Given the arguments, define only the command they name (start-up stays small); the full list
  // when they name none, or one we do not know (top-level help, "unknown command" suggestions).
  const word = args && commandWord(program, args);
  const named = word === undefined ? undefined : COMMANDS.find((c) => c.names.includes(word));
  for (const c of named ? [named] : COMMANDS) c.define(program, invoke, () => createProgram(invoke, output));
  return program;
}

/** Every command: the names that reach it (aliases too) and its home in src/commands/. */
const COMMANDS: readonly {
  names: readonly string[];
  /** `full` builds the whole tree afresh, for commands that describe it (completion, man page). */
  define: (parent: Parent, invoke: Invoke, full: () => CommandUnknownOpts) => void;
}[] = [
  { names: ['menu'], define: defineMenu }, // hidden: `peerpath` alone in a terminal
  { names: ['checkin'], define: defineCheckin },
  { names: ['journal', 'log'], define: defineJournal }, // list, show, edit, delete
  { names: ['doctor'], define: defineDoctor },
  { names: ['config'], define: defineConfig }, // get, set, unset, list
  { names: ['programs'], define: definePrograms }, // list, show, match, save, unsave, add, remove, guide, browse
  { names: ['help-now'], define: defineHelpNow },
  { names: ['stats'], define: defineStats },
  { names: ['calendar'], define: defineCalendar },
  { names: ['export'], define: defineExport },
  { names: ['import'], define: defineImport },
  { names: ['backups'], define: defineBackups }, // list, restore
  { names: ['encrypt', 'decrypt'], define: defineCrypto },
  { names: ['remind'], define: defineRemind }, // set, off, shell, install, uninstall; --if-due, --notify
  { names: ['completion', '__complete', '__manpage'], define: defineCompletion }, // the last two hidden
];

/**
 * The command the arguments name: the first word that is not a root option or its value
 * (`peerpath --data-dir d journal show` → journal; `peerpath help stats` → stats).
 */
export function commandWord(program: CommandUnknownOpts, args: readonly string[]): string | undefined {
  const takesValue = new Set(program.options.filter((o) => o.required || o.optional).map((o) => o.long));
  const words = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && takesValue.has(args[i - 1]!)));
  return words[0] === 'help' ? words[1] : words[0];
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
