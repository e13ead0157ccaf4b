import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, runJson, tempDataDir } from './helpers.js';

interface Backup {
  id: string;
  createdAt: string;
  entries: number | null;
  bytes: number;
}

describe('backups', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDataDir()));
  afterEach(() => cleanup());

  it('keeps a backup before every change and lists them newest first with the contract keys', () => {
    expect(runJson<Backup[]>(dir, ['backups', 'list', '--json'])).toEqual([]);
    for (const mood of [3, 5, 7]) expect(run(dir, ['checkin', '--mood', String(mood)]).code).toBe(0);
    const list = runJson<Backup[]>(dir, ['backups', 'list', '--json']);
    // the first check-in had nothing to back up
    expect(list.map((b) => b.entries)).toEqual([2, 1]);
    for (const b of list) {
      expect(Object.keys(b)).toEqual(expect.arrayContaining(['id', 'createdAt', 'entries', 'bytes']));
      expect(statSync(join(dir, 'backups', `journal-${b.id}.json`)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
  });

  it('restores a backup by id prefix, backing up the current state first', () => {
    for (const mood of [3, 5, 7]) run(dir, ['checkin', '--mood', String(mood)]);
    const [newest, oldest] = runJson<Backup[]>(dir, ['backups', 'list', '--json']);
    const r = run(dir, ['backups', 'restore', oldest!.id.slice(0, 22), '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(runJson<unknown[]>(dir, ['journal', '--json'])).toHaveLength(1);
    const after = runJson<Backup[]>(dir, ['backups', 'list', '--json']);
    expect(after[0]!.entries).toBe(3); // the state just before the restore
    expect(after.map((b) => b.id)).toContain(newest!.id);
  });

  it('needs --yes without a terminal, and refuses unknown ids; nothing changes', () => {
    for (const mood of [3, 5]) run(dir, ['checkin', '--mood', String(mood)]);
    const before = readFileSync(join(dir, 'journal.json'));
    const [b] = runJson<Backup[]>(dir, ['backups', 'list', '--json']);
    const noYes = run(dir, ['backups', 'restore', b!.id]);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toMatch(/--yes/);
    const unknown = run(dir, ['backups', 'restore', 'nope', '--yes']);
    expect(unknown.code).toBe(2);
    expect(readFileSync(join(dir, 'journal.json'))).toEqual(before);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });
});
