import envPaths from 'env-paths';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE, resolveDataDir } from '../../src/store/paths.js';

/** The platform default: ~/.local/share/peerpath on Linux (XDG), env-paths elsewhere. */
const DEFAULT =
  process.platform === 'darwin' || process.platform === 'win32' ? envPaths('peerpath', { suffix: '' }).data : join(homedir(), '.local', 'share', 'peerpath');

describe('resolveDataDir', () => {
  it.each([
    ['--data-dir beats everything', '/flag/dir', { PEERPATH_HOME: '/home/pp', XDG_DATA_HOME: '/xdg' }, '/flag/dir', '--data-dir'],
    ['PEERPATH_HOME beats XDG_DATA_HOME', undefined, { PEERPATH_HOME: '/home/pp', XDG_DATA_HOME: '/xdg' }, '/home/pp', 'PEERPATH_HOME'],
    ['absolute XDG_DATA_HOME → $XDG_DATA_HOME/peerpath', undefined, { XDG_DATA_HOME: '/xdg' }, '/xdg/peerpath', 'XDG_DATA_HOME'],
    ['relative XDG_DATA_HOME is ignored (XDG spec)', undefined, { XDG_DATA_HOME: 'relative/xdg' }, DEFAULT, 'default'],
    ['"." as XDG_DATA_HOME is ignored', undefined, { XDG_DATA_HOME: '.' }, DEFAULT, 'default'],
    ['empty XDG_DATA_HOME is ignored', undefined, { XDG_DATA_HOME: '' }, DEFAULT, 'default'],
    ['empty PEERPATH_HOME is ignored', undefined, { PEERPATH_HOME: '', XDG_DATA_HOME: '/xdg' }, '/xdg/peerpath', 'XDG_DATA_HOME'],
    ['nothing set → the platform default', undefined, {}, DEFAULT, 'default'],
    ['a relative --data-dir is made absolute', 'rel/dir', {}, resolve('rel/dir'), '--data-dir'],
    ['a relative PEERPATH_HOME is made absolute', undefined, { PEERPATH_HOME: 'rel' }, resolve('rel'), 'PEERPATH_HOME'],
    ['an empty --data-dir falls through', '', { PEERPATH_HOME: '/home/pp' }, '/home/pp', 'PEERPATH_HOME'],
  ] as const)('%s', (_name, flag, env, dir, from) => {
    expect(resolveDataDir(flag, env as NodeJS.ProcessEnv)).toEqual({ dir, from });
  });

  it('the default has no -nodejs suffix and lives under the home folder', () => {
    expect(DEFAULT).not.toContain('nodejs');
    expect(DEFAULT.endsWith('peerpath')).toBe(true);
    expect(DEFAULT.startsWith(homedir())).toBe(true);
  });

  it('a relative XDG_DATA_HOME in the real environment is ignored too (env-paths alone would use it)', () => {
    const saved = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = 'relative/xdg';
    try {
      const { dir, from } = resolveDataDir(undefined, process.env);
      expect(from).toBe('default');
      expect(dir).toBe(DEFAULT);
      expect(dir.startsWith('/')).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = saved;
    }
  });

  it('the journal file name', () => {
    expect(JOURNAL_FILE).toBe('journal.json');
    expect(join(resolveDataDir('/d').dir, JOURNAL_FILE)).toBe('/d/journal.json');
  });
});
