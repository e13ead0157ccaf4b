import { Command, Option, type CommandUnknownOpts, type OutputConfiguration } from '@commander-js/extra-typings';
import { examples, type Invoke, type Parent } from './commands/shared.js';
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
export async function createProgram(invoke: Invoke, output: OutputConfiguration = {}, args?: readonly string[]): Promise<Program> {
  const program = createRoot(output);
  // Given the arguments, load and define only the command they name (start-up stays small); all
  // of them when they name none, or one we do not know (top-level help, "did you mean").
  const word = args && commandWord(program, args);
  const named = word === undefined ? undefined : COMMANDS.find((c) => c.names.includes(word));
  const defines = await Promise.all((named ? [named] : COMMANDS).map((c) => c.load()));
  for (const define of defines) define(program, invoke, () => createProgram(invoke, output));
  return program;
}

type Program = ReturnType<typeof createRoot>;

/** The root: its options are the globals every command gets. */
function createRoot(output: OutputConfiguration) {
  return new Command('peerpath')
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
}

/** `full` builds the whole tree afresh, for commands that describe it (completion, man page). */
type Define = (parent: Parent, invoke: Invoke, full: () => Promise<CommandUnknownOpts>) => void;

/**
 * Every command: the names that reach it (aliases too) and its home in src/commands/<name>/,
 * whose define.ts is loaded only when the command is run (or help lists them all).
 */
const COMMANDS: readonly { names: readonly string[]; load: () => Promise<Define> }[] = [
  { names: ['menu'], load: async () => (await import('./commands/menu/define.js')).defineMenu }, // hidden: `peerpath` alone in a terminal
  { names: ['checkin'], load: async () => (await import('./commands/checkin/define.js')).defineCheckin },
  { names: ['journal', 'log'], load: async () => (await import('./commands/journal/define.js')).defineJournal }, // list, show, edit, delete
  { names: ['doctor'], load: async () => (await import('./commands/doctor/define.js')).defineDoctor },
  { names: ['config'], load: async () => (await import('./commands/config/define.js')).defineConfig }, // get, set, unset, list
  { names: ['programs'], load: async () => (await import('./commands/programs/define.js')).definePrograms }, // list, show, match, save, unsave, add, remove, guide, browse
  { names: ['help-now'], load: async () => (await import('./commands/help-now/define.js')).defineHelpNow }, // `help now` too: see helpNowArgv
  { names: ['plan'], load: async () => (await import('./commands/plan/define.js')).definePlan }, // edit, export
  { names: ['questionnaire', 'q'], load: async () => (await import('./commands/questionnaire/define.js')).defineQuestionnaire }, // KIND, list
  { names: ['stats'], load: async () => (await import('./commands/stats/define.js')).defineStats },
  { names: ['calendar'], load: async () => (await import('./commands/calendar/define.js')).defineCalendar },
  { names: ['export'], load: async () => (await import('./commands/export/define.js')).defineExport },
  { names: ['import'], load: async () => (await import('./commands/import/define.js')).defineImport },
  { names: ['backups'], load: async () => (await import('./commands/backups/define.js')).defineBackups }, // list, restore
  { names: ['encrypt', 'decrypt'], load: async () => (await import('./commands/crypto/define.js')).defineCrypto },
  { names: ['remind'], load: async () => (await import('./commands/remind/define.js')).defineRemind }, // set, off, shell, install, uninstall; --if-due, --notify
  { names: ['completion', '__complete', '__manpage'], load: async () => (await import('./commands/completion/define.js')).defineCompletion }, // the last two hidden
  { names: ['sync'], load: async () => (await import('./commands/sync/define.js')).defineSync }, // DIR, --status
  { names: ['git-setup'], load: async () => (await import('./commands/git-setup/define.js')).defineGitSetup },
  { names: ['merge-driver'], load: async () => (await import('./commands/merge-driver/define.js')).defineMergeDriver }, // called by git
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
