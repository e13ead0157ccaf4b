import { dueLine } from '../../core/remind.js';
import { resolveDataDir } from '../../store/paths.js';
import { readRemindState } from '../../store/remind.js';

/**
 * `remind --if-due`: runs at every shell prompt, so it reads only the tiny state file beside the
 * journal (never the journal) and loads neither commander nor the command tree: main.ts calls
 * `answerIfDue` before anything else. Prints the line when due; says nothing otherwise or on any
 * trouble (a prompt hook must stay quiet), and the exit code is always 0.
 */
export function remindIfDueLine(dataDirFlag: string | undefined, now: Date, env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    return dueLine(readRemindState(resolveDataDir(dataDirFlag, env).dir), now);
  } catch {
    return null;
  }
}

/** Flags that may stand around `remind --if-due` without changing its answer. */
const QUIET_FLAGS = new Set(['--no-color', '--no-input']);

/**
 * When `args` (argv after the script) are exactly `[--data-dir DIR] remind --if-due` (give or take
 * --no-color / --no-input), answer and return true; otherwise return false and let commander run.
 */
export function answerIfDue(args: readonly string[], write: (s: string) => void, now = new Date()): boolean {
  let dataDir: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data-dir' && i + 1 < args.length) dataDir = args[++i];
    else if (a.startsWith('--data-dir=')) dataDir = a.slice('--data-dir='.length);
    else if (!QUIET_FLAGS.has(a)) rest.push(a);
  }
  if (rest.length !== 2 || rest[0] !== 'remind' || rest[1] !== '--if-due') return false;
  const line = remindIfDueLine(dataDir, now);
  if (line) write(`${line}\n`);
  return true;
}
