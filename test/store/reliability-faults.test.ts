/**
 * Fault injection, the way SQLite tests crash safety: make each step of a save fail — by throwing,
 * or by "crashing" there (the files are frozen as a SIGKILL would leave them, including a short
 * temp file and a lock whose owner is dead) — and require the next run to read exactly the old or
 * exactly the new journal, and to clean up stale temp files and locks.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { JournalData } from '../../src/core/entry.js';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';
import { isEncrypted } from '../../src/store/crypto.js';
import { realFsOps, type FsOps } from '../../src/store/fs-ops.js';
import { JournalStore } from '../../src/store/journal.js';
import { useTempDirs } from '../e2e/helpers.js';
import { deadPid, makeEntry } from './reliability-helpers.js';

// scrypt at N=2^17 costs ~0.4 s idle and several seconds on a loaded CI machine: generous timeouts.
vi.setConfig({ testTimeout: 180_000 });

const STEPS = ['create', 'write', 'fsync', 'close', 'rename', 'fsyncDir'] as const;
type Step = (typeof STEPS)[number];

const tempDir = useTempDirs('peerpath-faults-');

class InjectedFault extends Error {}

/**
 * File operations that fail at `step`. In "throw" mode the error propagates normally (the store's
 * cleanup runs). In "crash" mode the data directory is first copied as it is at that instant — what a
 * killed process leaves behind — and "short" additionally writes only half the data to the temp file.
 */
function faultyOps(step: Step, mode: 'throw' | 'crash' | 'short', dataDir: string, snapshot: string): FsOps {
  const fail = async (): Promise<never> => {
    if (mode !== 'throw') cpSync(dataDir, snapshot, { recursive: true });
    throw new InjectedFault(`injected failure at ${step}`);
  };
  return {
    create: async (p, m) => (step === 'create' ? fail() : realFsOps.create(p, m)),
    write: async (h, data) => {
      if (step !== 'write') return realFsOps.write(h, data);
      if (mode === 'short') await realFsOps.write(h, data.subarray(0, Math.floor(data.length / 2)));
      return fail();
    },
    fsync: async (h) => (step === 'fsync' ? fail() : realFsOps.fsync(h)),
    close: async (h) => (step === 'close' ? fail() : realFsOps.close(h)),
    rename: async (a, b) => (step === 'rename' ? fail() : realFsOps.rename(a, b)),
    fsyncDir: async (d) => (step === 'fsyncDir' ? fail() : realFsOps.fsyncDir(d)),
  };
}

/** Temp files and lock directories beside the journal. */
function leftovers(dataDir: string): string[] {
  return readdirSync(dataDir).filter((n) => n.endsWith('.tmp') || n.includes('.lock'));
}

/** Make the lock in a crash snapshot look like it belonged to a process that has died. */
function killLockOwner(dataDir: string): boolean {
  const owner = join(dataDir, 'journal.json.lock', 'owner');
  if (!existsSync(owner)) return false;
  const o = JSON.parse(readFileSync(owner, 'utf8')) as { pid: number };
  o.pid = deadPid();
  writeFileSync(owner, JSON.stringify(o));
  return true;
}

async function seed(dataDir: string, n: number, passphrase?: string): Promise<JournalData> {
  const store = new JournalStore({ dataDir, lockTimeoutMs: 2000, ...(passphrase ? { getPassphrase: async () => passphrase } : {}) });
  await store.update((d) => {
    for (let i = 0; i < n; i++) d.entries.push(makeEntry(i));
  });
  if (passphrase) await store.setEncryption(passphrase);
  return structuredClone(await new JournalStore({ dataDir, getPassphrase: async () => passphrase ?? '' }).read());
}

const ids = (d: JournalData) => d.entries.map((e) => e.id);

