import { promises as fsp } from 'node:fs';
import { writeFileAtomic } from './atomic.js';
import { listBackupFiles } from './backups.js';
import { isEncrypted, type JournalCipher } from './crypto.js';
import { realFsOps, type FsOps } from './fs-ops.js';

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
 * this seals every such backup in place (atomic replace, 0600). Called after each encrypted save,
 * under the lock; costs a directory listing and 16 bytes per backup when there is nothing to do.
 *
 * The plaintext's old disk blocks are released, not scrubbed: on journaling and copy-on-write file
 * systems and SSDs no program can promise that. docs/reliability.md says so.
 */
export async function sealPlaintextBackups(dataDir: string, cipher: JournalCipher, ops: FsOps = realFsOps): Promise<number> {
  const plain: { path: string; bytes: Buffer }[] = [];
  for (const b of await listBackupFiles(dataDir)) {
    if ((await fileIsEncrypted(b.path)) === false) plain.push({ path: b.path, bytes: await fsp.readFile(b.path) });
  }
  if (plain.length === 0) return 0;
  const sealed = await cipher.encryptBatch(plain.map((p) => p.bytes));
  for (let i = 0; i < plain.length; i++) await writeFileAtomic(plain[i]!.path, sealed[i]!, ops);
  return plain.length;
}
