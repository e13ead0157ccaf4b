import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ExitCode, PeerpathError } from '../core/errors.js';

/**
 * A cross-process lock: a directory `<journal>.lock` holding an `owner` file ({pid, host, token}).
 *
 * Why our own and not proper-lockfile: a SIGKILLed peerpath must not block the next run for the whole
 * stale interval. We record the owner's pid inside the lock and recover a lock whose owner process is
 * gone at once (same host), falling back to mtime staleness (the holder touches the lock while it
 * lives) for other hosts or a reused pid. proper-lockfile removes its lock with rmdir and cannot hold
 * an owner file.
 *
 * Taking the lock is one atomic rename of a prepared directory (owner file inside) onto the lock
 * path, so a lock is never seen without its owner. Stealing a dead lock happens under a second
 * short-lived mutex, and re-checks the owner token, so two waiters never both take it.
 */
export interface LockOptions {
  timeoutMs: number;
  staleMs?: number;
}

interface Owner {
  pid: number;
  host: string;
  token: string;
  at: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a process with this id is running (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockDir: string): Promise<Owner | null> {
  try {
    return JSON.parse(await fsp.readFile(join(lockDir, 'owner'), 'utf8')) as Owner;
  } catch {
    return null;
  }
}

async function removeDir(dir: string): Promise<void> {
  await fsp.rm(dir, { recursive: true, force: true }).catch(() => undefined);
}

/** Is the lock at lockDir held by nobody alive? Returns the dead owner's token, or null. */
async function deadOwner(lockDir: string, staleMs: number): Promise<string | null> {
  const owner = await readOwner(lockDir);
  let st;
  try {
    st = await fsp.stat(lockDir);
  } catch {
    return null; // gone already: just retry
  }
  const stale = Date.now() - st.mtimeMs > staleMs;
  if (owner && owner.host === hostname() && !processAlive(owner.pid)) return owner.token;
  if (stale) return owner?.token ?? '';
  return null;
}

async function trySteal(lockDir: string, token: string, staleMs: number): Promise<void> {
  const mutex = `${lockDir}.steal`;
  try {
    await fsp.mkdir(mutex);
  } catch {
    // Someone else is stealing; if their mutex is old, they died doing it.
    const st = await fsp.stat(mutex).catch(() => null);
    if (st && Date.now() - st.mtimeMs > 5_000) await fsp.rmdir(mutex).catch(() => undefined);
    return;
  }
  try {
    const again = await deadOwner(lockDir, staleMs);
    const owner = await readOwner(lockDir);
    if (again !== null && (owner?.token ?? '') === token) {
      const trash = `${lockDir}.dead-${randomBytes(4).toString('hex')}`;
      await fsp.rename(lockDir, trash).catch(() => undefined);
      await removeDir(trash);
    }
  } finally {
    await fsp.rmdir(mutex).catch(() => undefined);
  }
}

/**
 * Remove what killed peerpaths left beside the lock: a waiter's prepared `<lock>.<token>.new`, or a
 * `<lock>.dead-*` / `<lock>.rel-*` directory renamed away but not yet deleted. Each holds its
 * owner file; it goes when that owner is dead (this host) or, without an owner, when it is stale.
 * Called only while holding the lock.
 */
async function removeLockLitter(lockDir: string, staleMs: number): Promise<void> {
  const dir = dirname(lockDir);
  const prefix = `${basename(lockDir)}.`;
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]+\.new$|^dead-|^rel-/.test(name.slice(prefix.length))) continue;
    const path = join(dir, name);
    if ((await deadOwner(path, staleMs)) !== null) await removeDir(path);
  }
}

/** Acquire the lock for `target`; resolves to a release function. Throws exit 4 on timeout. */
export async function acquireLock(target: string, opts: LockOptions): Promise<() => Promise<void>> {
  const lockDir = `${target}.lock`;
  const staleMs = opts.staleMs ?? 10_000;
  const token = randomBytes(8).toString('hex');
  const owner: Owner = { pid: process.pid, host: hostname(), token, at: new Date().toISOString() };
  const deadline = Date.now() + opts.timeoutMs;
  let delay = 10;
  for (;;) {
    const prep = `${lockDir}.${token}.new`;
    await fsp.mkdir(prep, { mode: 0o700 });
    await fsp.writeFile(join(prep, 'owner'), JSON.stringify(owner), { mode: 0o600 });
    try {
      await fsp.rename(prep, lockDir);
      break;
    } catch (err) {
      await removeDir(prep);
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EISDIR' && code !== 'ENOTDIR') throw err;
    }
    const dead = await deadOwner(lockDir, staleMs);
    if (dead !== null) {
      await trySteal(lockDir, dead, staleMs);
      continue;
    }
    if (Date.now() >= deadline) {
      const holder = await readOwner(lockDir);
      throw new PeerpathError(
        `The journal is in use by another peerpath${holder ? ` (process ${holder.pid})` : ''} and did not come free within ${Math.round(opts.timeoutMs / 1000)} s. Nothing was saved.`,
        ExitCode.locked,
        'Wait for the other peerpath to finish, then try again.',
      );
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 1.5, 100);
  }
  await removeLockLitter(lockDir, staleMs).catch(() => undefined);
  // Keep the lock fresh while we hold it, so others can tell a live holder from a dead one.
  const touch = setInterval(() => {
    const now = new Date();
    fsp.utimes(lockDir, now, now).catch(() => undefined);
  }, Math.max(250, Math.floor(staleMs / 3)));
  touch.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(touch);
    const current = await readOwner(lockDir);
    if (current?.token !== token) return; // taken from us as stale: not ours to remove
    const trash = `${lockDir}.rel-${token}`;
    await fsp.rename(lockDir, trash).catch(() => undefined);
    await removeDir(trash);
  };
}
