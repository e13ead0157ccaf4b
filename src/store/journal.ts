import { isUtf8 } from 'node:buffer';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { emptyJournal, type Entry, type JournalData } from '../core/entry.js';
import { ExitCode, PeerpathError } from '../core/errors.js';
import { JournalShapeError, parseJournalLines, serializeJournalBytes, serializeJournalHead, validateJournal } from '../core/journal-schema.js';
import type { JournalCipher } from './crypto.js';
import { explainWriteError } from './io-errors.js';
import { realFsOps, type FsOps } from './fs-ops.js';
import { JOURNAL_FILE } from './paths.js';

export interface StoreOptions {
  dataDir: string;
  /** Asked only when the journal turns out to be encrypted. */
  getPassphrase?: () => Promise<string>;
  ops?: FsOps;
  lockTimeoutMs?: number;
  lockStaleMs?: number;
  now?: () => Date;
}

/**
 * lowdb adapter for the journal file. Reads validate (and migrate) the JSON; a file that fails is
 * never written over. Writes are atomic (see writeFileAtomic); the caller holds the lock.
 */
class JournalFileAdapter implements Adapter<JournalData> {
  /** The plaintext bytes read (or saved) last, to skip no-op writes. */
  lastPlain: Buffer | null = null;
  /** Inside append(): the entries as read from a file in our own layout (else null). */
  readEntries: readonly Entry[] | null = null;
  appendOnly = false;
  lastMigratedFrom: number | null = null;
  cipher: JournalCipher | null = null;
  encrypted = false;

  constructor(
    readonly path: string,
    readonly store: JournalStore,
  ) {}

  async read(): Promise<JournalData | null> {
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(this.path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        this.lastPlain = null;
        this.encrypted = false;
        return null;
      }
      throw await this.store.unreadable(code === 'EISDIR' ? 'it is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (err as Error).message);
    }
    let plain: Buffer;
    // Loaded on use, like the saving modules below: each pulls in node:crypto, which commands that
    // never open the journal (programs, help-now, --help) should not pay for at start-up.
    const { DamagedFileError, isEncrypted, JournalCipher } = await import('./crypto.js');
    if (isEncrypted(bytes)) {
      this.encrypted = true;
      // One derivation at a time: two concurrent scrypts (128 MiB each) were slower on 2 busy cores.
      if (!this.cipher) this.cipher = new JournalCipher(await this.store.passphrase());
      try {
        plain = await this.cipher.decrypt(bytes);
      } catch (err) {
        // Name the file and the newest backup, like any other unreadable journal.
        throw err instanceof DamagedFileError ? await this.store.unreadable(err.reason) : err;
      }
    } else {
      this.encrypted = false;
      plain = bytes;
    }
    let raw: unknown;
    // Our own layout parses line by line from the bytes; anything else as one whole text.
    const ownLayout = (raw = parseJournalLines(plain)) !== undefined;
    this.readEntries = null;
    try {
      if (raw === undefined) {
        // A byte-order mark (the file was saved by an editor such as Notepad) is not part of the JSON.
        const text = plain.toString('utf8').replace(/^\uFEFF/, '');
        if (text.trim() === '') throw new Error('the file is empty');
        raw = JSON.parse(text);
      }
    } catch (err) {
      throw await this.store.unreadable(err instanceof SyntaxError ? 'it is not valid JSON (it may be truncated)' : (err as Error).message);
    }
    try {
      const { data, migratedFrom } = validateJournal(raw);
      this.lastPlain = plain;
      this.lastMigratedFrom = migratedFrom;
      if (this.appendOnly && ownLayout && migratedFrom === null) this.readEntries = data.entries.slice();
      return data;
    } catch (err) {
      if (err instanceof JournalShapeError) {
        if (err.kind === 'newer') {
          throw new PeerpathError(
            `Your journal at ${this.path} was written by a newer version of peerpath. It has not been changed.`,
            ExitCode.unreadable,
            'Upgrade peerpath to open it.',
          );
        }
        throw await this.store.unreadable(err.message);
      }
      throw err;
    }
  }

