/**
 * Encryption at rest, end to end: `peerpath encrypt` / `decrypt`, the passphrase from a file, the
 * environment's file, or a masked prompt asked twice — never argv — and no plaintext on disk while
 * encrypted.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import pty from 'node-pty';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isEncrypted } from '../../src/store/crypto.js';
import { BIN, cleanEnv, run, runJson, tempDataDir } from './helpers.js';

// scrypt at N=2^17 costs ~0.4 s idle and several seconds on a loaded CI machine: generous timeouts.
vi.setConfig({ testTimeout: 180_000 });

const PASS = 'slow mornings, kind words';
const SECRET = 'the-words-only-my-journal-knows';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function setup(): { dir: string; passFile: string } {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  const passFile = join(t.dir, '..', 'passphrase.txt');
  writeFileSync(passFile, PASS + '\n', { mode: 0o600 });
  return { dir: t.dir, passFile };
}

/** Every file under dir, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}
function expectNoPlaintext(dir: string): void {
  for (const f of allFiles(dir)) {
    const bytes = readFileSync(f);
    expect(bytes.includes(Buffer.from(SECRET)), `${f} holds the note in plain text`).toBe(false);
    if (f.endsWith('.json')) expect(isEncrypted(bytes), `${f} is encrypted`).toBe(true);
  }
}

describe('encrypt and decrypt with --passphrase-file', () => {
  it('encrypts journal and backups; later check-ins stay encrypted; decrypt brings plain text back', () => {
    const { dir, passFile } = setup();
    for (let i = 0; i < 3; i++) expect(run(dir, ['checkin', '--no-input', '--mood', '5', '--note', `${SECRET} ${i}`]).code).toBe(0);

    const enc = run(dir, ['--passphrase-file', passFile, 'encrypt']);
    expect(enc.code, enc.stderr).toBe(0);
    expect(enc.stderr).toMatch(/Encrypted/);
    expectNoPlaintext(dir);

    const pf = ['--passphrase-file', passFile];
    const c = run(dir, [...pf, 'checkin', '--no-input', '--mood', '7', '--note', `${SECRET} 3`, '--json']);
    expect(c.code, c.stderr).toBe(0);
    expectNoPlaintext(dir);
    expect(runJson<Array<{ note: string }>>(dir, [...pf, 'journal', '--json']).map((e) => e.note)).toEqual([0, 1, 2, 3].map((i) => `${SECRET} ${i}`));
    // PEERPATH_PASSPHRASE_FILE works the same.
    expect(runJson<unknown[]>(dir, ['journal', '--json'], { env: { PEERPATH_PASSPHRASE_FILE: passFile } })).toHaveLength(4);
    const doc = runJson<{ encrypted: boolean; entries: number }>(dir, [...pf, 'doctor', '--json']);
    expect(doc).toMatchObject({ encrypted: true, entries: 4 });
    // backups list and restore open encrypted backups with the same passphrase.
    const backups = runJson<Array<{ id: string; entries: number; encrypted: boolean }>>(dir, [...pf, 'backups', 'list', '--json']);
    expect(backups.length).toBeGreaterThan(0);
    expect(backups.every((b) => b.encrypted)).toBe(true);
    expect(run(dir, [...pf, 'backups', 'restore', backups[0]!.id, '--yes']).code).toBe(0);
    expectNoPlaintext(dir);

    expect(run(dir, [...pf, 'encrypt']).stderr).toMatch(/already encrypted/);
    const dec = run(dir, [...pf, 'decrypt']);
    expect(dec.code, dec.stderr).toBe(0);
    expect(isEncrypted(readFileSync(join(dir, 'journal.json')))).toBe(false);
    expect(runJson<unknown[]>(dir, ['journal', '--json']).length).toBeGreaterThan(0);
    expect(run(dir, ['decrypt']).stderr).toMatch(/not encrypted/);
  });

  it('a wrong or missing passphrase → exit 5, and no file in the folder changes', () => {
    const { dir, passFile } = setup();
    expect(run(dir, ['checkin', '--no-input', '--mood', '5', '--note', SECRET]).code).toBe(0);
    expect(run(dir, ['--passphrase-file', passFile, 'encrypt']).code).toBe(0);
    const snapshot = () => new Map(allFiles(dir).map((f) => [f, readFileSync(f).toString('base64')]));
    const before = snapshot();
    const wrong = join(dir, '..', 'wrong.txt');
    writeFileSync(wrong, 'slow mornings, kind word\n');
    for (const args of [
      ['--passphrase-file', wrong, 'journal'],
      ['--passphrase-file', wrong, 'checkin', '--no-input', '--mood', '3'],
      ['--passphrase-file', wrong, 'decrypt'],
      ['journal'],
      ['checkin', '--no-input', '--mood', '3'],
      ['--passphrase-file', join(dir, '..', 'missing.txt'), 'journal'],
    ]) {
      const r = run(dir, args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(5);
      expect(r.stderr).toMatch(/passphrase/i);
    }
    expect(snapshot()).toEqual(before);
  });

  it('the passphrase is never taken from argv or from an environment value', () => {
    const { dir } = setup();
    expect(run(dir, ['checkin', '--no-input', '--mood', '5']).code).toBe(0);
    expect(run(dir, ['encrypt', '--passphrase', PASS]).code).toBe(2);
    const r = run(dir, ['encrypt'], { env: { PEERPATH_PASSPHRASE: PASS } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--passphrase-file/);
    expect(isEncrypted(readFileSync(join(dir, 'journal.json')))).toBe(false);
  });

  it('encrypt on a journal that cannot be read → exit 3, file untouched, no passphrase asked', () => {
    const { dir, passFile } = setup();
    expect(run(dir, ['checkin', '--no-input', '--mood', '5']).code).toBe(0);
    writeFileSync(join(dir, 'journal.json'), '{"schemaVersion":1,"entries":[');
    const r = run(dir, ['--passphrase-file', passFile, 'encrypt']);
    expect(r.code).toBe(3);
    expect(readFileSync(join(dir, 'journal.json'), 'utf8')).toBe('{"schemaVersion":1,"entries":[');
  });

  it('encrypt before the first check-in creates an encrypted, empty journal', () => {
    const { dir, passFile } = setup();
    expect(run(dir, ['--passphrase-file', passFile, 'encrypt']).code).toBe(0);
    expect(isEncrypted(readFileSync(join(dir, 'journal.json')))).toBe(true);
    expect(runJson<unknown[]>(dir, ['--passphrase-file', passFile, 'journal', '--json'])).toEqual([]);
  });
});

describe('changing the passphrase', () => {
  it('encrypt --change: the journal and its backups open with the new passphrase only', () => {
    const { dir, passFile } = setup();
    const newFile = join(dir, '..', 'new-passphrase.txt');
    writeFileSync(newFile, 'a different, longer passphrase\n');
    expect(run(dir, ['checkin', '--no-input', '--mood', '5', '--note', SECRET]).code).toBe(0);
    expect(run(dir, ['--passphrase-file', passFile, 'encrypt']).code).toBe(0);
    expect(run(dir, ['--passphrase-file', passFile, 'checkin', '--no-input', '--mood', '6']).code).toBe(0);

    // Without a new passphrase and without a terminal: a usage error naming the flag, nothing changed.
    const before = readFileSync(join(dir, 'journal.json'));
    const noNew = run(dir, ['--passphrase-file', passFile, 'encrypt', '--change']);
    expect(noNew.code).toBe(2);
    expect(noNew.stderr).toMatch(/--new-passphrase-file/);
    // A wrong current passphrase: exit 5, nothing changed.
    const wrong = join(dir, '..', 'wrong.txt');
    writeFileSync(wrong, 'nope nope nope\n');
    expect(run(dir, ['--passphrase-file', wrong, 'encrypt', '--change', '--new-passphrase-file', newFile]).code).toBe(5);
    expect(readFileSync(join(dir, 'journal.json')).equals(before)).toBe(true);

    const r = run(dir, ['--passphrase-file', passFile, 'encrypt', '--change', '--new-passphrase-file', newFile]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Passphrase changed/);
    expect(run(dir, ['--passphrase-file', passFile, 'journal']).code).toBe(5);
    expect(runJson<unknown[]>(dir, ['--passphrase-file', newFile, 'journal', '--json'])).toHaveLength(2);
    const backups = runJson<Array<{ id: string; entries: number | null }>>(dir, ['--passphrase-file', newFile, 'backups', 'list', '--json', '--count']);
    expect(backups.length).toBeGreaterThanOrEqual(2);
    expect(backups.every((b) => b.entries !== null), 'every backup opens with the new passphrase').toBe(true);
    expect(run(dir, ['--passphrase-file', newFile, 'backups', 'restore', backups.at(-1)!.id, '--yes']).code).toBe(0);
    expectNoPlaintext(dir);
  });
});

describe('the masked prompt (pseudo-terminal)', () => {
  function spawnPty(args: string[]) {
    const term = pty.spawn(process.execPath, [BIN, ...args], { name: 'xterm', cols: 100, rows: 30, env: cleanEnv({ TERM: 'xterm' }) as Record<string, string> });
    let raw = '';
    let from = 0;
    term.onData((d) => (raw += d));
    const exit = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
    const kill = setTimeout(() => term.kill(), 120_000);
    void exit.then(() => clearTimeout(kill));
    const answer = async (pattern: RegExp, text: string) => {
      const t0 = Date.now();
      while (!pattern.test(stripVTControlCharacters(raw.slice(from)))) {
        if (Date.now() - t0 > 15_000) throw new Error(`timed out waiting for ${pattern}; screen:\n${stripVTControlCharacters(raw)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      from = raw.length;
      await new Promise((r) => setTimeout(r, 80));
      term.write(text);
      await new Promise((r) => setTimeout(r, 30));
      term.write('\r');
    };
    return { answer, exit, screen: () => stripVTControlCharacters(raw) };
  }

  it('encrypt asks twice, masks what is typed, and retries when the two differ; journal then asks once', async () => {
    const { dir } = setup();
    expect(run(dir, ['checkin', '--no-input', '--mood', '5', '--note', SECRET]).code).toBe(0);
    const s = spawnPty(['--data-dir', dir, 'encrypt']);
    await s.answer(/New passphrase/, PASS);
    await s.answer(/Same passphrase again/, PASS + ' typo');
    await s.answer(/New passphrase/, PASS);
    await s.answer(/Same passphrase again/, PASS);
    expect(await s.exit).toBe(0);
    expect(s.screen()).toMatch(/were different/);
    expect(s.screen()).not.toContain(PASS);
    expect(s.screen()).toContain('•');
    expectNoPlaintext(dir);

    const j = spawnPty(['--data-dir', dir, 'journal']);
    await j.answer(/Passphrase for your journal/, PASS);
    expect(await j.exit).toBe(0);
    expect(j.screen()).toContain(SECRET);
    expect(j.screen()).not.toContain(PASS);
  });
});
