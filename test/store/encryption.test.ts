import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decryptJournal, isEncrypted } from '../../src/store/crypto.js';
import { JournalStore } from '../../src/store/journal.js';
import { useTempDirs } from '../e2e/helpers.js';
import { makeEntry } from './reliability-helpers.js';

// scrypt at N=2^17 costs ~0.4 s idle and several seconds on a loaded CI machine: generous timeouts.
vi.setConfig({ testTimeout: 180_000 });

const PASS = 'steady breathing, one step';
const tempDir = useTempDirs('peerpath-enc-');
const newDir = () => join(tempDir(), 'data');
const backups = (dataDir: string) => readdirSync(join(dataDir, 'backups')).map((n) => join(dataDir, 'backups', n));

describe('encrypting a journal in the store', () => {
  it('turns every earlier plaintext backup into an encrypted one, and the journal too', async () => {
    const dataDir = newDir();
    const store = new JournalStore({ dataDir, getPassphrase: async () => PASS });
    for (let i = 0; i < 5; i++) await store.update((d) => void d.entries.push(makeEntry(i, `plain words ${i}`)));
    expect(backups(dataDir).length).toBe(4);
    expect(backups(dataDir).every((p) => !isEncrypted(readFileSync(p)))).toBe(true);

    await store.setEncryption(PASS);
    const all = [join(dataDir, 'journal.json'), ...backups(dataDir)];
    expect(all.length).toBe(6);
    for (const p of all) {
      const bytes = readFileSync(p);
      expect(isEncrypted(bytes), p).toBe(true);
      expect(bytes.includes(Buffer.from('plain words')), p).toBe(false);
      expect(statSync(p).mode & 0o777).toBe(0o600);
      JSON.parse((await decryptJournal(bytes, PASS)).toString('utf8'));
    }
    // No temp files or lock left behind.
    expect(readdirSync(dataDir).sort()).toEqual(['backups', 'journal.json']);
    // Reading it back in a new process-like store.
    const again = await new JournalStore({ dataDir, getPassphrase: async () => PASS }).read();
    expect(again.entries.map((e) => e.note)).toEqual([0, 1, 2, 3, 4].map((i) => `plain words ${i}`));
  });

  it('a plaintext backup left by a crash is sealed by the next encrypted save', async () => {
    const dataDir = newDir();
    const store = new JournalStore({ dataDir, getPassphrase: async () => PASS });
    await store.update((d) => void d.entries.push(makeEntry(1)));
    await store.setEncryption(PASS);
    const stray = join(dataDir, 'backups', 'journal-20260101T000000000Z-abcd.json');
    writeFileSync(stray, '{"schemaVersion":1,"entries":[]}', { mode: 0o600 });
    expect(isEncrypted(readFileSync(stray))).toBe(false);
    await new JournalStore({ dataDir, getPassphrase: async () => PASS }).update((d) => void d.entries.push(makeEntry(2)));
    expect(isEncrypted(readFileSync(stray))).toBe(true);
  });

  it('each encrypted save uses a fresh salt and nonce', async () => {
    const dataDir = newDir();
    const store = new JournalStore({ dataDir, getPassphrase: async () => PASS });
    await store.setEncryption(PASS);
    const headers = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await new JournalStore({ dataDir, getPassphrase: async () => PASS }).update((d) => void d.entries.push(makeEntry(i)));
      headers.add(readFileSync(join(dataDir, 'journal.json')).subarray(18, 46).toString('hex'));
    }
    expect(headers.size).toBe(3);
  });

  it('turning encryption off writes a plaintext journal and leaves the backups encrypted', async () => {
    const dataDir = newDir();
    await new JournalStore({ dataDir, getPassphrase: async () => PASS }).setEncryption(PASS);
    await new JournalStore({ dataDir, getPassphrase: async () => PASS }).update((d) => void d.entries.push(makeEntry(3)));
    const store = new JournalStore({ dataDir, getPassphrase: async () => PASS });
    await store.read();
    expect(store.encrypted).toBe(true);
    await store.setEncryption(null);
    const text = readFileSync(join(dataDir, 'journal.json'), 'utf8');
    expect(JSON.parse(text).entries.length).toBe(1);
    expect(backups(dataDir).every((p) => isEncrypted(readFileSync(p)))).toBe(true);
  });
});
