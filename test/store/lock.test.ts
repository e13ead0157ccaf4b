import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';
import { acquireLock } from '../../src/store/lock.js';
import { run, useTempDirs } from '../e2e/helpers.js';

const tempDir = useTempDirs('peerpath-lock-');
function target(): string {
  return join(tempDir(), 'journal.json');
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The pid of a process that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

/** Put a lock in place as another process would have left it. */
function plantLock(t: string, owner: { pid: number; host?: string; token?: string }, ageMs = 0): void {
  const dir = `${t}.lock`;
  mkdirSync(dir);
  writeFileSync(join(dir, 'owner'), JSON.stringify({ pid: owner.pid, host: owner.host ?? hostname(), token: owner.token ?? 'planted', at: new Date().toISOString() }));
  if (ageMs) {
    const then = new Date(Date.now() - ageMs);
    utimesSync(dir, then, then);
  }
}

async function lockError(p: Promise<unknown>): Promise<PeerpathError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(PeerpathError);
  return err as PeerpathError;
}

describe('acquireLock', () => {
  it('creates <journal>.lock while held and removes it on release (release is idempotent)', async () => {
    const t = target();
    const release = await acquireLock(t, { timeoutMs: 1000 });
    expect(existsSync(`${t}.lock`)).toBe(true);
    expect(readdirSync(`${t}.lock`)).toEqual(['owner']);
    await release();
    await release();
    expect(readdirSync(join(t, '..'))).toEqual([]);
  });

  it('two acquirers serialize: the second gets the lock only after the first releases', async () => {
    const t = target();
    const events: string[] = [];
    const releaseA = await acquireLock(t, { timeoutMs: 5000 });
    events.push('A in');
    const b = acquireLock(t, { timeoutMs: 5000 }).then((rel) => {
      events.push('B in');
      return rel;
    });
    await sleep(150);
    expect(events).toEqual(['A in']);
    events.push('A out');
    await releaseA();
    const releaseB = await b;
    expect(events).toEqual(['A in', 'A out', 'B in']);
    await releaseB();
  });

  it('many concurrent acquirers: never two inside at once, and every one gets in', async () => {
    const t = target();
    let inside = 0;
    let maxInside = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        const release = await acquireLock(t, { timeoutMs: 20_000 });
        inside++;
        maxInside = Math.max(maxInside, inside);
        await sleep(5);
        inside--;
        done++;
        await release();
      }),
    );
    expect(maxInside).toBe(1);
    expect(done).toBe(12);
    expect(readdirSync(join(t, '..'))).toEqual([]);
  });

  it('a lock whose owner process is dead (same host) is taken at once, not after the stale interval', async () => {
    const t = target();
    plantLock(t, { pid: deadPid() });
    const start = Date.now();
    const release = await acquireLock(t, { timeoutMs: 10_000, staleMs: 60_000 });
    expect(Date.now() - start).toBeLessThan(2000);
    await release();
    expect(existsSync(`${t}.lock`)).toBe(false);
  });

  it('a lock with no readable owner that is older than staleMs is taken', async () => {
    const t = target();
    mkdirSync(`${t}.lock`);
    const then = new Date(Date.now() - 60_000);
    utimesSync(`${t}.lock`, then, then);
    const release = await acquireLock(t, { timeoutMs: 3000, staleMs: 10_000 });
    await release();
  });

  it('a lock from another host is taken only once it is stale', async () => {
    const t = target();
    plantLock(t, { pid: 1, host: 'another-machine' }, 60_000);
    const release = await acquireLock(t, { timeoutMs: 3000, staleMs: 10_000 });
    await release();
    plantLock(t, { pid: 1, host: 'another-machine' });
    const err = await lockError(acquireLock(t, { timeoutMs: 300, staleMs: 10_000 }));
    expect(err.exitCode).toBe(ExitCode.locked);
  });

  it('a live lock past the timeout → PeerpathError exit 4 naming the holder, and the lock is left alone', async () => {
    const t = target();
    plantLock(t, { pid: process.pid, token: 'live' });
    const start = Date.now();
    const err = await lockError(acquireLock(t, { timeoutMs: 400, staleMs: 60_000 }));
    expect(Date.now() - start).toBeGreaterThanOrEqual(400);
    expect(err.exitCode).toBe(ExitCode.locked);
    expect(err.message).toContain(`process ${process.pid}`);
    expect(err.message).toContain('Nothing was saved');
    expect(existsSync(join(`${t}.lock`, 'owner'))).toBe(true);
    // no prepared lock directories left behind
    expect(readdirSync(join(t, '..'))).toEqual(['journal.json.lock']);
  });

  it('a holder that is still alive keeps its lock fresh, so it is never taken as stale', async () => {
    const t = target();
    const release = await acquireLock(t, { timeoutMs: 1000, staleMs: 600 });
    const err = await lockError(acquireLock(t, { timeoutMs: 1500, staleMs: 600 }));
    expect(err.exitCode).toBe(ExitCode.locked);
    await release();
  });

  it('releasing a lock that was taken from us (as stale) leaves the new holder alone', async () => {
    const t = target();
    const releaseOld = await acquireLock(t, { timeoutMs: 1000 });
    // Simulate the old holder being presumed dead: its lock is replaced by another holder's.
    rmSync(`${t}.lock`, { recursive: true });
    plantLock(t, { pid: process.pid, token: 'new-holder' });
    await releaseOld();
    expect(existsSync(join(`${t}.lock`, 'owner'))).toBe(true);
  });

  it('the CLI waits for a held lock and exits 4 when it does not come free (nothing written)', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir);
    const release = await acquireLock(join(dataDir, 'journal.json'), { timeoutMs: 1000 });
    try {
      const r = run(dataDir, ['checkin', '--mood', '5'], { env: { PEERPATH_LOCK_TIMEOUT_MS: '500' } });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('in use by another peerpath');
      expect(existsSync(join(dataDir, 'journal.json'))).toBe(false);
    } finally {
      await release();
    }
    expect(run(dataDir, ['checkin', '--mood', '5']).code).toBe(0);
  });
});
