/**
 * Encryption at rest for the journal file (opt-in).
 *
 * File format, version 1 (all integers unsigned, big-endian):
 *
 * | offset | size | field                                                     |
 * |-------:|-----:|-----------------------------------------------------------|
 * |      0 |   13 | magic `PEERPATH-ENC\0`                                    |
 * |     13 |    1 | format version (1)                                        |
 * |     14 |    1 | KDF id (1 = scrypt)                                       |
 * |     15 |    1 | scrypt log2(N)  (≥ 17 required when reading)              |
 * |     16 |    1 | scrypt r        (≥ 8)                                     |
 * |     17 |    1 | scrypt p        (≥ 1)                                     |
 * |     18 |   16 | salt (fresh random bytes on every save)                   |
 * |     34 |   12 | AES-GCM nonce (fresh random bytes on every save)          |
 * |     46 |   16 | key check: HMAC-SHA-256(checkKey, "peerpath-key-check-v1" ‖ salt)[0..16) |
 * |     62 |    n | AES-256-GCM ciphertext                                    |
 * |   62+n |   16 | GCM tag                                                   |
 *
 * The whole 62-byte header is the GCM additional authenticated data, so changing the version,
 * the KDF parameters, the salt, the nonce or the key check makes the tag fail.
 * scrypt(passphrase NFC, salt, N, r, p) gives 64 bytes: the first 32 are the AES key, the last 32
 * the key-check key. The key check lets us tell "wrong passphrase" (exit 5) apart from "file damaged"
 * (exit 3); it gives a guesser nothing the GCM tag would not (each guess still costs one scrypt).
 *
 * Errors (all `PeerpathError`):
 * - exit 5 (`ExitCode.passphrase`): missing/empty passphrase, or the key check does not match — the
 *   passphrase is wrong (or the salt/key-check bytes were altered, which is indistinguishable).
 * - exit 3 (`ExitCode.unreadable`): not an encrypted file, truncated, unknown version or KDF,
 *   KDF parameters below the minimum (downgrade) or above the maximum (memory bomb), or the key check
 *   matches but the GCM tag does not (ciphertext, tag, nonce or header altered).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { ExitCode, PeerpathError } from '../core/errors.js';

export const ENCRYPTION_MAGIC = Buffer.from('PEERPATH-ENC\0', 'latin1');
export const ENCRYPTION_VERSION = 1;
const KDF_SCRYPT = 1;

const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const OFF_VERSION = ENCRYPTION_MAGIC.length; // 13
const OFF_KDF = OFF_VERSION + 1; // 14
const OFF_LOGN = OFF_KDF + 1; // 15
const OFF_R = OFF_LOGN + 1; // 16
const OFF_P = OFF_R + 1; // 17
const OFF_SALT = OFF_P + 1; // 18
const OFF_NONCE = OFF_SALT + SALT_BYTES; // 34
const OFF_CHECK = OFF_NONCE + NONCE_BYTES; // 46
/** Length of the authenticated header. */
export const HEADER_BYTES = OFF_CHECK + CHECK_BYTES; // 62

export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

/** What every new file is written with. */
export const DEFAULT_KDF: Readonly<ScryptParams> = Object.freeze({ log2N: 17, r: 8, p: 1 });
/** Anything weaker is refused when reading (downgrade protection). */
export const MIN_KDF: Readonly<ScryptParams> = Object.freeze({ log2N: 17, r: 8, p: 1 });
/** Anything heavier is refused when reading, so a crafted header cannot ask for gigabytes. */
const MAX_LOG2N = 20;
const MAX_R = 32;
const MAX_P = 16;
const MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024; // 1 GiB

const CHECK_LABEL = Buffer.from('peerpath-key-check-v1', 'utf8');

/** An encrypted file that is structurally broken or altered (exit 3); `reason` completes "it can't be read: …". */
export class DamagedFileError extends PeerpathError {
  readonly reason: string;
  constructor(reason: string) {
    super(`The encrypted journal cannot be read: ${reason}.`, ExitCode.unreadable, 'Nothing was changed. Run `peerpath backups list` to find an earlier copy.');
    this.reason = reason;
  }
}

const damaged = (what: string) => new DamagedFileError(what);

const wrongPassphrase = () =>
  new PeerpathError(
    'That passphrase does not open this journal.',
    ExitCode.passphrase,
    'Nothing was changed. Check the passphrase (or the file given to --passphrase-file) and try again.',
  );

const missingPassphrase = () =>
  new PeerpathError(
    'This journal is encrypted and no passphrase was given.',
    ExitCode.passphrase,
    'Run it in a terminal to be asked, or pass --passphrase-file FILE.',
  );

