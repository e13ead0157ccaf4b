import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyJournal, SCHEMA_VERSION, type Entry } from '../../src/core/entry.js';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';
import { serializeJournal } from '../../src/core/journal-schema.js';
import { listBackupFiles } from '../../src/store/backups.js';
import { acquireLock } from '../../src/store/lock.js';
import { JournalStore } from '../../src/store/journal.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) {
    try {
      chmodSync(d, 0o700);
    } catch {
      /* gone */
    }
    rmSync(d, { recursive: true, force: true });
  }
});
function dataDir(): string {
  const base = mkdtempSync(join(tmpdir(), 'peerpath-store-'));
  dirs.push(base);
  return join(base, 'data');
}

function entry(id: string, over: Partial<Entry> = {}): Entry {
  return {
    id, at: '2026-11-23T09:30:00.000-05:00', recordedAt: '2026-11-23T14:31:02.114Z', mood: 6, energy: null, anxiety: null,
    sleepHours: null, emotions: [], tags: [], note: '', attended: [], private: false, updatedAt: null, ...over,
  };
}

const NOTES = [
  'emoji 🙂👩‍👩‍👧🏳️‍🌈🇨🇦 and 𝄞',
  'multi\nline\r\nnote\twith tab',
  'quotes " \' \\ and \u2028\u2029',
  'escape \u001b[31m and NUL \u0000 stored as typed',
  'ä'.repeat(300_000),
  '',
];

async function unreadable(p: Promise<unknown>): Promise<PeerpathError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(PeerpathError);
  expect((err as PeerpathError).exitCode).toBe(ExitCode.unreadable);
  return err as PeerpathError;
}

