import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { listBackupFiles } from './backups.js';
import { isEncrypted, type JournalCipher } from './crypto.js';
import { realFsOps, type FsOps } from './fs-ops.js';
import { acquireLock } from './lock.js';

/** Does the file start with the encryption magic? Reads only the first bytes. */
async function fileIsEncrypted(path: string): Promise<boolean | null> {
  let h: fsp.FileHandle | null = null;
  try {
    h = await fsp.open(path, 'r');
    const buf = Buffer.alloc(16);
    const { bytesRead } = await h.read(buf, 0, buf.length, 0);
    return isEncrypted(buf.subarray(0, bytesRead));
  } catch {
    return null;
  } finally {
    await h?.close().catch(() => undefined);
  }
}

/**
 * While the journal is encrypted, no backup may hold plaintext. Turning encryption on backs up the
 * plaintext journal first (as every save does), and a crash could leave older plaintext backups:
 * this seals every such backup (and sync base) in place (atomic replace, 0600). Called after each encrypted save,
 * under the lock; costs a directory listing and 16 bytes per backup when there is nothing to do.
 *
 * The plaintext's old disk blocks are released, not scrubbed: on journaling and copy-on-write file
 * systems and SSDs no program can promise that. docs/reliability.md says so.
 */
export async function sealPlaintextBackups(dataDir: string, cipher: JournalCipher, ops: FsOps = realFsOps): Promise<number> {
  const plain: { path: string; bytes: Buffer }[] = [];
  // The sync bases (what this device last synced, see sync.ts) hold the journal too.
  const bases = (await fsp.readdir(dataDir).catch(() => [] as string[])).filter((n) => /^sync-base-[0-9a-f]+\.json$/.test(n)).map((n) => join(dataDir, n));
  for (const path of [...(await listBackupFiles(dataDir)).map((b) => b.path), ...bases]) {
    if ((await fileIsEncrypted(path)) === false) plain.push({ path, bytes: await fsp.readFile(path) });
  }
  if (plain.length === 0) return 0;
  const sealed = await cipher.encryptBatch(plain.map((p) => p.bytes));
  for (let i = 0; i < plain.length; i++) await writeFileAtomic(plain[i]!.path, sealed[i]!, ops);
  return plain.length;
}

export interface RekeyResult {
  rekeyed: number;
  /** Backups the old passphrase does not open (made under an earlier passphrase) or that are damaged. */
  leftAsTheyWere: number;
}

/**
 * After a passphrase change, re-encrypt every backup the old passphrase opens with the new one, so
 * `backups restore` keeps working. Holds the journal lock while it works. Each old backup costs one
 * scrypt derivation (each was saved with its own salt); the new ones share one batch derivation.
 * Plaintext exists only in memory. A crash midway leaves some backups under the old passphrase:
 * they stay restorable with it, and running the change again finishes the job.
 */
export async function rekeyBackups(
  dataDir: string,
  journalPath: string,
  from: JournalCipher,
  to: JournalCipher,
  opts: { lockTimeoutMs: number; ops?: FsOps },
): Promise<RekeyResult> {
  const release = await acquireLock(journalPath, { timeoutMs: opts.lockTimeoutMs });
  try {
    const todo: { path: string; plain: Buffer }[] = [];
    let left = 0;
    for (const b of await listBackupFiles(dataDir)) {
      const bytes = await fsp.readFile(b.path).catch(() => null);
      if (!bytes) continue;
      if (!isEncrypted(bytes)) {
        todo.push({ path: b.path, plain: bytes });
        continue;
      }
      try {
        todo.push({ path: b.path, plain: await from.decrypt(bytes) });
      } catch {
        // Already under the new passphrase (an earlier, interrupted change), or another one.
        if (!(await to.opens(bytes).catch(() => false))) left++;
      }
    }
    const sealed = await to.encryptBatch(todo.map((t) => t.plain));
    for (let i = 0; i < todo.length; i++) await writeFileAtomic(todo[i]!.path, sealed[i]!, opts.ops ?? realFsOps);
    return { rekeyed: todo.length, leftAsTheyWere: left };
  } finally {
    await release();
  }
}