/** True when the bytes start with the peerpath encryption magic (a file is recognised by its bytes). */
export function isEncrypted(file: Buffer | Uint8Array): boolean {
  if (file.length < ENCRYPTION_MAGIC.length) return false;
  return Buffer.from(file.buffer, file.byteOffset, ENCRYPTION_MAGIC.length).equals(ENCRYPTION_MAGIC);
}

/** Derived key material for one salt. */
export interface DerivedKey {
  readonly salt: Buffer;
  readonly params: Readonly<ScryptParams>;
  /** AES-256-GCM key */
  readonly encKey: Buffer;
  /** 16-byte key check stored in the header */
  readonly check: Buffer;
}

function scryptAsync(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.log2N;
  const mem = 128 * N * params.r;
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(passphrase.normalize('NFC'), 'utf8'),
      salt,
      64,
      { N, r: params.r, p: params.p, maxmem: mem + 16 * 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/**
 * Derive the keys for one salt with scrypt (async, runs on the libuv thread pool).
 * About 0.2–0.4 s and 128 MiB at the default N = 2^17.
 */
export async function deriveKey(
  passphrase: string,
  salt: Buffer = randomBytes(SALT_BYTES),
  params: Readonly<ScryptParams> = DEFAULT_KDF,
): Promise<DerivedKey> {
  if (salt.length !== SALT_BYTES) throw new RangeError(`salt must be ${SALT_BYTES} bytes`);
  const out = await scryptAsync(passphrase, salt, params);
  const encKey = out.subarray(0, 32);
  const checkKey = out.subarray(32, 64);
  const check = createHmac('sha256', checkKey).update(CHECK_LABEL).update(salt).digest().subarray(0, CHECK_BYTES);
  checkKey.fill(0);
  return { salt: Buffer.from(salt), params: { ...params }, encKey: Buffer.from(encKey), check: Buffer.from(check) };
}

function buildHeader(key: DerivedKey, nonce: Buffer): Buffer {
  const h = Buffer.alloc(HEADER_BYTES);
  ENCRYPTION_MAGIC.copy(h, 0);
  h[OFF_VERSION] = ENCRYPTION_VERSION;
  h[OFF_KDF] = KDF_SCRYPT;
  h[OFF_LOGN] = key.params.log2N;
  h[OFF_R] = key.params.r;
  h[OFF_P] = key.params.p;
  key.salt.copy(h, OFF_SALT);
  nonce.copy(h, OFF_NONCE);
  key.check.copy(h, OFF_CHECK);
  return h;
}

/** Encrypt with an already derived key and a fresh random nonce. Use each key for one save only. */
export function encryptWithKey(plaintext: Buffer, key: DerivedKey): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const header = buildHeader(key, nonce);
  const cipher = createCipheriv('aes-256-gcm', key.encKey, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** The parsed, validated header of an encrypted file. */
export interface EncryptedHeader {
  version: number;
  params: ScryptParams;
  salt: Buffer;
  nonce: Buffer;
  check: Buffer;
}

/**
 * Parse and validate the header; throws exit 3 for anything structurally wrong,
 * including KDF parameters below the minimum (downgrade) or absurdly high.
 */
export function readHeader(file: Buffer): EncryptedHeader {
  if (!isEncrypted(file)) throw damaged('it is not a peerpath encrypted file');
  if (file.length < HEADER_BYTES + TAG_BYTES) throw damaged('the file is truncated');
  const version = file[OFF_VERSION]!;
  if (version > ENCRYPTION_VERSION) {
    throw new PeerpathError(
      `The encrypted journal was written by a newer peerpath (format ${version}).`,
      ExitCode.unreadable,
      'Nothing was changed. Upgrade peerpath to open it.',
    );
  }
  if (version !== ENCRYPTION_VERSION) throw damaged(`unknown format version ${version}`);
  if (file[OFF_KDF] !== KDF_SCRYPT) throw damaged(`unknown key derivation ${file[OFF_KDF]}`);
  const params: ScryptParams = { log2N: file[OFF_LOGN]!, r: file[OFF_R]!, p: file[OFF_P]! };
  if (params.log2N < MIN_KDF.log2N || params.r < MIN_KDF.r || params.p < MIN_KDF.p) {
    throw damaged('its key-derivation settings are weaker than peerpath allows (the header was altered)');
  }
  if (
    params.log2N > MAX_LOG2N ||
    params.r > MAX_R ||
    params.p > MAX_P ||
    128 * 2 ** params.log2N * params.r > MAX_SCRYPT_MEMORY
  ) {
    throw damaged('its key-derivation settings are out of range (the header was altered)');
  }
  return {
    version,
    params,
    salt: Buffer.from(file.subarray(OFF_SALT, OFF_SALT + SALT_BYTES)),
    nonce: Buffer.from(file.subarray(OFF_NONCE, OFF_NONCE + NONCE_BYTES)),
    check: Buffer.from(file.subarray(OFF_CHECK, OFF_CHECK + CHECK_BYTES)),
  };
}

function sameParams(a: Readonly<ScryptParams>, b: Readonly<ScryptParams>): boolean {
  return a.log2N === b.log2N && a.r === b.r && a.p === b.p;
}

/** Decrypt with a key derived for this file's salt and parameters (e.g. from `JournalCipher`). */
export function decryptWithKey(file: Buffer, key: DerivedKey): Buffer {
  const header = readHeader(file);
  if (!header.salt.equals(key.salt) || !sameParams(header.params, key.params)) {
    throw new RangeError('key was derived for another salt or parameters');
  }
  if (!timingSafeEqual(header.check, key.check)) throw wrongPassphrase();
  const decipher = createDecipheriv('aes-256-gcm', key.encKey, header.nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(file.subarray(0, HEADER_BYTES));
  decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(file.subarray(HEADER_BYTES, file.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw damaged('it was altered or damaged (the integrity check failed)');
  }
}

function requirePassphrase(passphrase: string | null | undefined): string {
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw missingPassphrase();
  return passphrase;
}

/** Encrypt a whole journal file: fresh salt, fresh nonce, one scrypt derivation (~0.3 s). */
export async function encryptJournal(plaintext: Buffer, passphrase: string): Promise<Buffer> {
  const key = await deriveKey(requirePassphrase(passphrase));
  return encryptWithKey(plaintext, key);
}

/** Decrypt a whole journal file. See the module comment for which error means what. */
export async function decryptJournal(file: Buffer, passphrase: string): Promise<Buffer> {
  const header = readHeader(file);
  const key = await deriveKey(requirePassphrase(passphrase), header.salt, header.params);
  return decryptWithKey(file, key);
}

/**
 * Holds one passphrase for the life of a process and hides scrypt's cost where it can:
 * - keys derived while reading are cached by salt, so re-reading a file this process wrote is free;
 * - `prepare()` starts deriving a key for a fresh salt in the background (e.g. while the person
 *   types a note), and `encrypt()` uses it, so a save still gets a fresh salt and nonce without
 *   waiting for scrypt when there was time to prepare. Each prepared key is used for one save only.
 */
export class JournalCipher {
  readonly #passphrase: string;
  readonly #cache = new Map<string, DerivedKey>();
  #next: Promise<DerivedKey> | null = null;

  constructor(passphrase: string) {
    this.#passphrase = requirePassphrase(passphrase);
  }

  /** Start deriving the key for the next save (idempotent until that save happens). */
  prepare(): void {
    if (!this.#next) {
      this.#next = deriveKey(this.#passphrase);
      // Errors surface in encrypt(); avoid an unhandled rejection meanwhile.
      this.#next.catch(() => undefined);
    }
  }

  async encrypt(plaintext: Buffer): Promise<Buffer> {
    this.prepare();
    const pending = this.#next!;
    this.#next = null;
    const key = await pending;
    this.#cache.set(cacheKey(key.salt, key.params), key);
    return encryptWithKey(plaintext, key);
  }

  /**
   * Encrypt several files at once (e.g. sealing old plaintext backups when encryption is turned
   * on): one scrypt derivation for the batch — one fresh salt shared by these files — and a fresh
   * random nonce per file, which is what keeps AES-GCM safe under one key.
   */
  async encryptBatch(plaintexts: readonly Buffer[]): Promise<Buffer[]> {
    if (plaintexts.length === 0) return [];
    const key = await deriveKey(this.#passphrase);
    this.#cache.set(cacheKey(key.salt, key.params), key);
    return plaintexts.map((p) => encryptWithKey(p, key));
  }

  async decrypt(file: Buffer): Promise<Buffer> {
    const header = readHeader(file);
    const id = cacheKey(header.salt, header.params);
    let key = this.#cache.get(id);
    if (!key) {
      key = await deriveKey(this.#passphrase, header.salt, header.params);
      if (!timingSafeEqual(header.check, key.check)) throw wrongPassphrase();
      this.#cache.set(id, key);
    }
    return decryptWithKey(file, key);
  }

  /** True when the passphrase opens this file (checks the key check only; no plaintext produced). */
  async opens(file: Buffer): Promise<boolean> {
    const header = readHeader(file);
    const key = await deriveKey(this.#passphrase, header.salt, header.params);
    const ok = timingSafeEqual(header.check, key.check);
    if (ok) this.#cache.set(cacheKey(header.salt, header.params), key);
    return ok;
  }
}

function cacheKey(salt: Buffer, p: Readonly<ScryptParams>): string {
  return `${salt.toString('hex')}:${p.log2N}:${p.r}:${p.p}`;
}
