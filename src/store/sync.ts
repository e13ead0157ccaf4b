/**
 * Keeping one journal across devices through a folder a sync tool carries (Syncthing, Dropbox,
 * Nextcloud, iCloud Drive, a USB stick), and the files a git merge driver is given. Never prompts or
 * prints: the command says what happened.
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join, resolve } from 'node:path';
import { emptyJournal, type JournalData } from '../core/entry.js';
import { ExitCode, PeerpathError, usageError } from '../core/errors.js';
import { JournalShapeError, serializeJournalBytes } from '../core/journal-schema.js';
import { arrivedNothing, describeArrival, mergeJournals, type Arrival } from '../core/merge.js';
import { writeFileAtomic } from './atomic.js';
import { isEncrypted, type JournalCipher } from './crypto.js';
import { parseJournalBytes, type JournalStore } from './journal.js';

/** The journal's name inside a synced folder. */
export const FOLDER_FILE = 'peerpath-journal.json';

/**
 * Conflict copies sync tools leave beside FOLDER_FILE:
 * Syncthing `peerpath-journal.sync-conflict-20261130-101500-ABCDEFG.json`,
 * Dropbox `peerpath-journal (Sam's conflicted copy 2026-11-30).json`,
 * Nextcloud `peerpath-journal (conflicted copy 2026-11-30 101500).json`.
 */
export function isConflictCopy(name: string, stem = 'peerpath-journal'): boolean {
  if (!name.startsWith(stem) || !name.endsWith('.json')) return false;
  const middle = name.slice(stem.length, -'.json'.length);
  return /^\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]+$/.test(middle) || /^ \(.*conflicted copy.*\)$/.test(middle);
}

/** Conflict copies of `stem`.json in `dir`, sorted (empty when the folder is missing or unreadable). */
export async function listConflictCopies(dir: string, stem = 'peerpath-journal'): Promise<string[]> {
  try {
    return (await fsp.readdir(dir)).filter((n) => isConflictCopy(n, stem)).sort();
  } catch {
    return [];
  }
}

/** Folders this device has synced with (so `doctor` can look there), kept beside the journal. */
const FOLDERS_FILE = 'sync-folders.json';

