import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';
import {
  DEFAULT_KDF,
  ENCRYPTION_MAGIC,
  HEADER_BYTES,
  JournalCipher,
  decryptJournal,
  decryptWithKey,
  deriveKey,
  encryptJournal,
  isEncrypted,
  readHeader,
  type DerivedKey,
} from '../../src/store/crypto.js';

// scrypt at N=2^17 costs ~0.4 s idle and several seconds on a loaded CI machine: generous timeouts.
vi.setConfig({ testTimeout: 180_000 });

const PASS = 'correct horse battery staple';

// Header offsets, from the format table in src/store/crypto.ts.
const OFF = { version: 13, kdf: 14, logN: 15, r: 16, p: 17, salt: 18, nonce: 34, check: 46 } as const;

async function expectRefused(p: Promise<unknown>, exitCode: number): Promise<PeerpathError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'expected the file to be refused').toBeInstanceOf(PeerpathError);
  expect((err as PeerpathError).exitCode).toBe(exitCode);
  return err as PeerpathError;
}

function flip(buf: Buffer, i: number, mask = 0x01): Buffer {
  const copy = Buffer.from(buf);
  copy[i] = copy[i]! ^ mask;
  return copy;
}

describe('encryptJournal / decryptJournal', () => {
  it.each([
    ['empty', Buffer.alloc(0)],
    ['json', Buffer.from('{"schemaVersion":1,"entries":[]}')],
    ['unicode', Buffer.from('Heute ging es mir 😊 besser — שלום — 今日は\u202e', 'utf8')],
    ['1 MB random', randomBytes(1024 * 1024)],
  ])('round-trips %s plaintext', async (_name, plain) => {
    const file = await encryptJournal(plain, PASS);
    expect(isEncrypted(file)).toBe(true);
    expect(file.length).toBe(HEADER_BYTES + plain.length + 16);
    if (plain.length > 16) expect(file.includes(plain.subarray(0, 16))).toBe(false);
    const back = await decryptJournal(file, PASS);
    expect(back.equals(plain)).toBe(true);
  });

  it('round-trips a unicode passphrase regardless of normalisation form', async () => {
    const composed = 'caf\u00e9 ☕ päss';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const file = await encryptJournal(Buffer.from('x'), composed);
    expect((await decryptJournal(file, decomposed)).toString()).toBe('x');
  });

  it('writes the documented header: magic, version 1, scrypt N=2^17 r=8 p=1', async () => {
    const file = await encryptJournal(Buffer.from('hello'), PASS);
    expect(file.subarray(0, 13).toString('latin1')).toBe('PEERPATH-ENC\0');
    expect(file.subarray(0, 13).equals(ENCRYPTION_MAGIC)).toBe(true);
    expect([file[OFF.version], file[OFF.kdf], file[OFF.logN], file[OFF.r], file[OFF.p]]).toEqual([1, 1, 17, 8, 1]);
    const h = readHeader(file);
    expect(h.params).toEqual(DEFAULT_KDF);
  });

  it('uses a fresh salt and nonce every time: two encryptions of the same plaintext differ', async () => {
    const plain = Buffer.from('same words, same day');
    const [a, b] = await Promise.all([encryptJournal(plain, PASS), encryptJournal(plain, PASS)]);
    expect(a.equals(b)).toBe(false);
    const ha = readHeader(a);
    const hb = readHeader(b);
    expect(ha.salt.equals(hb.salt)).toBe(false);
    expect(ha.nonce.equals(hb.nonce)).toBe(false);
    expect(a.subarray(HEADER_BYTES).equals(b.subarray(HEADER_BYTES))).toBe(false);
  });

  it('wrong passphrase → exit 5, with a calm message and a hint', async () => {
    const file = await encryptJournal(Buffer.from('secret'), PASS);
    const err = await expectRefused(decryptJournal(file, 'Correct horse battery staple'), ExitCode.passphrase);
    expect(err.message).toMatch(/passphrase does not open/);
    expect(err.hint).toMatch(/Nothing was changed/);
  });

  it('missing passphrase → exit 5', async () => {
    const file = await encryptJournal(Buffer.from('secret'), PASS);
    await expectRefused(decryptJournal(file, ''), ExitCode.passphrase);
    await expectRefused(encryptJournal(Buffer.from('x'), ''), ExitCode.passphrase);
  });

  it('plain JSON is not recognised as encrypted and is refused by decrypt (exit 3)', async () => {
    const json = Buffer.from('{"schemaVersion":1}');
    expect(isEncrypted(json)).toBe(false);
    expect(isEncrypted(Buffer.alloc(0))).toBe(false);
    expect(isEncrypted(Buffer.from('PEERPATH-ENC'))).toBe(false);
    await expectRefused(decryptJournal(json, PASS), ExitCode.unreadable);
  });

  it('truncated files → exit 3', async () => {
    const file = await encryptJournal(Buffer.from('some text'), PASS);
    for (const len of [13, 14, 40, HEADER_BYTES, HEADER_BYTES + 15]) {
      await expectRefused(decryptJournal(file.subarray(0, len), PASS), ExitCode.unreadable);
    }
    // Cut inside the ciphertext: the tag no longer matches.
    await expectRefused(decryptJournal(file.subarray(0, file.length - 1), PASS), ExitCode.unreadable);
  });
});

