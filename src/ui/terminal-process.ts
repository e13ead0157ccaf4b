import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { usageError } from '../core/errors.js';
import { splitShellWords } from '../core/shell-words.js';

/**
 * The command named by the first of `vars` that is set and not blank (`$VISUAL`, then `$EDITOR`;
 * `$PAGER`), split into words the shell way, or `fallback`. A value that is itself the path of an
 * existing file is taken whole, so `/Applications/My Editor.app/…` works without quotes.
 */
export function commandFromEnv(env: NodeJS.ProcessEnv, vars: readonly string[], fallback: readonly string[]): { argv: string[]; from: string | null } {
  for (const name of vars) {
    const value = env[name];
    if (value === undefined || value.trim() === '') continue;
    if (existsSync(value)) return { argv: [value], from: name };
    const words = splitShellWords(value);
    if (words === null) throw usageError(`$${name} has an unmatched quote or a trailing backslash: ${value}`, `Fix it, e.g. export ${name}="code --wait".`);
    if (words.length && words[0] !== '') return { argv: words, from: name };
  }
  return { argv: [...fallback], from: null };
}

export interface TerminalRun {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Run a program that uses the terminal (an editor, a pager) and wait until it ends. Ctrl+C belongs
 * to that program meanwhile: peerpath ignores SIGINT until it exits, so it can clean up after.
 * `input`, when given, is written to the program's stdin (a pager); otherwise it shares ours.
 * Rejects with the spawn error (ENOENT: no such program).
 */
export async function runInTerminal(argv: readonly string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<TerminalRun> {
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  try {
    return await new Promise<TerminalRun>((resolve, reject) => {
      const child = spawn(argv[0]!, argv.slice(1), {
        stdio: [opts.input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'],
        env: opts.env ?? process.env,
      });
      child.once('error', reject);
      child.once('close', (code, signal) => resolve({ code, signal }));
      if (opts.input !== undefined && child.stdin) {
        child.stdin.on('error', () => undefined); // the pager quit before reading everything (EPIPE)
        child.stdin.end(opts.input);
      }
    });
  } finally {
    process.removeListener('SIGINT', ignore);
  }
}
