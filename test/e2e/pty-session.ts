/**
 * A pseudo-terminal session with the built CLI (node-pty): wait for a prompt, then type; read the
 * screen as text or raw (escape sequences included).
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
  text(): string;
  /** Everything written, escape sequences included. */
  raw(): string;
}

export function spawnCli(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 20_000): Session {
  const term = pty.spawn(process.execPath, [BIN, ...args], {
    name: env.TERM ?? 'xterm', // node-pty sets TERM to this
    cols: 100,
    rows: 30,
    env: cleanEnv({ NO_COLOR: '1', TERM: 'xterm', ...env }) as Record<string, string>,
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
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${String(p)}; screen so far:\n${text()}`)), 10_000);
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
      await new Promise((r) => setTimeout(r, 60)); // let the prompt finish drawing and listen
      for (const k of keys) {
        term.write(k);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    exit,
    text,
    raw: () => raw,
  };
}
