/**
 * Files peerpath creates are readable only by their owner: journal, backups, exports 0600 in a 0700
 * folder, whatever the umask; `doctor` warns when they are open to others.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, run, runJson, tempDataDir } from '../e2e/helpers.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
const newDir = () => {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  return t.dir;
};
const mode = (p: string) => statSync(p).mode & 0o777;

/** Run the CLI under a permissive umask (0000), the worst case for files created without a mode. */
function runUmask0(dir: string, args: string[], input = '') {
  const script = `process.umask(0); await import(${JSON.stringify(BIN)});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script, BIN, '--data-dir', dir, ...args], {
    env: cleanEnv(),
    encoding: 'utf8',
    input,
  });
}

describe('created files are private even under umask 0000', () => {
  it('(the harness really runs with umask 0000)', () => {
    const r = spawnSync(process.execPath, ['-e', 'process.umask(0); process.stdout.write(String(process.umask()))'], { encoding: 'utf8' });
    expect(r.stdout).toBe('0');
  });

  it('data folder 0700; journal, backups folder and backups 0600/0700; encrypted too; exports 0600', () => {
    const dir = newDir();
    for (let i = 0; i < 3; i++) {
      const r = runUmask0(dir, ['checkin', '--no-input', '--mood', String(i + 4)]);
      expect(r.status, r.stderr).toBe(0);
    }
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'journal.json'))).toBe(0o600);
    expect(mode(join(dir, 'backups'))).toBe(0o700);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups.length).toBeGreaterThan(0);
    for (const b of backups) expect(mode(join(dir, 'backups', b)), b).toBe(0o600);

    const out = join(dir, '..', 'export.html');
    const ex = runUmask0(dir, ['export', '--format', 'html', '--output', out]);
    expect(ex.status, ex.stderr).toBe(0);
    expect(mode(out)).toBe(0o600);

    const pf = join(dir, '..', 'pass');
    writeFileSync(pf, 'a calm passphrase\n');
    const enc = runUmask0(dir, ['--passphrase-file', pf, 'encrypt']);
    expect(enc.status, enc.stderr).toBe(0);
    expect(mode(join(dir, 'journal.json'))).toBe(0o600);
    for (const b of readdirSync(join(dir, 'backups'))) expect(mode(join(dir, 'backups', b)), b).toBe(0o600);
  });
});

describe('doctor warns when files are open to others', () => {
  it('a healthy journal: no warnings, permissions ok', () => {
    const dir = newDir();
    expect(run(dir, ['checkin', '--no-input', '--mood', '5']).code).toBe(0);
    expect(run(dir, ['checkin', '--no-input', '--mood', '6']).code).toBe(0);
    const report = runJson<{ permissions: { ok: boolean; journal: string; dataDir: string }; warnings: string[] }>(dir, ['doctor', '--json']);
    expect(report.permissions).toMatchObject({ ok: true, journal: '600', dataDir: '700' });
    expect(report.warnings).toEqual([]);
  });

  it.each([
    ['the journal', (dir: string) => chmodSync(join(dir, 'journal.json'), 0o644), /journal is readable by other users \(mode 644\)/],
    ['the data folder', (dir: string) => chmodSync(dir, 0o755), /data folder is open to other users \(mode 755\)/],
    ['a backup', (dir: string) => chmodSync(join(dir, 'backups', readdirSync(join(dir, 'backups'))[0]!), 0o640), /Backup .* readable by other users/],
  ])('%s readable by others → a warning with the fix', (_name, loosen, message) => {
    const dir = newDir();
    expect(run(dir, ['checkin', '--no-input', '--mood', '5']).code).toBe(0);
    expect(run(dir, ['checkin', '--no-input', '--mood', '6']).code).toBe(0);
    loosen(dir);
    const report = runJson<{ permissions: { ok: boolean }; warnings: string[] }>(dir, ['doctor', '--json']);
    expect(report.permissions.ok).toBe(false);
    expect(report.warnings.join('\n')).toMatch(message);
    const human = run(dir, ['doctor']);
    expect(human.stdout).toMatch(message);
    expect(human.stdout + human.stderr).toMatch(/chmod|readable by other users/);
  });
});
