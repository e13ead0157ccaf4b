import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry, JournalData } from '../../src/core/entry.js';
import { serializeJournal } from '../../src/core/journal-schema.js';
import { JournalStore } from '../../src/store/journal.js';
import { useTempDirs } from '../e2e/helpers.js';

// JournalStore.append (the check-in's save) appends to the bytes read instead of serialising every
// entry again. Whatever path it takes, the file must be what update() would have written.

const tempDir = useTempDirs('peerpath-append-');
function dataDir(): string {
  const dir = join(tempDir(), 'data');
  mkdirSync(dir, { mode: 0o700 });
  return dir;
}
function entry(id: string, over: Partial<Entry> = {}): Entry {
  return {
    id, at: '2026-11-23T09:30:00.000-05:00', recordedAt: '2026-11-23T14:31:02.114Z', mood: 6, energy: null, anxiety: null,
    sleepHours: null, emotions: [], tags: [], note: '', attended: [], private: false, updatedAt: null, ...over,
  };
}
function journal(entries: Entry[]): JournalData {
  return { schemaVersion: 1, saved: ['nami-connection'], mine: [], config: { country: 'US' }, entries };
}
const fileOf = (dir: string) => readFileSync(join(dir, 'journal.json'), 'utf8');

describe('JournalStore.append', () => {
  const start = [entry('aaaaaa', { note: 'emoji 🌱 and\nlines', tags: ['walk'] }), entry('bbbbbb', { mood: 3 })];

  it('writes what serializeJournal writes for the journal with the new entries', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'journal.json'), serializeJournal(journal(start)), { mode: 0o600 });
    const store = new JournalStore({ dataDir: dir });
    const added = [entry('cccccc', { note: 'naïve ✨ "quoted"' }), entry('dddddd')];
    await store.append((data) => void data.entries.push(...added));
    expect(fileOf(dir)).toBe(serializeJournal(journal([...start, ...added])));
    await store.append((data) => void data.entries.push(entry('eeeeee')));
    expect(fileOf(dir)).toBe(serializeJournal(journal([...start, ...added, entry('eeeeee')])));
  });

  it('leaves the entries already in the file as they are (it appends, it does not rewrite them)', async () => {
    const dir = dataDir();
    const canonical = serializeJournal(journal(start));
    const spaced = canonical.replace('"mood":3', '"mood": 3'); // a hand edit: same data, other spacing
    writeFileSync(join(dir, 'journal.json'), spaced, { mode: 0o600 });
    await new JournalStore({ dataDir: dir }).append((data) => void data.entries.push(entry('cccccc')));
    expect(fileOf(dir)).toBe(`${spaced.slice(0, -4)},\n${JSON.stringify(entry('cccccc'))}\n]}\n`);
    // update() rewrites every entry, as before.
    await new JournalStore({ dataDir: dir }).update((data) => void data.entries.push(entry('dddddd')));
    expect(fileOf(dir)).toBe(serializeJournal(journal([...start, entry('cccccc'), entry('dddddd')])));
  });

  it('saves in full when the head changed, an entry went, or the file is not in our layout', async () => {
    const dir = dataDir();
    const store = new JournalStore({ dataDir: dir });
    writeFileSync(join(dir, 'journal.json'), serializeJournal(journal(start)), { mode: 0o600 });
    await store.append((data) => {
      data.saved.push('smart-recovery');
      data.entries.push(entry('cccccc'));
    });
    expect(fileOf(dir)).toBe(serializeJournal({ ...journal([...start, entry('cccccc')]), saved: ['nami-connection', 'smart-recovery'] }));

    writeFileSync(join(dir, 'journal.json'), serializeJournal(journal(start)), { mode: 0o600 });
    await store.append((data) => {
      data.entries.shift();
      data.entries.push(entry('cccccc'), entry('dddddd'));
    });
    expect(fileOf(dir)).toBe(serializeJournal(journal([start[1]!, entry('cccccc'), entry('dddddd')])));

    writeFileSync(join(dir, 'journal.json'), JSON.stringify(journal(start), null, 2), { mode: 0o600 });
    await store.append((data) => void data.entries.push(entry('cccccc')));
    expect(fileOf(dir)).toBe(serializeJournal(journal([...start, entry('cccccc')])));
  });

  it('starts a new journal and adds to an empty one', async () => {
    const dir = dataDir();
    const store = new JournalStore({ dataDir: dir });
    await store.append((data) => void data.entries.push(entry('aaaaaa')));
    expect(JSON.parse(fileOf(dir)).entries).toEqual([entry('aaaaaa')]);
    writeFileSync(join(dir, 'journal.json'), serializeJournal(journal([])), { mode: 0o600 });
    await store.append((data) => void data.entries.push(entry('bbbbbb')));
    expect(fileOf(dir)).toBe(serializeJournal(journal([entry('bbbbbb')])));
  });

  it('keeps update() saving in full afterwards', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'journal.json'), serializeJournal(journal(start)), { mode: 0o600 });
    const store = new JournalStore({ dataDir: dir });
    await store.append((data) => void data.entries.push(entry('cccccc')));
    await store.update((data) => {
      data.entries[0]!.mood = 9;
      data.entries.push(entry('dddddd'));
    });
    expect(fileOf(dir)).toBe(serializeJournal(journal([{ ...start[0]!, mood: 9 }, start[1]!, entry('cccccc'), entry('dddddd')])));
  });

  it('appends to an encrypted journal and it reads back', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'journal.json'), serializeJournal(journal(start)), { mode: 0o600 });
    const pass = { getPassphrase: async () => 'correct horse battery staple' };
    await new JournalStore({ dataDir: dir, ...pass }).setEncryption('correct horse battery staple');
    await new JournalStore({ dataDir: dir, ...pass }).append((data) => void data.entries.push(entry('cccccc')));
    expect(readFileSync(join(dir, 'journal.json')).subarray(0, 12).toString('latin1')).toBe('PEERPATH-ENC');
    const back = await new JournalStore({ dataDir: dir, ...pass }).read();
    expect(serializeJournal(back)).toBe(serializeJournal(journal([...start, entry('cccccc')])));
  }, 60_000);
});
