import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, runJson, tempDataDir } from './helpers.js';

describe('journal files from elsewhere and encrypted backups', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDataDir()));
  afterEach(() => cleanup());

  it('reads a journal saved with a UTF-8 byte-order mark (e.g. by Notepad) and saves it without one', () => {
    expect(run(dir, ['checkin', '--mood', '6', '--note', 'café ☕']).code).toBe(0);
    const path = join(dir, 'journal.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, '\uFEFF' + JSON.stringify(JSON.parse(text), null, 2));
    const entries = runJson<{ note: string }[]>(dir, ['journal', '--json']);
    expect(entries.map((e) => e.note)).toEqual(['café ☕']);
    expect(run(dir, ['checkin', '--mood', '7']).code).toBe(0);
    expect(readFileSync(path)[0]).toBe('{'.charCodeAt(0));
    expect(runJson<unknown[]>(dir, ['journal', '--json'])).toHaveLength(2);
  });

  it('lists encrypted backups without a passphrase (no counts) and counts them with --count', () => {
    const pass = join(dir, '..', 'pass.txt');
    writeFileSync(pass, 'correct horse battery staple\n', { mode: 0o600 });
    expect(run(dir, ['checkin', '--mood', '4']).code).toBe(0);
    const enc = run(dir, ['--passphrase-file', pass, 'encrypt']);
    expect(enc.code, enc.stderr).toBe(0);
    expect(run(dir, ['--passphrase-file', pass, 'checkin', '--mood', '5']).code).toBe(0);
    const quick = runJson<{ entries: number | null; encrypted: boolean }[]>(dir, ['backups', 'list', '--json']);
    expect(quick.length).toBeGreaterThan(0);
    expect(quick.every((b) => b.encrypted && b.entries === null)).toBe(true);
    const counted = runJson<{ entries: number | null }[]>(dir, ['--passphrase-file', pass, 'backups', 'list', '--json', '--count'], { timeout: 60_000 });
    expect(counted[0]!.entries).toBe(1);
  });
});
