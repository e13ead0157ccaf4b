/**
 * Corrupt and odd journal files: each gives its exit code and a clear message, and the file is left
 * byte-for-byte as it was (no save, no "repair", no temp file left behind).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { encryptJournal } from '../../src/store/crypto.js';
import { BIN, cleanEnv, run, tempDataDir } from './helpers.js';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function dataDir(): string {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  mkdirSync(t.dir, { recursive: true, mode: 0o700 });
  return t.dir;
}

const GOOD = `{"schemaVersion":1,"saved":[],"mine":[],"config":{},"entries":[
{"id":"abc123","at":"2026-11-20T09:30:00.000-05:00","recordedAt":"2026-11-20T14:30:00.000Z","mood":6,"energy":null,"anxiety":null,"sleepHours":null,"emotions":[],"tags":["walk"],"note":"a good walk","attended":[],"private":false,"updatedAt":null}
]}
`;
const PASS = 'quiet morning tea';
// Encrypted cases run scrypt in every command: slow on a loaded CI machine.
vi.setConfig({ testTimeout: 180_000 });

interface Case {
  name: string;
  bytes: () => Buffer | Promise<Buffer>;
  code: number;
  message: RegExp;
  passphrase?: string;
}

const cases: Case[] = [
  { name: 'an empty file', bytes: () => Buffer.alloc(0), code: 3, message: /can't be read: the file is empty/ },
  { name: 'only whitespace', bytes: () => Buffer.from('  \n\n '), code: 3, message: /can't be read/ },
  { name: 'truncated JSON', bytes: () => Buffer.from(GOOD.slice(0, GOOD.length / 2)), code: 3, message: /not valid JSON/ },
  { name: 'JSON cut after the first brace', bytes: () => Buffer.from('{'), code: 3, message: /not valid JSON/ },
  { name: 'a JSON string', bytes: () => Buffer.from('"hello"'), code: 3, message: /can't be read/ },
  { name: 'JSON null', bytes: () => Buffer.from('null'), code: 3, message: /can't be read/ },
  { name: 'entries that is not a list', bytes: () => Buffer.from('{"schemaVersion":1,"entries":{}}'), code: 3, message: /"entries" is not a list/ },
  { name: 'an entry with mood 11', bytes: () => Buffer.from(GOOD.replace('"mood":6', '"mood":11')), code: 3, message: /mood outside 1–10/ },
  { name: 'an entry without an id', bytes: () => Buffer.from(GOOD.replace('"id":"abc123",', '')), code: 3, message: /no id/ },
  { name: 'a schemaVersion that is not a number', bytes: () => Buffer.from('{"schemaVersion":"one","entries":[]}'), code: 3, message: /schemaVersion/ },
  { name: 'a newer schemaVersion', bytes: () => Buffer.from(GOOD.replace('"schemaVersion":1', '"schemaVersion":99')), code: 3, message: /newer version of peerpath/ },
  { name: 'random binary', bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), code: 3, message: /can't be read/ },
  { name: 'NUL bytes', bytes: () => Buffer.alloc(1024), code: 3, message: /can't be read/ },
  { name: 'UTF-16 text', bytes: () => Buffer.from(GOOD, 'utf16le'), code: 3, message: /can't be read/ },
  { name: 'an encrypted file cut short', bytes: async () => (await encryptJournal(Buffer.from(GOOD), PASS)).subarray(0, 40), code: 3, message: /truncated/, passphrase: PASS },
  {
    name: 'an encrypted file with a flipped ciphertext byte',
    bytes: async () => {
      const b = await encryptJournal(Buffer.from(GOOD), PASS);
      b[100] = b[100]! ^ 0x40;
      return b;
    },
    code: 3,
    message: /altered or damaged/,
    passphrase: PASS,
  },
  {
    name: 'an encrypted file with a downgraded scrypt N',
    bytes: async () => {
      const b = await encryptJournal(Buffer.from(GOOD), PASS);
      b[15] = 10;
      return b;
    },
    code: 3,
    message: /weaker than peerpath allows/,
    passphrase: PASS,
  },
  { name: 'an encrypted file and the wrong passphrase', bytes: () => encryptJournal(Buffer.from(GOOD), PASS), code: 5, message: /passphrase does not open/, passphrase: 'not the passphrase' },
  { name: 'an encrypted file and no passphrase', bytes: () => encryptJournal(Buffer.from(GOOD), PASS), code: 5, message: /no passphrase was given/ },
];

const COMMANDS: string[][] = [
  ['journal', '--json'],
  ['checkin', '--no-input', '--mood', '5', '--note', 'must not be saved'],
  ['journal', 'edit', 'abc', '--mood', '2'],
  ['config', 'set', 'country', 'UK'],
];

export const corruptFigures = { files: 0, runs: 0 };

describe.each(cases)('a journal that is $name', (c) => {
  it(`gives exit ${c.code} and a clear message for reading and writing, and stays byte-for-byte unchanged`, async () => {
    const dir = dataDir();
    const path = join(dir, 'journal.json');
    const bytes = await c.bytes();
    writeFileSync(path, bytes, { mode: 0o600 });
    const before = statSync(path);
    let env: Record<string, string> = {};
    if (c.passphrase) {
      const pf = join(dir, '..', 'pass.txt');
      writeFileSync(pf, c.passphrase + '\n');
      env = { PEERPATH_PASSPHRASE_FILE: pf };
    }
    for (const args of COMMANDS) {
      const r = run(dir, args, { env });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(c.code);
      expect(r.stderr, args.join(' ')).toMatch(c.message);
      if (c.code === 3) expect(r.stderr).toContain(c.message.source.includes('newer') ? 'Upgrade' : path);
      expect(r.stdout, 'nothing on stdout').toBe('');
      expect(r.stderr, 'no stack trace without --debug').not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(path).equals(bytes), 'the file is byte-for-byte unchanged').toBe(true);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(dir).filter((n) => n !== 'backups')).toEqual(['journal.json']);
    corruptFigures.files++;
    corruptFigures.runs += COMMANDS.length;
  });
});

describe('a journal path that is not a readable file', () => {
  it('a directory where the journal file should be → exit 3, directory untouched', () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'journal.json'));
    writeFileSync(join(dir, 'journal.json', 'keep.txt'), 'x');
    for (const args of COMMANDS) {
      const r = run(dir, args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(3);
      expect(r.stderr).toMatch(/it is a directory, not a file/);
    }
    expect(readdirSync(join(dir, 'journal.json'))).toEqual(['keep.txt']);
    expect(statSync(join(dir, 'journal.json')).isDirectory()).toBe(true);
  });

  // Tests run as root, for whom file permissions do not apply: the CLI is run as the unprivileged
  // user `nobody` instead (spawn's uid/gid). Skipped when not root or when nobody cannot run node here.
  const asNobody = (dir: string, args: string[]) =>
    spawnSync(process.execPath, [BIN, '--data-dir', dir, ...args], { uid: 65534, gid: 65534, env: cleanEnv(), encoding: 'utf8', timeout: 20_000 });
  const canDropPrivileges = process.getuid?.() === 0 && asNobody('/nonexistent-peerpath', ['--version']).status === 0;

  it.skipIf(!canDropPrivileges)('a journal the user may not read → exit 3 "permission denied", unchanged', () => {
    const dir = dataDir();
    chmodSync(join(dir, '..'), 0o755);
    writeFileSync(join(dir, 'journal.json'), GOOD, { mode: 0o600 }); // root's file, 0600: nobody can't read it
    chmodSync(dir, 0o777); // but may take the lock and write temp files beside it
    for (const args of [['journal'], ['checkin', '--no-input', '--mood', '4']]) {
      const r = asNobody(dir, args);
      expect(r.status, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/permission denied/);
    }
    expect(readFileSync(join(dir, 'journal.json'), 'utf8')).toBe(GOOD);
    expect(readdirSync(dir)).toEqual(['journal.json']);
  });

  it.skipIf(!canDropPrivileges)('a journal the user may read but not change → a clear error, nothing saved, unchanged', () => {
    const dir = dataDir();
    chmodSync(join(dir, '..'), 0o755);
    writeFileSync(join(dir, 'journal.json'), GOOD, { mode: 0o644 });
    chmodSync(dir, 0o755); // root's folder: nobody can't create the lock or a temp file in it
    const read = asNobody(dir, ['journal', '--json']);
    expect(read.status, read.stderr).toBe(0);
    expect(JSON.parse(read.stdout)).toHaveLength(1);
    const r = asNobody(dir, ['checkin', '--no-input', '--mood', '4']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/can't write|permission denied/i);
    expect(r.stderr).toMatch(/Nothing was saved/);
    expect(readFileSync(join(dir, 'journal.json'), 'utf8')).toBe(GOOD);
    expect(readdirSync(dir)).toEqual(['journal.json']);
  });
});
