import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { realFsOps, type FsOps } from './fs-ops.js';

/** The temp-file name pattern for `target`; used to clean stale temps after a crash. */
export function tempPrefix(target: string): string {
  return `.${basename(target)}.`;
}

/**
 * Write `data` to `target` atomically and durably: unique temp file created 0600 → write → fsync →
 * close → rename over the target → fsync the directory. On any failure the temp file is removed
 * (best effort) and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: Buffer, ops: FsOps = realFsOps): Promise<void> {
  const dir = dirname(target);
  const tmp = join(dir, `${tempPrefix(target)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<FsOps['create']>> | null = null;
  let renamed = false;
  try {
    handle = await ops.create(tmp, 0o600);
    await ops.write(handle, data);
    await ops.fsync(handle);
    const h = handle;
    handle = null;
    await ops.close(h);
    await ops.rename(tmp, target);
    renamed = true;
    await ops.fsyncDir(dir);
  } finally {
    if (!renamed) {
      if (handle) await handle.close().catch(() => undefined);
      await fsp.unlink(tmp).catch(() => undefined);
    }
  }
}

/** Remove temp files a crashed writer left behind (call only while holding the lock). */
export async function removeStaleTemps(target: string): Promise<number> {
  const dir = dirname(target);
  const prefix = tempPrefix(target);
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  let n = 0;
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await fsp.unlink(join(dir, name)).then(() => n++, () => undefined);
    }
  }
  return n;
}