export async function knownSyncFolders(dataDir: string): Promise<string[]> {
  try {
    const list: unknown = JSON.parse(await fsp.readFile(join(dataDir, FOLDERS_FILE), 'utf8'));
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

async function rememberSyncFolder(dataDir: string, folder: string): Promise<void> {
  const known = await knownSyncFolders(dataDir);
  if (known.includes(folder)) return;
  await writeFileAtomic(join(dataDir, FOLDERS_FILE), Buffer.from(`${JSON.stringify([...known, folder], null, 2)}\n`));
}

/** A copy read from disk: its data and whether it was encrypted. */
export interface ReadCopy {
  path: string;
  data: JournalData;
  encrypted: boolean;
}

/**
 * Read one copy of the journal (plain or encrypted with the journal's passphrase). Anything that is
 * not a journal this peerpath can read → exit 3 naming the file; a passphrase that does not open it
 * → exit 5 naming the file.
 */
export async function readCopy(path: string, cipher: () => Promise<JournalCipher>): Promise<ReadCopy> {
  const refuse = (why: string) => new PeerpathError(`${path} can't be read: ${why}. Nothing was changed.`, ExitCode.unreadable);
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw refuse(code === 'EISDIR' ? 'it is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (err as Error).message);
  }
  const encrypted = isEncrypted(bytes);
  let plain = bytes;
  if (encrypted) {
    try {
      plain = await (await cipher()).decrypt(bytes);
    } catch (err) {
      if (err instanceof PeerpathError && err.exitCode === ExitCode.passphrase) {
        throw new PeerpathError(`The passphrase does not open ${path}. Nothing was changed.`, ExitCode.passphrase, 'Every device must use the same passphrase; check it and try again.');
      }
      throw err instanceof PeerpathError ? refuse(err.message.replace(/\.$/, '')) : err;
    }
  }
  try {
    return { path, data: parseJournalBytes(plain).data, encrypted };
  } catch (err) {
    if (err instanceof JournalShapeError) throw refuse(err.message);
    throw err;
  }
}


/** Where this device keeps what it last synced with `folder` (one base per folder). */
export function basePath(dataDir: string, folder: string): string {
  const tag = createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 12);
  return join(dataDir, `sync-base-${tag}.json`);
}

export interface SyncReport {
  folder: string;
  /** What the merge brings to this device's journal. */
  arrived: Arrival;
  /** What it brings to the folder copy (everything, the first time). */
  sent: Arrival;
  /** Conflict copies merged (and, unless only looking, removed). */
  conflictCopies: string[];
  firstTime: boolean;
  encrypted: boolean;
  written: boolean;
}

/**
 * Merge this device's journal with `folder`'s copy and its conflict copies. With `write`, under the
 * journal's lock: back up, write the result to the folder and here (each atomically), remember it as
 * the next base, then remove the conflict copies. Without, only say what would change. Every copy is
 * read before anything is written, so a bad copy leaves everything as it was.
 */
export async function syncWithFolder(store: JournalStore, folder: string, write: boolean): Promise<SyncReport> {
  let st;
  try {
    st = await fsp.stat(folder);
  } catch {
    throw usageError(`There is no folder at ${folder}.`, 'Give the folder your sync tool shares, e.g. `peerpath sync ~/Sync/peerpath`.');
  }
  if (!st.isDirectory()) throw usageError(`${folder} is not a folder.`);
  const cipher = () => store.journalCipher();

  const plan = async (local: JournalData) => {
    const main = join(folder, FOLDER_FILE);
    const hasMain = await fsp.stat(main).then(() => true, () => false);
    const copies = await listConflictCopies(folder);
    const read: ReadCopy[] = [];
    for (const p of [...(hasMain ? [main] : []), ...copies.map((c) => join(folder, c))]) read.push(await readCopy(p, cipher));
    const baseFile = basePath(store.dir, folder);
    // The base only sharpens the merge; one that cannot be read (or is gone) is simply not used.
    const encrypted = store.encrypted || read.some((r) => r.encrypted);
    // (An encrypted base beside a journal no longer encrypted is not worth asking for a passphrase.)
    const baseBytes = await fsp.readFile(baseFile).catch(() => null);
    const base = baseBytes && (encrypted || !isEncrypted(baseBytes)) ? await readCopy(baseFile, cipher).then((c) => c.data, () => null) : null;
    // The folder copy grew from what this device last synced; conflict copies may come from
    // anywhere, so they meet the folder copy without a base (the later change wins) first.
    const there = read.length > 1 ? mergeJournals(read.map((r) => r.data)) : read[0]?.data;
    const merged = mergeJournals(there ? [local, there] : [local], base);
    const folderBefore = read[0]?.path === main ? read[0].data : null;
    const report: SyncReport = {
      folder,
      arrived: describeArrival(local, merged),
      sent: folderBefore ? describeArrival(folderBefore, merged) : describeArrival(emptyJournal(), merged),
      conflictCopies: copies,
      firstTime: !hasMain,
      encrypted,
      written: false,
    };
    // Nothing to write when all three already agree.
    const inStep = !report.firstTime && !copies.length && base !== null && arrivedNothing(report.sent) && arrivedNothing(report.arrived) && arrivedNothing(describeArrival(base, merged));
    return { merged, report, main, baseFile, inStep };
  };

  if (!write) return (await plan(await store.read())).report;

  let outcome: Awaited<ReturnType<typeof plan>> | null = null;
  await store.update(
    async (data) => {
      outcome = await plan(data);
      if (!arrivedNothing(outcome.report.arrived)) {
        for (const k of Object.keys(data)) delete (data as unknown as Record<string, unknown>)[k];
        Object.assign(data, outcome.merged);
      }
    },
    {
      stamp: false, // what arrived keeps the times it was made at
      afterSave: async () => {
        const o = outcome!;
        await rememberSyncFolder(store.dir, folder);
        if (o.inStep) return;
        const plain = serializeJournalBytes(o.merged);
        // Encrypted: one key derivation for both files (fresh salt, a fresh nonce each).
        const [forFolder, forBase] = o.report.encrypted ? await (await cipher()).encryptBatch([plain, plain]) : [plain, plain];
        await writeFileAtomic(o.main, forFolder!);
        await writeFileAtomic(o.baseFile, forBase!);
        for (const copy of o.report.conflictCopies) await fsp.rm(join(folder, copy), { force: true });
        o.report.written = true;
      },
    },
  );
  return outcome!.report;
}
