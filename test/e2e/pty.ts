/**
 * The built CLI in a pseudo-terminal (node-pty), for tests that need a real terminal: prompts,
 * the progress bar, and the colour policy (colour is only ever on when stdout is a terminal).
 * Kept apart from helpers.ts so that files without PTY tests do not load node-pty.
 */
import { stripVTControlCharacters } from 'node:util';
import pty from 'node-pty';
import { BIN, cleanEnv } from './helpers.js';

export const KEY = { down: '\u001b[B', up: '\u001b[A', enter: '\r', space: ' ', ctrlC: '\u0003' };

export interface Session {
  /** Wait until `pattern` appears in the screen text written since the last answer, then type `keys`. */
  answer(pattern: RegExp | string, ...keys: string[]): Promise<void>;
  /** Wait for `pattern` in everything written since the last answer. */
  waitFor(pattern: RegExp | string): Promise<void>;
  exit: Promise<number>;
  /** Everything written, escape sequences removed. */
  text(): string;
  /** Everything written, escape sequences included. */
  raw(): string;
}

/**
 * Start `peerpath ...args` in a 100×30 terminal. The environment is the e2e one (helpers.ts
 * cleanEnv) with NO_COLOR=1 and TERM=xterm unless `env` says otherwise (undefined removes a variable).
 * It is killed after `timeoutMs`; each wait for a question gives up after `opts.waitMs`.
 */
export function spawnCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 30_000,
  opts: { cols?: number; rows?: number; waitMs?: number } = {},
): Session {
  const full = cleanEnv({ NO_COLOR: '1', TERM: 'xterm', ...env }) as Record<string, string>;
  const term = pty.spawn(process.execPath, [BIN, ...args], {
    name: full.TERM ?? 'xterm', // node-pty sets TERM to this
    cols: opts.cols ?? 100,
    rows: opts.rows ?? 30,
    env: full,
  });
  let raw = '';
  let from = 0;
  const waiters: (() => void)[] = [];
  term.onData((d) => {
    raw += d;
    for (const w of waiters.splice(0)) w();
  });
  const exit = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  const kill = setTimeout(() => term.kill(), timeoutMs);
  void exit.then(() => clearTimeout(kill));
  const text = () => stripVTControlCharacters(raw);
  const matches = (p: RegExp | string) => {
    const t = stripVTControlCharacters(raw.slice(from));
    return typeof p === 'string' ? t.includes(p) : p.test(t);
  };
  const waitFor = (p: RegExp | string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${String(p)}; screen so far:\n${text()}`)), opts.waitMs ?? 15_000);
      const check = () => {
        if (matches(p)) {
          clearTimeout(timer);
          resolve();
        } else waiters.push(check);
      };
      check();
    });
  return {
    waitFor,
    async answer(p, ...keys) {
      await waitFor(p);
      from = raw.length;
      await new Promise((r) => setTimeout(r, 80)); // let the prompt finish drawing and listen
      for (const k of keys) {
        term.write(k);
        await new Promise((r) => setTimeout(r, 30));
      }
    },
    exit,
    text,
    raw: () => raw,
  };
}

/** Run a command that asks nothing in a terminal; resolves with its exit code and raw screen output. */
export async function runInPty(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; raw: string; text: string }> {
  const s = spawnCli(args, env);
  const code = await s.exit;
  return { code, raw: s.raw(), text: s.text() };
}