describe('tampering and downgrade', () => {
  let plain: Buffer;
  let file: Buffer;

  beforeAll(async () => {
    plain = Buffer.from('{"schemaVersion":1,"entries":[{"note":"a hard day"}]}');
    file = await encryptJournal(plain, PASS);
  });

  it('refuses every single-byte change, at every offset (header, salt, nonce, key check, ciphertext, tag)', async () => {
    // The cipher caches keys by salt, so only salt and r changes pay for a new scrypt derivation.
    const cipher = new JournalCipher(PASS);
    expect((await cipher.decrypt(file)).equals(plain)).toBe(true);
    const byRegion: Record<string, Set<number>> = {};
    for (let i = 0; i < file.length; i++) {
      const region =
        i < OFF.version ? 'magic' : i < OFF.salt ? 'params' : i < OFF.nonce ? 'salt' : i < OFF.check ? 'nonce'
        : i < HEADER_BYTES ? 'check' : i < file.length - 16 ? 'ciphertext' : 'tag';
      const err = await cipher.decrypt(flip(file, i)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, `byte ${i} (${region}) changed but the file was accepted`).toBeInstanceOf(PeerpathError);
      (byRegion[region] ??= new Set()).add((err as PeerpathError).exitCode);
    }
    // What each change is reported as (see the module comment in crypto.ts).
    expect(byRegion).toEqual({
      magic: new Set([3]), // no longer recognised as an encrypted file
      params: new Set([3, 5]), // version/KDF id/lower N/p → 3; r 8→9 derives another key → 5
      salt: new Set([5]), // another salt derives another key: indistinguishable from a wrong passphrase
      nonce: new Set([3]),
      check: new Set([5]),
      ciphertext: new Set([3]),
      tag: new Set([3]),
    });
  });

  it('property: any change of any non-KDF byte, with any mask, is refused', async () => {
    const key = await deriveKey(PASS, readHeader(file).salt, readHeader(file).params);
    const kdfBytes = new Set<number>([OFF.logN, OFF.r, OFF.p, ...Array.from({ length: 16 }, (_, k) => OFF.salt + k)]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: file.length - 1 }).filter((i) => !kdfBytes.has(i)),
        fc.integer({ min: 1, max: 255 }),
        (i, mask) => {
          const tampered = flip(file, i, mask);
          expect(() => decryptWithKey(tampered, key)).toThrow(PeerpathError);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: appended or removed trailing bytes are refused', async () => {
    const key = await deriveKey(PASS, readHeader(file).salt, readHeader(file).params);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.boolean(), (extra, append) => {
        const changed = append
          ? Buffer.concat([file, extra])
          : file.subarray(0, Math.max(0, file.length - extra.length));
        expect(() => decryptWithKey(changed, key)).toThrow(PeerpathError);
      }),
      { numRuns: 1000 },
    );
  });

  it('header downgrade: lower N, r or p, or an older/unknown version → exit 3 before any key derivation', async () => {
    const cases: Array<[string, number, number]> = [
      ['N 2^16', OFF.logN, 16],
      ['N 2^10', OFF.logN, 10],
      ['N 2^0', OFF.logN, 0],
      ['r 1', OFF.r, 1],
      ['r 7', OFF.r, 7],
      ['p 0', OFF.p, 0],
      ['version 0', OFF.version, 0],
      ['kdf id 0', OFF.kdf, 0],
      ['kdf id 2', OFF.kdf, 2],
    ];
    for (const [name, off, value] of cases) {
      const changed = Buffer.from(file);
      changed[off] = value;
      const t0 = performance.now();
      const err = await expectRefused(decryptJournal(changed, PASS), ExitCode.unreadable);
      expect(performance.now() - t0, `${name}: refused without running scrypt`).toBeLessThan(150);
      expect(err.message, name).toMatch(/cannot be read/);
    }
  });

  it('a newer format version → exit 3 with "upgrade"', async () => {
    const changed = Buffer.from(file);
    changed[OFF.version] = 2;
    const err = await expectRefused(decryptJournal(changed, PASS), ExitCode.unreadable);
    expect(err.hint).toMatch(/Upgrade/);
  });

  it('absurd KDF parameters (memory bomb) → exit 3 without deriving', async () => {
    for (const [off, value] of [
      [OFF.logN, 21],
      [OFF.logN, 255],
      [OFF.r, 255],
      [OFF.p, 255],
    ] as const) {
      const changed = Buffer.from(file);
      changed[off] = value;
      await expectRefused(decryptJournal(changed, PASS), ExitCode.unreadable);
    }
  });

  it('a stronger but valid N in the header is authenticated: changing 17 → 18 fails (exit 5, another key)', async () => {
    const changed = Buffer.from(file);
    changed[OFF.logN] = 18;
    await expectRefused(decryptJournal(changed, PASS), ExitCode.passphrase);
  });

  it('the header is the AAD: with the right key and nonce, GCM fails without it or with a changed header', async () => {
    const { createDecipheriv } = await import('node:crypto');
    const h = readHeader(file);
    const key = await deriveKey(PASS, h.salt, h.params);
    const open = (aad: Buffer | null) => {
      const d = createDecipheriv('aes-256-gcm', key.encKey, h.nonce, { authTagLength: 16 });
      if (aad) d.setAAD(aad);
      d.setAuthTag(file.subarray(file.length - 16));
      return Buffer.concat([d.update(file.subarray(HEADER_BYTES, file.length - 16)), d.final()]);
    };
    expect(open(file.subarray(0, HEADER_BYTES)).equals(plain)).toBe(true);
    expect(() => open(null)).toThrow();
    const altered = Buffer.from(file.subarray(0, HEADER_BYTES));
    altered[OFF.logN] = 18;
    expect(() => open(altered)).toThrow();
  });

  it('a valid file re-headed with a copied key check but another nonce is refused (AAD covers the header)', async () => {
    const other = await encryptJournal(plain, PASS);
    // Swap in the other file's nonce: the key check still matches our key, the tag must not.
    const changed = Buffer.from(file);
    other.copy(changed, OFF.nonce, OFF.nonce, OFF.nonce + 12);
    await expectRefused(decryptJournal(changed, PASS), ExitCode.unreadable);
  });
});

