/**
 * `peerpath sync DIR`: two data folders (two devices) and one shared folder, as a sync tool carries it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEncrypted } from '../../src/store/crypto.js';
import { run, runJson, useTempDataDirs } from './helpers.js';

const dataDir = useTempDataDirs();

interface Entry {
  id: string;
  mood: number;
  note: string;
}

/** Two devices' data folders and the shared folder, all in one temp base. */
function devices() {
  const a = dataDir();
  const b = join(a, '..', 'device-b');
  const shared = join(a, '..', 'Sync', 'peerpath');
  mkdirSync(shared, { recursive: true });
  return { a, b, shared };
}

const ok = (dir: string, args: string[], env?: Record<string, string>) => {
  const r = run(dir, args, env ? { env } : {});
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return r;
};
const checkin = (dir: string, mood: number, note = '') => ok(dir, ['checkin', '--no-input', '--mood', String(mood), '--note', note]);
const entries = (dir: string) => runJson<Entry[]>(dir, ['journal', '--json']);
const notes = (dir: string) => entries(dir).map((e) => e.note).sort();
/** Every file under the base, name → bytes: to check nothing was written anywhere. */
function snapshot(...dirs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const n of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, n.name);
      if (n.isDirectory()) walk(p);
      else out.set(p, readFileSync(p).toString('base64'));
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

