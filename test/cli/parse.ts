/**
 * Parse argv with the real program (createProgram) and an `invoke` that records which run function
 * each command calls and with what, instead of running it. Nothing runs; no files are touched.
 */
import { CommanderError } from 'commander';
import { createProgram } from '../../src/cli.js';
import type { GlobalOptions } from '../../src/commands/context.js';
import type { Invoke } from '../../src/commands/shared.js';

export interface RunCall {
  /** The run function's name, e.g. `journalShow`. */
  run: string;
  /** Its arguments after the context, e.g. `['k3', { json: true }]`. */
  args: unknown[];
  /** The positional arguments (strings) among them. */
  positional: string[];
  /** The options object among them (`{}` for run functions that take none). */
  opts: Record<string, unknown>;
  global: GlobalOptions;
}

export interface Parsed {
  calls: RunCall[];
  out: string;
  err: string;
  error: CommanderError | null;
}

/** Parse `argv` as the user typed it; commander's errors come back as the CommanderError (never process.exit). */
export async function parse(argv: string[]): Promise<Parsed> {
  const calls: RunCall[] = [];
  const record: Invoke = async (cmd, _load, run, ...args) => {
    const list = args as unknown[];
    const opts = list.find((a): a is Record<string, unknown> => typeof a === 'object' && a !== null) ?? {};
    calls.push({ run, args: list, positional: list.filter((a): a is string => typeof a === 'string'), opts: { ...opts }, global: cmd.optsWithGlobals() as unknown as GlobalOptions });
  };
  let out = '';
  let err = '';
  const program = createProgram(record, {
    writeOut: (s) => void (out += s),
    writeErr: (s) => void (err += s),
    getOutHelpWidth: () => 100,
    getErrHelpWidth: () => 100,
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { calls, out, err, error: null };
  } catch (e) {
    if (e instanceof CommanderError) return { calls, out, err, error: e };
    throw e;
  }
}