describe('JournalStore', () => {
  it('reads an empty journal when there is no file, and creates nothing', async () => {
    const dir = dataDir();
    const store = new JournalStore({ dataDir: dir });
    expect(await store.read()).toEqual(emptyJournal());
    expect(existsSync(dir)).toBe(false);
  });

  it('update → read round trip in a fresh store, every note exactly (unicode, emoji, newlines, very long)', async () => {
    const dir = dataDir();
    const entries = NOTES.map((note, i) => entry(`e${i}`, { note, tags: ['ünï', '🙂'], emotions: ['calm'] }));
    await new JournalStore({ dataDir: dir }).update((d) => {
      d.entries.push(...entries);
      d.config.country = 'UK';
    });
    const back = await new JournalStore({ dataDir: dir }).read();
    expect(back.entries).toEqual(entries);
    expect(back.config).toEqual({ country: 'UK' });
    expect(back.schemaVersion).toBe(SCHEMA_VERSION);
    expect(readFileSync(join(dir, 'journal.json'), 'utf8')).toBe(serializeJournal(back));
  });

  it('creates the folder 0700 and the file 0600, with nothing else left but backups', async () => {
    const dir = dataDir();
    await new JournalStore({ dataDir: dir }).update((d) => void d.entries.push(entry('a')));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'journal.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((n) => n !== 'backups')).toEqual(['journal.json']);
  });

  it('update returns what the callback returns', async () => {
    const store = new JournalStore({ dataDir: dataDir() });
    expect(await store.update((d) => d.entries.length)).toBe(0);
  });

  it('a no-op update writes nothing: same inode, same mtime, same bytes, no new backup', async () => {
    const dir = dataDir();
    const store = new JournalStore({ dataDir: dir });
    await store.update((d) => void d.entries.push(entry('a', { note: 'x' })));
    await store.update((d) => void d.entries.push(entry('b')));
    const path = join(dir, 'journal.json');
    const before = statSync(path);
    const bytes = readFileSync(path);
    const backups = (await listBackupFiles(dir)).length;
    await new Promise((r) => setTimeout(r, 20));
    await store.update(() => undefined);
    await new JournalStore({ dataDir: dir }).update((d) => {
      d.entries[0]!.note = 'x'; // same value
    });
    const after = statSync(path);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect((await listBackupFiles(dir)).length).toBe(backups);
  });

  it('a real change replaces the file (new inode) and keeps the previous state as a backup', async () => {
    const dir = dataDir();
    const store = new JournalStore({ dataDir: dir });
    await store.update((d) => void d.entries.push(entry('a')));
    const path = join(dir, 'journal.json');
    const oldBytes = readFileSync(path);
    const oldIno = statSync(path).ino;
    await store.update((d) => void d.entries.push(entry('b')));
    expect(statSync(path).ino).not.toBe(oldIno);
    const backups = await listBackupFiles(dir);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    expect(readFileSync(backups.at(-1)!.path).equals(oldBytes)).toBe(true);
  });

  it('re-reads inside the lock: concurrent updates from separate stores lose nothing', async () => {
    const dir = dataDir();
    await Promise.all(
      Array.from({ length: 15 }, (_, i) => new JournalStore({ dataDir: dir }).update((d) => void d.entries.push(entry(`c${i}`)))),
    );
    const ids = (await new JournalStore({ dataDir: dir }).read()).entries.map((e) => e.id).sort();
    expect(ids).toEqual(Array.from({ length: 15 }, (_, i) => `c${i}`).sort());
  });

  it('an exception in the callback saves nothing and releases the lock', async () => {
    const dir = dataDir();
    const store = new JournalStore({ dataDir: dir });
    await store.update((d) => void d.entries.push(entry('a')));
    const bytes = readFileSync(join(dir, 'journal.json'));
    await expect(
      store.update((d) => {
        d.entries.push(entry('b'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(readFileSync(join(dir, 'journal.json')).equals(bytes)).toBe(true);
    expect(existsSync(join(dir, 'journal.json.lock'))).toBe(false);
  });

  it('a held lock makes update fail with exit 4 after the timeout, writing nothing', async () => {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true });
    const release = await acquireLock(join(dir, 'journal.json'), { timeoutMs: 1000 });
    try {
      const err = await new JournalStore({ dataDir: dir, lockTimeoutMs: 300 }).update((d) => void d.entries.push(entry('a'))).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PeerpathError);
      expect((err as PeerpathError).exitCode).toBe(ExitCode.locked);
      expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    } finally {
      await release();
    }
  });

  describe('a file that cannot be read is never written over (exit 3, bytes unchanged)', () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['not JSON', 'this is not json {', /not valid JSON/],
      ['truncated', serializeJournal({ ...emptyJournal(), entries: [entry('a')] }).slice(0, 60), /not valid JSON/],
      ['empty', '', /empty/],
      ['only whitespace', '  \n', /empty/],
      ['a mood of 11', JSON.stringify({ schemaVersion: 1, entries: [entry('a', { mood: 11 })] }), /mood/],
      ['entries not a list', JSON.stringify({ schemaVersion: 1, entries: 'x' }), /entries/],
      ['invalid UTF-8 bytes', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /JSON/],
      ['a newer schema', JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, entries: [] }), /newer version/],
    ];
    it.each(cases)('%s', async (_name, content, reason) => {
      const dir = dataDir();
      mkdirSync(dir, { recursive: true });
      const path = join(dir, 'journal.json');
      writeFileSync(path, content, { mode: 0o600 });
      const before = readFileSync(path);
      const mtime = statSync(path).mtimeMs;
      const store = new JournalStore({ dataDir: dir });
      const e1 = await unreadable(store.read());
      expect(e1.message).toContain(path);
      expect(e1.message).toMatch(reason);
      expect(e1.message).toContain('has not been changed');
      let called = false;
      await unreadable(
        store.update((d) => {
          called = true;
          d.entries.push(entry('new'));
        }),
      );
      expect(called).toBe(false);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(statSync(path).mtimeMs).toBe(mtime);
      expect(readdirSync(dir).sort()).toEqual(['journal.json']); // no temp file, no lock, no backup of a bad state
    });

    it('a directory where the journal should be', async () => {
      const dir = dataDir();
      mkdirSync(join(dir, 'journal.json'), { recursive: true });
      const err = await unreadable(new JournalStore({ dataDir: dir }).read());
      expect(err.message).toContain('directory');
    });

    it('an unreadable file (no permission)', async () => {
      if (process.getuid?.() === 0) return; // root reads everything
      const dir = dataDir();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'journal.json'), '{}', { mode: 0o000 });
      const err = await unreadable(new JournalStore({ dataDir: dir }).read());
      expect(err.message).toContain('permission');
    });

    it('the message points at the newest backup when there is one', async () => {
      const dir = dataDir();
      const store = new JournalStore({ dataDir: dir });
      await store.update((d) => void d.entries.push(entry('a')));
      await store.update((d) => void d.entries.push(entry('b')));
      writeFileSync(join(dir, 'journal.json'), '{"trunc');
      const err = await unreadable(new JournalStore({ dataDir: dir }).read());
      const newest = (await listBackupFiles(dir)).at(-1)!;
      expect(err.hint).toContain(newest.id);
    });
  });

  /** A store over a journal file holding `content`. */
  function storeOver(content: string): { dir: string; path: string; store: JournalStore } {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'journal.json');
    writeFileSync(path, content, { mode: 0o600 });
    return { dir, path, store: new JournalStore({ dataDir: dir }) };
  }

  describe('JSON that is not a peerpath journal is refused with exit 3 and left as it is', () => {
    it.each([
      ['{"foo": 1}', '{"foo": 1}\n'],
      ['an array', '[1, 2, 3]\n'],
      ["another app's settings", '{"theme":"dark","window":{"w":800,"h":600}}'],
    ])('%s', async (_name, content) => {
      const { dir, path, store } = storeOver(content);
      for (const attempt of [() => store.read(), () => store.update((d) => void d.entries.push(entry('a')))]) {
        const err = await attempt().then(() => null, (e: unknown) => e);
        expect(err).toBeInstanceOf(PeerpathError);
        expect((err as PeerpathError).exitCode).toBe(ExitCode.unreadable);
        expect((err as PeerpathError).message).toContain(path);
        expect((err as PeerpathError).message).toContain('not a peerpath journal');
      }
      expect(readFileSync(path, 'utf8')).toBe(content);
      expect(readdirSync(dir).sort()).toEqual(['journal.json']);
    });
  });

  describe('older files are migrated on the next save, after a backup', () => {
    it.each([
      ['v0 array', JSON.stringify([entry('a', { note: 'old 🙂' })])],
      ['v0 object', JSON.stringify({ entries: [entry('a', { note: 'old 🙂' })] })],
    ])('%s', async (_name, content) => {
      const { dir, path, store } = storeOver(content);
      const data = await store.read();
      expect(store.migratedFrom).toBe(0);
      expect(data.entries[0]!.note).toBe('old 🙂');
      expect(readFileSync(path, 'utf8')).toBe(content); // reading alone changes nothing
      await store.update((d) => void d.entries.push(entry('b')));
      const saved = JSON.parse(readFileSync(path, 'utf8'));
      expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
      expect(saved.entries.map((e: Entry) => e.id)).toEqual(['a', 'b']);
      const backups = await listBackupFiles(dir);
      expect(backups.some((b) => readFileSync(b.path, 'utf8') === content)).toBe(true);
    });
  });
});