describe('sync through a shared folder', () => {
  it('adds, edits and deletes on two devices meet in one journal, and it says what arrived', () => {
    const { a, b, shared } = devices();
    checkin(a, 6, 'laptop 1');
    checkin(a, 4, 'laptop 2');
    const first = ok(a, ['sync', shared]);
    expect(first.stderr).toContain('Your journal is now in');
    expect(existsSync(join(shared, 'peerpath-journal.json'))).toBe(true);

    const status = ok(b, ['sync', '--status', shared]);
    expect(status.stderr).toContain('Would bring 2 new from the other devices.');
    expect(existsSync(join(b, 'journal.json'))).toBe(false);
    expect(ok(b, ['sync', shared]).stderr).toContain('Synced: 2 new from the other devices.');

    // Both change things while apart.
    const [one, two] = entries(b).sort((x, y) => x.note.localeCompare(y.note));
    ok(b, ['journal', 'edit', one!.id, '--mood', '9']);
    checkin(b, 7, 'desktop 1');
    ok(a, ['journal', 'delete', two!.id, '--yes']);
    checkin(a, 5, 'laptop 3');
    ok(a, ['programs', 'save', 'smart-recovery']);

    expect(ok(b, ['sync', shared]).stderr).toContain('Sent to the folder: 1 new, 1 changed.');
    const back = ok(a, ['sync', shared]);
    expect(back.stderr).toContain('Synced: 1 new, 1 changed from the other devices.');
    expect(ok(b, ['sync', shared]).stderr).toMatch(/Synced: 1 new, 1 removed; 1 change to saved programs/);
    expect(ok(a, ['sync', '--status', shared]).stderr).toContain('Nothing new from the other devices.');

    expect(notes(a)).toEqual(['desktop 1', 'laptop 1', 'laptop 3']);
    expect(entries(a)).toEqual(entries(b));
    expect(entries(a).find((e) => e.note === 'laptop 1')!.mood).toBe(9);
    expect(readFileSync(join(a, 'journal.json'), 'utf8')).toBe(readFileSync(join(shared, 'peerpath-journal.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(b, 'journal.json'), 'utf8')).saved).toEqual(['smart-recovery']);
  });

  it('merges the conflict copies Syncthing, Dropbox and Nextcloud leave, then removes them', () => {
    const { a, b, shared } = devices();
    checkin(a, 6, 'from a');
    ok(a, ['sync', shared]);
    checkin(b, 3, 'from b');
    ok(b, ['sync', shared]);
    const folderCopy = readFileSync(join(shared, 'peerpath-journal.json'));
    // Three more devices wrote while the tool was not looking: their copies sit beside it.
    const names = [
      'peerpath-journal.sync-conflict-20261130-101500-ABCDEFG.json',
      "peerpath-journal (Sam's conflicted copy 2026-11-30).json",
      'peerpath-journal (conflicted copy 2026-11-30 101500).json',
    ];
    names.forEach((name, i) => {
      const c = dataDir();
      checkin(c, 5, `copy ${i}`);
      writeFileSync(join(shared, name), readFileSync(join(c, 'journal.json')));
    });
    const doctor = ok(a, ['doctor']).stdout;
    expect(doctor).toContain(`Your sync tool left 3 conflict copies in ${shared}: `);
    expect(doctor).toContain(`\`peerpath sync ${shared}\` merges them into one journal.`);
    expect(runJson<{ conflictCopies: string[] }>(a, ['doctor', '--json']).conflictCopies).toEqual([...names].sort().map((n) => join(shared, n)));
    const r = ok(a, ['sync', shared]);
    expect(r.stderr).toContain('Synced: 4 new from the other devices.');
    expect(r.stderr).toContain('Merged 3 conflict copies left by your sync tool, and removed them.');
    expect(readdirSync(shared)).toEqual(['peerpath-journal.json']);
    expect(notes(a)).toEqual(['copy 0', 'copy 1', 'copy 2', 'from a', 'from b']);
    expect(readFileSync(join(shared, 'peerpath-journal.json'))).not.toEqual(folderCopy);
    expect(ok(a, ['doctor']).stdout).not.toContain('conflict cop');
  });

  it.each([
    ['a folder copy that is not a peerpath journal', 'peerpath-journal.json', '{"theme": "dark"}'],
    ['a folder copy from a newer peerpath', 'peerpath-journal.json', '{"schemaVersion": 99, "entries": []}'],
    ['a truncated conflict copy', 'peerpath-journal.sync-conflict-20261130-101500-ABCDEFG.json', null],
  ])('%s → exit 3 naming the file, nothing written anywhere', (_what, name, text) => {
    const { a, b, shared } = devices();
    checkin(a, 6, 'from a');
    ok(a, ['sync', shared]);
    checkin(b, 3, 'from b');
    const bytes = text ?? readFileSync(join(a, 'journal.json'), 'utf8').slice(0, 120);
    writeFileSync(join(shared, name), bytes);
    if (name !== 'peerpath-journal.json') writeFileSync(join(shared, 'peerpath-journal (conflicted copy 2026-11-30 101500).json'), readFileSync(join(a, 'journal.json')));
    const before = snapshot(b, shared);
    const r = run(b, ['sync', shared]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(join(shared, name));
    expect(r.stderr).toMatch(/^peerpath: /);
    expect(snapshot(b, shared)).toEqual(before);
  });

  it('encrypted journals sync encrypted; a different passphrase → exit 5, nothing written on either side', () => {
    const { a, b, shared } = devices();
    const base = join(a, '..');
    const pass = join(base, 'pass.txt');
    const other = join(base, 'other.txt');
    writeFileSync(pass, 'correct horse battery staple\n');
    writeFileSync(other, 'a different one\n');
    checkin(a, 6, 'secret note');
    ok(a, ['--passphrase-file', pass, 'encrypt']);
    ok(a, ['--passphrase-file', pass, 'sync', shared]);
    const copy = readFileSync(join(shared, 'peerpath-journal.json'));
    expect(isEncrypted(copy)).toBe(true);
    expect(copy.includes('secret note')).toBe(false);
    for (const f of readdirSync(a).filter((n) => n.startsWith('sync-base'))) expect(isEncrypted(readFileSync(join(a, f)))).toBe(true);

    // A plain journal on b, an encrypted folder copy: the right passphrase opens it, the folder stays encrypted.
    checkin(b, 4, 'plain on b');
    const before = snapshot(b, shared);
    const wrong = run(b, ['--passphrase-file', other, 'sync', shared]);
    expect(wrong.code).toBe(5);
    expect(wrong.stderr).toContain(join(shared, 'peerpath-journal.json'));
    expect(snapshot(b, shared)).toEqual(before);
    expect(run(b, ['sync', shared]).code).toBe(5); // no passphrase at all
    ok(b, ['--passphrase-file', pass, 'sync', shared]);
    expect(isEncrypted(readFileSync(join(shared, 'peerpath-journal.json')))).toBe(true);
    expect(notes(b)).toEqual(['plain on b', 'secret note']);
  }, 180_000); // every run derives keys (scrypt), slow on a busy machine

  it('refuses a folder that is not there (exit 2)', () => {
    const { a, shared } = devices();
    const r = run(a, ['sync', join(shared, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^peerpath: There is no folder at /);
  });
});