describe.each(['throw', 'crash', 'short'] as const)('a save that fails (%s)', (mode) => {
  const steps = mode === 'short' ? (['write'] as const) : STEPS;
  it.each(steps)('at %s leaves exactly the old or exactly the new journal, and the next run cleans up', async (step) => {
    const base = tempDir();
    const dataDir = join(base, 'data');
    const snapshot = join(base, 'snapshot');
    const old = await seed(dataDir, 3);
    const oldBytes = readFileSync(join(dataDir, 'journal.json'));

    const store = new JournalStore({ dataDir, ops: faultyOps(step, mode, dataDir, snapshot), lockTimeoutMs: 2000 });
    const err = await store.update((d) => void d.entries.push(makeEntry(99, 'the new one'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InjectedFault);

    // The directory the next run sees: as left by the failed call (throw), or frozen at the crash.
    const next = mode === 'throw' ? dataDir : snapshot;
    if (mode !== 'throw') {
      expect(leftovers(next).some((n) => n.endsWith('.tmp')), 'the crash left a temp file').toBe(step !== 'create' && step !== 'fsyncDir');
      expect(killLockOwner(next), 'the crash left its lock').toBe(true);
    } else {
      expect(leftovers(next), 'a failed save cleans its temp file and lock at once').toEqual([]);
    }

    const expectNew = step === 'fsyncDir'; // the rename already happened
    const seen = await new JournalStore({ dataDir: next }).read();
    expect(ids(seen)).toEqual(expectNew ? [...ids(old), makeEntry(99).id] : ids(old));
    if (!expectNew) expect(readFileSync(join(next, 'journal.json')).equals(oldBytes)).toBe(true);

    // The next save takes the dead lock over at once, removes stale temps, and works.
    const t0 = performance.now();
    await new JournalStore({ dataDir: next, lockTimeoutMs: 3000 }).update((d) => void d.entries.push(makeEntry(100)));
    expect(performance.now() - t0, 'not waiting for the 10 s staleness').toBeLessThan(6000);
    expect(leftovers(next)).toEqual([]);
    const after = await new JournalStore({ dataDir: next }).read();
    expect(after.entries.length).toBe(seen.entries.length + 1);
    expect(statSync(join(next, 'journal.json')).mode & 0o777).toBe(0o600);
  });
});

describe('a full disk or a read-only folder', () => {
  it.each(['ENOSPC', 'EROFS', 'EACCES'])('%s while saving → exit 1 with a clear message, journal unchanged, no temp left', async (code) => {
    const dataDir = join(tempDir(), 'data');
    await seed(dataDir, 2);
    const before = readFileSync(join(dataDir, 'journal.json'));
    const ops: FsOps = {
      ...realFsOps,
      write: async () => {
        throw Object.assign(new Error(`${code}: injected`), { code });
      },
    };
    const err = await new JournalStore({ dataDir, ops, lockTimeoutMs: 2000 }).update((d) => void d.entries.push(makeEntry(9))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(ExitCode.unexpected);
    expect((err as PeerpathError).message).toMatch(/Nothing was saved; your journal is unchanged/);
    expect(readFileSync(join(dataDir, 'journal.json')).equals(before)).toBe(true);
    expect(leftovers(dataDir)).toEqual([]);
  });
});

describe('an encrypted journal under faults', () => {
  it.each(['write', 'rename'] as const)('a crash at %s leaves no plaintext on disk and the old journal readable', async (step) => {
    const base = tempDir();
    const dataDir = join(base, 'data');
    const snapshot = join(base, 'snapshot');
    const pass = 'a long and careful passphrase';
    const old = await seed(dataDir, 2, pass);
    const secret = 'SECRET-NOTE-words-that-must-never-touch-the-disk';
    const store = new JournalStore({
      dataDir,
      ops: faultyOps(step, step === 'write' ? 'short' : 'crash', dataDir, snapshot),
      getPassphrase: async () => pass,
      lockTimeoutMs: 2000,
    });
    await expect(store.update((d) => void d.entries.push(makeEntry(50, secret)))).rejects.toBeInstanceOf(InjectedFault);
    // Every file in the frozen directory (journal, temp, backups) is encrypted; the note is nowhere.
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(snapshot);
    for (const f of files) {
      const bytes = readFileSync(f);
      expect(bytes.includes(Buffer.from(secret)), f).toBe(false);
      expect(bytes.includes(Buffer.from('entry number')), `${f} holds plaintext`).toBe(false);
    }
    killLockOwner(snapshot);
    const seen = await new JournalStore({ dataDir: snapshot, getPassphrase: async () => pass }).read();
    expect(ids(seen)).toEqual(ids(old));
  });

  it('a wrong passphrase is exit 5 and leaves every byte as it was', async () => {
    const dataDir = join(tempDir(), 'data');
    await seed(dataDir, 1, 'right passphrase');
    const before = readFileSync(join(dataDir, 'journal.json'));
    expect(isEncrypted(before)).toBe(true);
    const store = new JournalStore({ dataDir, getPassphrase: async () => 'wrong passphrase', lockTimeoutMs: 2000 });
    const err = await store.update((d) => void d.entries.push(makeEntry(7))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(ExitCode.passphrase);
    expect(readFileSync(join(dataDir, 'journal.json')).equals(before)).toBe(true);
    expect(leftovers(dataDir)).toEqual([]);
  });
});
