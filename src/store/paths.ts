import envPaths from 'env-paths';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export const JOURNAL_FILE = 'journal.json';
/** This data folder's device id (created on first save; never synced). */
export const DEVICE_FILE = 'device-id';
/** The journal as this device last synced it through a folder (the base of the next sync's merge). */
export const SYNC_BASE_FILE = 'sync-base.json';

/**
 * Where the journal lives: `--data-dir` beats `PEERPATH_HOME`, which beats `$XDG_DATA_HOME/peerpath`,
 * which beats the platform default (env-paths, no `-nodejs` suffix). Relative XDG values are ignored.
 */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): { dir: string; from: string } {
  if (flag) return { dir: resolve(flag), from: '--data-dir' };
  if (env.PEERPATH_HOME) return { dir: resolve(env.PEERPATH_HOME), from: 'PEERPATH_HOME' };
  const xdg = env.XDG_DATA_HOME;
  if (xdg && isAbsolute(xdg)) return { dir: join(xdg, 'peerpath'), from: 'XDG_DATA_HOME' };
  if (process.platform === 'darwin' || process.platform === 'win32') return { dir: envPaths('peerpath', { suffix: '' }).data, from: 'default' };
  // env-paths reads $XDG_DATA_HOME itself and would use a relative one; the XDG default is ~/.local/share.
  return { dir: join(homedir(), '.local', 'share', 'peerpath'), from: 'default' };
}