  async write(data: JournalData): Promise<void> {
    const plain = this.appendedBytes(data) ?? serializeJournalBytes(data, (this.lastPlain?.length ?? 0) + 4096);
    this.readEntries = null;
    if (this.lastPlain && sameText(plain, this.lastPlain)) return;
    const bytes = this.encrypted && this.cipher ? await this.cipher.encrypt(plain) : plain;
    await this.store.ensureDir();
    const now = this.store.now();
    const [{ writeFileAtomic }, { backupCurrent, pruneBackups }, { sealPlaintextBackups }, { syncRemindState }] = await Promise.all([
      import('./atomic.js'),
      import('./backups.js'),
      import('./encryption.js'),
      import('./remind.js'),
    ]);
    await backupCurrent(this.store.dir, this.path, now);
    await writeFileAtomic(this.path, bytes, this.store.ops);
    this.lastPlain = plain;
    // The reminder's tiny state file follows every save; the journal is saved whatever happens to it.
    await syncRemindState(this.store.dir, data).catch(() => undefined);
    await pruneBackups(this.store.dir, now);
    // No plaintext backup may outlive turning encryption on (or a crash during it).
    if (this.encrypted && this.cipher) await sealPlaintextBackups(this.store.dir, this.cipher, this.store.ops);
  }

  /**
   * Inside append(), when the file read was in our own layout and `data` only gained entries at the
   * end (same head, the entries read still first and in place): the bytes read with the new entries
   * added before the closing `]}` — what serializeJournal writes for a file peerpath wrote, without
   * serialising every entry again. Otherwise null (save in full).
   */
  appendedBytes(data: JournalData): Buffer | null {
    const read = this.lastPlain;
    const before = this.readEntries;
    if (!this.appendOnly || !read || !before || before.length === 0 || data.entries.length <= before.length) return null;
    for (let i = 0; i < before.length; i++) if (data.entries[i] !== before[i]) return null;
    const head = Buffer.from(serializeJournalHead(data), 'utf8');
    const end = read.length - 4;
    if (end <= head.length || read[head.length] !== 0x0a || !read.subarray(0, head.length).equals(head)) return null;
    if (read.toString('latin1', end) !== '\n]}\n') return null;
    const added = data.entries.slice(before.length).map((e) => `,\n${JSON.stringify(e) ?? ''}`);
    return Buffer.concat([read.subarray(0, end), Buffer.from(`${added.join('')}\n]}\n`, 'utf8')]);
  }
}

/**
 * Whether `saved` (always valid UTF-8) decodes to the same text as `read`: byte equality, unless the
 * file read held invalid UTF-8 (decoded as U+FFFD), where only comparing the texts tells.
 */
function sameText(saved: Buffer, read: Buffer): boolean {
  return saved.equals(read) || (!isUtf8(read) && saved.toString('utf8') === read.toString('utf8'));
}

/** The journal file: read without a lock (saves are atomic renames), change under the lock. */
export class JournalStore {
  readonly dir: string;
  readonly path: string;
  readonly ops: FsOps;
  readonly now: () => Date;
  readonly #opts: StoreOptions;
  readonly #adapter: JournalFileAdapter;
  readonly #db: Low<JournalData>;
  #passphrase: string | null = null;

  constructor(opts: StoreOptions) {
    this.#opts = opts;
    this.dir = opts.dataDir;
    this.path = join(opts.dataDir, JOURNAL_FILE);
    this.ops = opts.ops ?? realFsOps;
    this.now = opts.now ?? (() => new Date());
    this.#adapter = new JournalFileAdapter(this.path, this);
    this.#db = new Low(this.#adapter, emptyJournal());
  }

  /** Whether the journal on disk was encrypted when last read. */
  get encrypted(): boolean {
    return this.#adapter.encrypted;
  }

