import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';

/** Backups live beside the journal in `backups/`, one file per saved state, named by time. */
export const BACKUP_DIR = 'backups';
export const KEEP_LAST = 10;
export const KEEP_DAILY_DAYS = 14;
/** Daily backups beyond the last ten are dropped oldest-first while the folder is larger than this. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

export interface BackupFile {
  id: string;
  path: string;
  createdAt: string;
  bytes: number;
}

const NAME = /^journal-(\d{8}T\d{9}Z)-([0-9a-f]{4})\.json$/;

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, ''); // 20261123T223001123Z
}

function stampToIso(s: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** All backups, oldest first. */
export async function listBackupFiles(dataDir: string): Promise<BackupFile[]> {
  const dir = join(dataDir, BACKUP_DIR);
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return [];
  }
  const out: BackupFile[] = [];
  for (const name of names.sort()) {
    const m = NAME.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const st = await fsp.stat(path).catch(() => null);
    if (!st?.isFile()) continue;
    out.push({ id: `${m[1]}-${m[2]}`, path, createdAt: stampToIso(m[1]!), bytes: st.size });
  }
  return out;
}

/**
 * Keep the current journal file as a backup before it is replaced. The journal is only ever
 * replaced by rename, so its current inode never changes again: a hard link is an exact, free copy.
 * Falls back to copying where links are not supported.
 */
export async function backupCurrent(dataDir: string, journalPath: string, now: Date): Promise<BackupFile | null> {
  const dir = join(dataDir, BACKUP_DIR);
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  const id = `${stamp(now)}-${randomBytes(2).toString('hex')}`;
  const name = `journal-${id}.json`;
  const path = join(dir, name);
  try {
    await fsp.link(journalPath, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    await fsp.copyFile(journalPath, path);
    await fsp.chmod(path, 0o600);
  }
  const st = await fsp.stat(path);
  return { id, path, createdAt: now.toISOString(), bytes: st.size };
}

/**
 * Rotation: keep the last KEEP_LAST backups, plus the newest backup of each of the last
 * KEEP_DAILY_DAYS days; drop daily ones oldest-first while the total exceeds MAX_BACKUP_BYTES.
 */
export function chooseBackupsToDelete(files: readonly BackupFile[], now: Date): BackupFile[] {
  const newestFirst = [...files].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set<BackupFile>(newestFirst.slice(0, KEEP_LAST));
  const cutoff = now.getTime() - KEEP_DAILY_DAYS * 86_400_000;
  const days = new Set<string>();
  for (const f of newestFirst) {
    const t = Date.parse(f.createdAt);
    const day = f.createdAt.slice(0, 10);
    if (t >= cutoff && !days.has(day)) {
      days.add(day);
      keep.add(f);
    }
  }
  let total = 0;
  const kept = newestFirst.filter((f) => keep.has(f));
  for (const f of kept) total += f.bytes;
  for (const f of [...kept].reverse()) {
    if (total <= MAX_BACKUP_BYTES) break;
    if (newestFirst.indexOf(f) < KEEP_LAST) break;
    keep.delete(f);
    total -= f.bytes;
  }
  return newestFirst.filter((f) => !keep.has(f));
}

export async function pruneBackups(dataDir: string, now: Date): Promise<void> {
  const files = await listBackupFiles(dataDir);
  for (const f of chooseBackupsToDelete(files, now)) await fsp.unlink(f.path).catch(() => undefined);
}
