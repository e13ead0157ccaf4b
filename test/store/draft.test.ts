/** The note draft kept after a cancelled check-in: 0600 beside the journal, sealed like the journal. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isEncrypted } from '../../src/store/crypto.js';
import { clearDraft, DRAFT_FILE, readDraft, resealingDraft, saveDraft } from '../../src/store/draft.js';
import { JournalStore } from '../../src/store/journal.js';
import { useTempDataDirs } from '../e2e/helpers.js';

vi.setConfig({ testTimeout: 120_000 }); // scrypt on a busy machine

const NOW = new Date('2026-11-23T21:30:00.000Z');
const newDir = useTempDataDirs();

describe('note draft', () => {
  it('plain journal: kept 0600 in the data folder, read back, cleared', async () => {
    const dataDir = newDir();
    const store = new JournalStore({ dataDir });
    await store.read();
    expect(await readDraft(store)).toBeNull();
    await saveDraft(store, 'Walked to the river\nand back', NOW);
    const file = join(dataDir, DRAFT_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await readDraft(new JournalStore({ dataDir }))).toEqual({ note: 'Walked to the river\nand back', savedAt: NOW.toISOString() });
    await clearDraft(store);
    expect(await readDraft(store)).toBeNull();
  });

  it('encrypted journal: the draft is encrypted too, opens with the passphrase, and is ignored with a wrong one', async () => {
    const dataDir = newDir();
    const store = new JournalStore({ dataDir, getPassphrase: async () => 'pass one' });
    await store.setEncryption('pass one');
    const reader = new JournalStore({ dataDir, getPassphrase: async () => 'pass one' });
    await reader.read();
    await saveDraft(reader, 'a secret note', NOW);
    const bytes = readFileSync(join(dataDir, DRAFT_FILE));
    expect(isEncrypted(bytes)).toBe(true);
    expect(bytes.includes(Buffer.from('secret'))).toBe(false);
    expect(statSync(join(dataDir, DRAFT_FILE)).mode & 0o777).toBe(0o600);
    expect((await readDraft(new JournalStore({ dataDir, getPassphrase: async () => 'pass one' })))?.note).toBe('a secret note');
    expect(await readDraft(new JournalStore({ dataDir, getPassphrase: async () => 'another' }))).toBeNull();
  });

  it('turning encryption on or off seals the draft again the new way', async () => {
    const dataDir = newDir();
    const store = new JournalStore({ dataDir, getPassphrase: async () => 'pass one' });
    await store.read();
    await saveDraft(store, 'kept words', NOW);
    await resealingDraft(store, () => store.setEncryption('pass one'));
    expect(isEncrypted(readFileSync(join(dataDir, DRAFT_FILE)))).toBe(true);
    await resealingDraft(store, () => store.setEncryption(null));
    expect(readFileSync(join(dataDir, DRAFT_FILE), 'utf8')).toContain('kept words');
    expect(await readDraft(new JournalStore({ dataDir }))).toEqual({ note: 'kept words', savedAt: NOW.toISOString() });
  });
});