describe('JournalCipher (derive once, reuse in a process)', () => {
  it('each save gets a fresh salt and nonce; re-reading its own file needs no new derivation', async () => {
    const cipher = new JournalCipher(PASS);
    cipher.prepare();
    const a = await cipher.encrypt(Buffer.from('one'));
    const b = await cipher.encrypt(Buffer.from('two'));
    expect(readHeader(a).salt.equals(readHeader(b).salt)).toBe(false);
    const t0 = performance.now();
    expect((await cipher.decrypt(a)).toString()).toBe('one');
    expect((await cipher.decrypt(b)).toString()).toBe('two');
    expect(performance.now() - t0).toBeLessThan(150);
    // And the files are ordinary: a fresh process (decryptJournal) opens them.
    expect((await decryptJournal(b, PASS)).toString()).toBe('two');
  });

  it('refuses a wrong passphrase with exit 5 and opens() says false', async () => {
    const file = await encryptJournal(Buffer.from('x'), PASS);
    const wrong = new JournalCipher('nope');
    expect(await wrong.opens(file)).toBe(false);
    await expectRefused(wrong.decrypt(file), ExitCode.passphrase);
    expect(await new JournalCipher(PASS).opens(file)).toBe(true);
  });

  it('rejects an empty passphrase at construction (exit 5)', () => {
    expect(() => new JournalCipher('')).toThrow(PeerpathError);
  });

  it('decryptWithKey refuses a key derived for another salt (programming error)', async () => {
    const file = await encryptJournal(Buffer.from('x'), PASS);
    const other: DerivedKey = await deriveKey(PASS);
    expect(() => decryptWithKey(file, other)).toThrow(RangeError);
  });
});

describe('scrypt runs off the main thread', () => {
  // Its cost is measured by `npm run bench` (encrypted check-in), not asserted here.
  it('one scrypt derivation at N=2^17 finishes and does not block the event loop', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await deriveKey(PASS);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