  /** @internal */
  async passphrase(): Promise<string> {
    if (this.#passphrase !== null) return this.#passphrase;
    if (!this.#opts.getPassphrase) {
      throw new PeerpathError('This journal is encrypted and no passphrase was given.', ExitCode.passphrase, 'Pass --passphrase-file FILE or set PEERPATH_PASSPHRASE_FILE.');
    }
    this.#passphrase = await this.#opts.getPassphrase();
    return this.#passphrase;
  }

  /** @internal An exit-3 error naming the file and the newest backup. */
  async unreadable(reason: string): Promise<PeerpathError> {
    const { listBackupFiles } = await import('./backups.js');
    const backups = await listBackupFiles(this.dir);
    const newest = backups.at(-1);
    return new PeerpathError(
      `Your journal at ${this.path} can't be read: ${reason}. It has not been changed.`,
      ExitCode.unreadable,
      newest ? `The newest backup is ${newest.id}; \`peerpath backups restore ${newest.id}\` brings it back.` : 'No backups were found beside it.',
    );
  }

  /** @internal */
  async ensureDir(): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true, mode: 0o700 });
  }

  /** Read the journal (an empty one when there is no file yet). No lock: saves are atomic renames. */
  async read(): Promise<JournalData> {
    await this.#db.read();
    return this.#db.data;
  }

  /**
   * Change the journal under the cross-process lock: re-read inside the lock, let `fn` change the
   * data, then back up the current file and save atomically. Nothing is written when nothing changed.
   */
  async update<T>(fn: (data: JournalData) => T | Promise<T>): Promise<T> {
    try {
      return await this.#updateLocked(fn);
    } catch (err) {
      throw explainWriteError(err, this.dir); // permissions, read-only or full disk: a clear message
    }
  }

  async #updateLocked<T>(fn: (data: JournalData) => T | Promise<T>): Promise<T> {
    await this.ensureDir();
    const [{ acquireLock }, { removeStaleTemps }] = await Promise.all([import('./lock.js'), import('./atomic.js')]);
    const release = await acquireLock(this.path, {
      timeoutMs: this.#opts.lockTimeoutMs ?? lockTimeoutFromEnv(),
      staleMs: this.#opts.lockStaleMs ?? 10_000,
    });
    try {
      await removeStaleTemps(this.path);
      // Read before (e.g. ahead of prompts): derive the save's key while re-reading (a cache hit).
      this.#adapter.cipher?.prepare();
      await this.#db.read();
      const result = await fn(this.#db.data);
      await this.#db.write();
      return result;
    } finally {
      await release();
    }
  }

  /**
   * Add entries at the end (a check-in), under the lock. Like update(), but `fn` may only push to
   * `data.entries`: when the file is in our own layout the new entries are then appended to the bytes
   * read instead of serialising every entry again (for a file peerpath wrote, the same bytes either
   * way). A changed head (saved, mine, config) or a removed or replaced entry is noticed and saved in
   * full; edits inside existing entries are not looked for, so use update() for those.
   */
  async append<T>(fn: (data: JournalData) => T | Promise<T>): Promise<T> {
    this.#adapter.appendOnly = true;
    try {
      return await this.update(fn);
    } finally {
      this.#adapter.appendOnly = false;
      this.#adapter.readEntries = null;
    }
  }

  /** Turn encryption on (with a passphrase) or off (null) at the next save, under the lock. */
  async setEncryption(passphrase: string | null): Promise<void> {
    const { JournalCipher } = await import('./crypto.js');
    await this.update(() => {
      if (passphrase === null) {
        this.#adapter.encrypted = false;
      } else {
        this.#adapter.encrypted = true;
        this.#adapter.cipher = new JournalCipher(passphrase);
        this.#passphrase = passphrase;
      }
      this.#adapter.lastPlain = null; // force the save even though the data did not change
    });
  }

  /** Replace the whole journal (restore, import) under the lock; the current state is backed up first. */
  async replace(data: JournalData): Promise<void> {
    await this.update((current) => {
      Object.assign(current, data);
    });
  }

  /**
   * Seal bytes kept beside the journal (a note draft) the way the journal is kept: encrypted with
   * its passphrase when the journal, as last read, is encrypted; as they are otherwise.
   */
  async seal(plain: Buffer): Promise<Buffer> {
    if (!this.#adapter.encrypted) return plain;
    return (await this.#cipher()).encrypt(plain);
  }

  /** The plaintext of bytes made by seal() (asks for the passphrase if they are encrypted and it is not known yet). */
  async unseal(bytes: Buffer): Promise<Buffer> {
    const { isEncrypted } = await import('./crypto.js');
    return isEncrypted(bytes) ? (await this.#cipher()).decrypt(bytes) : bytes;
  }

  async #cipher(): Promise<JournalCipher> {
    const { JournalCipher } = await import('./crypto.js');
    this.#adapter.cipher ??= new JournalCipher(await this.passphrase());
    return this.#adapter.cipher;
  }

  /** Bytes exactly as on disk, or null when there is no journal file yet. */
  async rawBytes(): Promise<Buffer | null> {
    try {
      return await fsp.readFile(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  get migratedFrom(): number | null {
    return this.#adapter.lastMigratedFrom;
  }
}

function lockTimeoutFromEnv(): number {
  const v = Number(process.env.PEERPATH_LOCK_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : 10_000;
}
