import { ExitCode, PeerpathError } from './core/errors.js';
import { sanitizeForTerminal } from './core/sanitize.js';
import { VERSION } from './version.js';

/** The only place that exits: runs the CLI and maps every error to the contract's exit codes. */
async function main(argv: string[]): Promise<number> {
  // `peerpath --version` alone is answered before commander and every command definition load.
  const only = argv.slice(2);
  if (only.length === 1 && (only[0] === '--version' || only[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  // `peerpath remind --if-due` runs at every shell prompt: answered from the tiny state file, before
  // commander and the command tree load (anything else with --if-due goes on to commander).
  if (only.includes('--if-due')) {
    const { answerIfDue } = await import('./if-due.js');
    if (answerIfDue(only, (s) => process.stdout.write(s))) return ExitCode.ok;
  }
  const { CommanderError, createProgram, createInvoke, helpNowArgv, isPromptCancel, colorLevel } = await import('./startup.js');
  const debug = argv.includes('--debug');
  const color = colorLevel({ color: !argv.includes('--no-color'), env: process.env, isTTY: Boolean(process.stderr.isTTY) }) > 0;
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const program = createProgram(createInvoke());
  // No command and no terminal (or --no-input): print the help instead of a menu.
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !argv.includes('--no-input');
  const userArgs = argv.slice(2);
  const hasCommand = userArgs.some((a) => !a.startsWith('-') && !isOptionValue(userArgs, a));
  // An unknown flag (`peerpath --bogus`) goes on to commander, which rejects it (exit 2).
  const rootFlags = new Set(program.options.flatMap((o) => [o.long, o.short]).filter(Boolean));
  const onlyRootFlags = userArgs.every((a) => rootFlags.has(a.split('=')[0]) || isOptionValue(userArgs, a));
  if (!hasCommand && !interactive && onlyRootFlags && !userArgs.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-V')) {
    program.outputHelp();
    return ExitCode.ok;
  }
  const noHelpOrVersion = !userArgs.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-V');
  const runArgv = !hasCommand && interactive && onlyRootFlags && noHelpOrVersion ? [...argv, 'menu'] : argv;
  try {
    await program.parseAsync(helpNowArgv(runArgv));
    return ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.ok;
      return ExitCode.usage; // commander already printed a one-line message
    }
    if (isPromptCancel(err)) {
      process.stderr.write('\nCancelled. Nothing was saved.\n');
      return ExitCode.cancelled;
    }
    if (err instanceof PeerpathError) {
      // Messages quote what was typed or imported: inert on the terminal like every stored string.
      process.stderr.write(`peerpath: ${sanitizeForTerminal(err.message)}\n`);
      if (err.hint) process.stderr.write(dim(sanitizeForTerminal(err.hint)) + '\n');
      if (debug && err.stack) process.stderr.write(err.stack + '\n');
      return err.exitCode;
    }
    const e = err as Error;
    process.stderr.write(`peerpath: something went wrong: ${sanitizeForTerminal(e?.message ?? String(err))}\n`);
    process.stderr.write(debug && e?.stack ? e.stack + '\n' : dim('Run the same command again with --debug to see the details.') + '\n');
    return ExitCode.unexpected;
  }
}

/** Options that take a value, so their value is not mistaken for a command name. */
const VALUE_OPTIONS = new Set(['--data-dir', '--passphrase-file']);
function isOptionValue(args: string[], a: string): boolean {
  const i = args.indexOf(a);
  return i > 0 && VALUE_OPTIONS.has(args[i - 1]!);
}

const code = await main(process.argv);
process.exitCode = code;
// Let pending output drain, then leave even if a prompt left stdin open.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
