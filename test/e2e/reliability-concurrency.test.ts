/**
 * Many peerpaths at once on one journal, and locks: 20 simultaneous check-ins give exactly 20
 * entries; a lock left by a killed process is taken over at once; a live lock held too long → exit 4.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/store/lock.js';
import { deadPid } from '../store/reliability-helpers.js';
import { BIN, cleanEnv, run, runJson, tempDataDir } from './helpers.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function dataDir(): string {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

function runAsync(dir: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--data-dir', dir, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

type Entry = { id: string; mood: number; note: string };
const litter = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.includes('.lock'));

describe('concurrent writers', () => {
  it('20 `checkin --no-input --mood N` at once → exactly 20 entries, none lost, none doubled', async () => {
    const dir = dataDir();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => runAsync(dir, ['checkin', '--no-input', '--mood', String((i % 10) + 1), '--note', `writer ${i}`, '--json'])),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const saved = results.map((r) => (JSON.parse(r.stdout) as Entry).id);
    const entries = runJson<Entry[]>(dir, ['journal', '--json']);
    expect(entries).toHaveLength(20);
    expect(new Set(entries.map((e) => e.id))).toEqual(new Set(saved));
    expect(new Set(entries.map((e) => e.note)).size).toBe(20);
    expect(litter(dir)).toEqual([]);
  }, 180_000);

  it('writers mixed with readers: readers never see a torn file', async () => {
    const dir = dataDir();
    const jobs: Array<Promise<{ code: number | null; stdout: string; stderr: string }>> = [];
    for (let i = 0; i < 10; i++) {
      jobs.push(runAsync(dir, ['checkin', '--no-input', '--mood', '5', '--note', `w${i}`]));
      jobs.push(runAsync(dir, ['journal', '--json']));
    }
    const results = await Promise.all(jobs);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    for (const r of results.filter((_, i) => i % 2 === 1)) expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    expect(runJson<Entry[]>(dir, ['journal', '--json'])).toHaveLength(10);
  }, 180_000);
});

describe('locks', () => {
  function plantLock(dir: string, owner: object | null, ageMs = 0): string {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const lock = join(dir, 'journal.json.lock');
    mkdirSync(lock);
    if (owner) writeFileSync(join(lock, 'owner'), JSON.stringify(owner));
    if (ageMs) {
      const t = new Date(Date.now() - ageMs);
      utimesSync(lock, t, t);
    }
    return lock;
  }

  it('a lock left by a killed peerpath (dead pid on this host) is taken over at once', () => {
    const dir = dataDir();
    plantLock(dir, { pid: deadPid(), host: hostname(), token: 'deadbeef', at: new Date().toISOString() });
    const t0 = performance.now();
    const r = run(dir, ['checkin', '--no-input', '--mood', '6']);
    expect(r.code, r.stderr).toBe(0);
    expect(performance.now() - t0, 'not waiting for the 10 s staleness').toBeLessThan(8000);
    expect(litter(dir)).toEqual([]);
  });

  it('a lock with no owner file, untouched for a minute, is taken over', () => {
    const dir = dataDir();
    plantLock(dir, null, 60_000);
    const r = run(dir, ['checkin', '--no-input', '--mood', '6']);
    expect(r.code, r.stderr).toBe(0);
    expect(litter(dir)).toEqual([]);
  });

  it('litter of killed waiters (prepared and renamed-away lock folders) is swept by the next save', () => {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const name of ['journal.json.lock.0123abcd.new', 'journal.json.lock.dead-1a2b', 'journal.json.lock.rel-99ff']) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'owner'), JSON.stringify({ pid: deadPid(), host: hostname(), token: 'x', at: '' }));
    }
    writeFileSync(join(dir, '.journal.json.4242.abcdef.tmp'), '{"half a');
    const r = run(dir, ['checkin', '--no-input', '--mood', '6']);
    expect(r.code, r.stderr).toBe(0);
    expect(litter(dir)).toEqual([]);
  });

  it('a live lock held longer than the wait → exit 4 with a calm message; nothing written; works once released', async () => {
    const dir = dataDir();
    expect(run(dir, ['checkin', '--no-input', '--mood', '4']).code).toBe(0);
    const before = readFileSync(join(dir, 'journal.json'));
    const release = await acquireLock(join(dir, 'journal.json'), { timeoutMs: 1000 });
    try {
      const t0 = performance.now();
      const r = await runAsync(dir, ['checkin', '--no-input', '--mood', '7'], { PEERPATH_LOCK_TIMEOUT_MS: '1500' });
      const ms = performance.now() - t0;
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/in use by another peerpath \(process \d+\)/);
      expect(r.stderr).toMatch(/Nothing was saved/);
      expect(ms).toBeGreaterThan(1400);
      expect(readFileSync(join(dir, 'journal.json')).equals(before)).toBe(true);
      // Reading never waits for the lock (saves are atomic renames).
      const read = await runAsync(dir, ['journal', '--json']);
      expect(read.code).toBe(0);
    } finally {
      await release();
    }
    expect(run(dir, ['checkin', '--no-input', '--mood', '7']).code).toBe(0);
    expect(runJson<Entry[]>(dir, ['journal', '--json'])).toHaveLength(2);
  }, 180_000);
});
