/** `peerpath doctor` and where the data lives (--data-dir, PEERPATH_HOME, XDG_DATA_HOME, default). */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs, useTempDirs } from './helpers.js';

interface Report {
  journalPath: string;
  dataDir: string;
  dataDirFrom: string;
  exists: boolean;
  bytes: number;
  entries: number | null;
  schemaVersion: number | null;
  encrypted: boolean;
  permissions: { journal: string | null; dataDir: string | null; ok: boolean };
  backups: { count: number; bytes: number; newest: string | null; dir: string };
  lock: { held: boolean; pid: number | null };
  healthy: boolean;
  problems: string[];
  warnings: string[];
}

const dataDir = useTempDataDirs();
const base = useTempDirs('peerpath-env-');

describe('doctor', () => {
  it('before the first check-in: where the journal will be; creates nothing', () => {
    const dir = dataDir();
    const r = runJson<Report>(dir, ['doctor', '--json']);
    expect(r).toMatchObject({
      journalPath: join(dir, 'journal.json'), dataDir: dir, dataDirFrom: '--data-dir', exists: false, bytes: 0, entries: null,
      encrypted: false, healthy: true, problems: [], lock: { held: false, pid: null }, backups: { count: 0 },
    });
    expect(existsSync(dir)).toBe(false);
    const text = run(dir, ['doctor']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(join(dir, 'journal.json'));
    expect(text.stdout).toContain('not created yet');
  });

  it('after check-ins: entries, schema, private permissions, backups; text says all good', () => {
    const dir = dataDir();
    run(dir, ['checkin', '--mood', '5']);
    run(dir, ['checkin', '--mood', '6']);
    const r = runJson<Report>(dir, ['doctor', '--json']);
    expect(r).toMatchObject({
      exists: true, entries: 2, schemaVersion: 1, encrypted: false, healthy: true, warnings: [],
      permissions: { journal: '600', dataDir: '700', ok: true }, lock: { held: false },
    });
    expect(r.bytes).toBe(readFileSync(join(dir, 'journal.json')).length);
    expect(r.backups.count).toBeGreaterThanOrEqual(1);
    expect(r.backups.dir).toBe(join(dir, 'backups'));
    const text = run(dir, ['doctor']);
    expect(text.stdout).toContain('All good');
    expect(text.stdout).toMatch(/Entries\s+2/);
    expect(text.stdout).not.toContain('\u001b');
  });

  it('--json prints only JSON on stdout with the contract key journalPath', () => {
    const dir = dataDir();
    const r = run(dir, ['doctor', '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(parsed).toHaveProperty('journalPath');
    expect(r.stderr).toBe('');
  });

  it('warns about loose permissions, with the fix', () => {
    const dir = dataDir();
    run(dir, ['checkin', '--mood', '5']);
    chmodSync(join(dir, 'journal.json'), 0o644);
    const r = runJson<Report>(dir, ['doctor', '--json']);
    expect(r.permissions).toMatchObject({ journal: '644', ok: false });
    expect(r.warnings.join('\n')).toContain('chmod 600');
  });

  it('a corrupt journal: exit 3, the report says what is wrong, and the file is untouched', () => {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'journal.json'), '{"entries": [');
    const r = run(dir, ['doctor', '--json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.healthy).toBe(false);
    expect(report.problems.join('\n')).toContain('not valid JSON');
    expect(readFileSync(join(dir, 'journal.json'), 'utf8')).toBe('{"entries": [');
  });
});

describe('where the data lives', () => {
  it('PEERPATH_HOME moves it', () => {
    const home = join(base(), 'pp-home');
    const r = run(null, ['checkin', '--mood', '5'], { env: { PEERPATH_HOME: home, XDG_DATA_HOME: join(base(), 'xdg') } });
    expect(r.code).toBe(0);
    expect(existsSync(join(home, 'journal.json'))).toBe(true);
    const d = runJson<Report>(null, ['doctor', '--json'], { env: { PEERPATH_HOME: home } });
    expect(d).toMatchObject({ journalPath: join(home, 'journal.json'), dataDirFrom: 'PEERPATH_HOME', entries: 1 });
  });

  it('--data-dir beats PEERPATH_HOME', () => {
    const dir = join(base(), 'flag');
    const home = join(base(), 'pp-home');
    const d = runJson<Report>(dir, ['doctor', '--json'], { env: { PEERPATH_HOME: home } });
    expect(d).toMatchObject({ journalPath: join(dir, 'journal.json'), dataDirFrom: '--data-dir' });
    expect(run(dir, ['checkin', '--mood', '4'], { env: { PEERPATH_HOME: home } }).code).toBe(0);
    expect(existsSync(join(dir, 'journal.json'))).toBe(true);
    expect(existsSync(home)).toBe(false);
  });

  it('an absolute XDG_DATA_HOME → $XDG_DATA_HOME/peerpath', () => {
    const xdg = join(base(), 'xdg');
    expect(run(null, ['checkin', '--mood', '5'], { env: { XDG_DATA_HOME: xdg } }).code).toBe(0);
    expect(existsSync(join(xdg, 'peerpath', 'journal.json'))).toBe(true);
    const d = runJson<Report>(null, ['doctor', '--json'], { env: { XDG_DATA_HOME: xdg } });
    expect(d).toMatchObject({ dataDir: join(xdg, 'peerpath'), dataDirFrom: 'XDG_DATA_HOME' });
  });

  it('a relative XDG_DATA_HOME is ignored: the default under HOME is used, never a folder relative to cwd', () => {
    const home = base();
    const cwd = base();
    const env = { HOME: home, XDG_DATA_HOME: 'relative-xdg' };
    const d = runJson<Report>(null, ['doctor', '--json'], { env, cwd });
    expect(d.dataDirFrom).toBe('default');
    expect(d.dataDir).toBe(join(home, '.local', 'share', 'peerpath'));
    expect(run(null, ['checkin', '--mood', '5'], { env, cwd }).code).toBe(0);
    expect(existsSync(join(home, '.local', 'share', 'peerpath', 'journal.json'))).toBe(true);
    expect(existsSync(join(cwd, 'relative-xdg'))).toBe(false);
  });

  it('with nothing set, the platform default (no -nodejs suffix)', () => {
    const home = base();
    const d = runJson<Report>(null, ['doctor', '--json'], { env: { HOME: home, XDG_DATA_HOME: undefined } });
    expect(d.dataDirFrom).toBe('default');
    expect(d.dataDir).toBe(join(home, '.local', 'share', 'peerpath'));
    expect(d.dataDir).not.toContain('nodejs');
  });
});
