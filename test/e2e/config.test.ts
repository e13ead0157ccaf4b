/** `peerpath config get|set|unset|list` (keys: country, remind). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs } from './helpers.js';

const dataDir = useTempDataDirs();

describe('config', () => {
  it('starts empty: list shows country not set; get says how to set it; nothing is created', () => {
    const dir = dataDir();
    const list = run(dir, ['config', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/country\s+\(not set\)/);
    expect(runJson(dir, ['config', 'list', '--json'])).toEqual({ country: null, remind: null });
    expect(runJson(dir, ['config', '--json'])).toEqual({ country: null, remind: null }); // list is the default
    const get = run(dir, ['config', 'get', 'country']);
    expect(get.code).toBe(0);
    expect(get.stdout).toBe('');
    expect(get.stderr).toContain('peerpath config set country');
    expect(runJson(dir, ['config', 'get', 'country', '--json'])).toEqual({ country: null });
    expect(existsSync(dir)).toBe(false);
  });

  it('set → get → list → unset', () => {
    const dir = dataDir();
    const set = run(dir, ['config', 'set', 'country', 'ca']);
    expect(set.code).toBe(0);
    expect(set.stdout).toBe('');
    expect(set.stderr).toContain('country = CA');
    expect(run(dir, ['config', 'get', 'country']).stdout).toBe('CA\n');
    expect(runJson(dir, ['config', 'get', 'country', '--json'])).toEqual({ country: 'CA' });
    expect(run(dir, ['config']).stdout).toMatch(/country\s+CA/);
    expect(JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8')).config).toEqual({ country: 'CA' });
    expect(run(dir, ['config', 'unset', 'country']).code).toBe(0);
    expect(runJson(dir, ['config', 'list', '--json'])).toEqual({ country: null, remind: null });
  });

  it.each([['gb', 'UK'], ['United Kingdom', 'UK'], ['England', 'UK'], ['Germany', 'DE'], ['the netherlands', 'NL']])('%s is stored as %s', (given, code) => {
    const dir = dataDir();
    expect(run(dir, ['config', 'set', 'country', given]).code).toBe(0);
    expect(runJson(dir, ['config', 'get', 'country', '--json'])).toEqual({ country: code });
  });

  it.each([
    [['config', 'set', 'country', 'Atlantis'], '"Atlantis" is not a country peerpath knows'],
    [['config', 'set', 'country', 'U1'], 'is not a country peerpath knows'],
    [['config', 'set', 'country', 'XX'], 'is not a country peerpath knows'],
    [['config', 'set', 'colour', 'blue'], 'Unknown setting'],
    [['config', 'get', 'colour'], 'Unknown setting'],
    [['config', 'unset', 'colour'], 'Unknown setting'],
    [['config', 'set', 'country'], "missing required argument 'value'"],
  ])('%j → exit 2, nothing written', (args, mentions) => {
    const dir = dataDir();
    run(dir, ['config', 'set', 'country', 'IE']);
    const before = readFileSync(join(dir, 'journal.json'));
    const r = run(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mentions);
    expect(readFileSync(join(dir, 'journal.json')).equals(before)).toBe(true);
  });

  it('config survives check-ins and check-ins survive config changes', () => {
    const dir = dataDir();
    run(dir, ['checkin', '--mood', '5']);
    run(dir, ['config', 'set', 'country', 'NZ']);
    run(dir, ['checkin', '--mood', '6']);
    expect(runJson<unknown[]>(dir, ['journal', '--json'])).toHaveLength(2);
    expect(runJson(dir, ['config', 'get', 'country', '--json'])).toEqual({ country: 'NZ' });
  });
});
