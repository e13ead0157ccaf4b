import { promises as fsp } from 'node:fs';
import type { JournalData } from '../../core/entry.js';
import { ExitCode, PeerpathError, usageError } from '../../core/errors.js';
import { resolveIdPrefix } from '../../core/ids.js';
import { validateJournal } from '../../core/journal-schema.js';
import { listBackupFiles, type BackupFile } from '../../store/backups.js';
import { isEncrypted, JournalCipher } from '../../store/crypto.js';
import type { JournalStore } from '../../store/journal.js';
import type { Ctx } from '../context.js';
import type { BackupsListOptions, BackupsRestoreOptions } from './define.js';

export interface BackupInfo {
  id: string;
  createdAt: string;
  entries: number | null;
  bytes: number;
  encrypted: boolean;
}

/** Read one backup file into journal data (decrypting with the journal's passphrase if needed). */
async function readBackup(store: JournalStore, file: BackupFile, cipher: { get(): Promise<JournalCipher> }): Promise<JournalData> {
  let bytes: Buffer = await fsp.readFile(file.path);
  if (isEncrypted(bytes)) bytes = await (await cipher.get()).decrypt(bytes);
  try {
    return validateJournal(JSON.parse(bytes.toString('utf8'))).data;
  } catch (err) {
    throw new PeerpathError(`Backup ${file.id} can't be read: ${(err as Error).message}.`, ExitCode.unreadable, `It is at ${file.path}. Nothing was changed.`);
  }
}

function lazyCipher(store: JournalStore) {
  let c: JournalCipher | null = null;
  return { get: async () => (c ??= new JournalCipher(await store.passphrase())) };
}

export async function backupsList(ctx: Ctx, opts: BackupsListOptions): Promise<void> {
  const store = ctx.store();
  const files = await listBackupFiles(store.dir);
  const cipher = lazyCipher(store);
  const items: BackupInfo[] = [];
  for (const f of files.reverse()) {
    const head = await fsp.readFile(f.path).catch(() => null);
    const encrypted = head ? isEncrypted(head) : false;
    let entries: number | null = null;
    // Counting an encrypted backup costs a key derivation each (~0.5 s): only with --count.
    if (!encrypted || opts.count) {
      try {
        entries = (await readBackup(store, f, cipher)).entries.length;
      } catch (err) {
        if (err instanceof PeerpathError && err.exitCode === ExitCode.passphrase) throw err;
        entries = null; // unreadable backup: listed, with no count
      }
    }
    items.push({ id: f.id, createdAt: f.createdAt, entries, bytes: f.bytes, encrypted });
  }
  if (opts.json) {
    ctx.out.json(items);
    return;
  }
  if (!items.length) {
    ctx.out.info('No backups yet. One is kept before every change to your journal.');
    return;
  }
  const { c } = ctx.out;
  ctx.out.data(
    [c.dim(`${'ID'.padEnd(26)}${'SAVED (UTC)'.padEnd(22)}${'ENTRIES'.padStart(8)}  SIZE`),
      ...items.map((b) => `${b.id.padEnd(26)}${b.createdAt.slice(0, 19).replace('T', ' ').padEnd(22)}${(b.entries === null ? (b.encrypted ? 'locked' : '?') : String(b.entries)).padStart(8)}  ${formatBytes(b.bytes)}`)].join('\n'),
  );
  ctx.out.info(c.dim(`Newest first. Restore one with \`peerpath backups restore ID\` (your current journal is backed up first).`));
}

export async function backupsRestore(ctx: Ctx, id: string, opts: BackupsRestoreOptions): Promise<void> {
  const store = ctx.store();
  const files = await listBackupFiles(store.dir);
  if (!files.length) throw usageError('There are no backups to restore.');
  const full = resolveIdPrefix(id, files.map((f) => f.id), 'backup');
  const file = files.find((f) => f.id === full)!;
  const data = await readBackup(store, file, lazyCipher(store));
  if (!opts.yes) {
    if (!ctx.interactive) throw usageError(`Restoring replaces your journal with backup ${file.id}: pass --yes to go ahead.`);
    const ok = await (await ctx.prompts()).confirm({
      message: `Restore the journal as it was at ${file.createdAt} (${data.entries.length} entries)? Your current journal is backed up first.`,
      default: false,
    });
    if (!ok) {
      ctx.out.info('Nothing was changed.');
      return;
    }
  }
  await store.replace(data);
  ctx.out.info(`Restored backup ${file.id} (${data.entries.length} entries). The journal as it was just before is in \`peerpath backups list\`.`);
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
