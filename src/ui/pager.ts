import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { commandFromEnv, runInTerminal } from './terminal-process.js';

/** Rows `text` takes on a terminal `columns` wide (long lines wrap). */
export function screenRows(text: string, columns: number): number {
  const lines = text.replace(/\n$/, '').split('\n');
  let rows = 0;
  for (const line of lines) rows += Math.max(1, Math.ceil(stringWidth(stripVTControlCharacters(line)) / Math.max(1, columns)));
  return rows;
}

/** `$PAGER` split the shell way, or `less -FRX` (quit if one screen, keep colours, leave the text on screen). */
export function pagerCommand(env: NodeJS.ProcessEnv = process.env): string[] | null {
  if (env.PAGER !== undefined && (env.PAGER.trim() === '' || env.PAGER.trim() === 'cat')) return null;
  return commandFromEnv(env, ['PAGER'], ['less', '-FRX']).argv;
}

/**
 * Show `text` through the pager when it is taller than the terminal. Returns false when it did not
 * (short enough, no pager wanted, or the pager program is missing): the caller then prints it.
 * Call only when stdout is a terminal.
 */
export async function pageIfTall(text: string, term: { rows: number; columns: number; env?: NodeJS.ProcessEnv }): Promise<boolean> {
  if (screenRows(text, term.columns) < term.rows) return false;
  const env = term.env ?? process.env;
  const argv = pagerCommand(env);
  if (!argv) return false;
  try {
    await runInTerminal(argv, { input: text.endsWith('\n') ? text : text + '\n', env });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EACCES') return false;
    throw err;
  }
}
