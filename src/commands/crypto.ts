import { readFileSync } from 'node:fs';
import { usageError } from '../core/errors.js';
import { isEncrypted } from '../store/crypto.js';
import type { Ctx } from './context.js';

const SHORT_PASSPHRASE = 8;

/** The new passphrase: --passphrase-file / PEERPATH_PASSPHRASE_FILE, else a masked prompt asked twice. */
async function newPassphrase(ctx: Ctx): Promise<string> {
  const file = ctx.global.passphraseFile ?? process.env.PEERPATH_PASSPHRASE_FILE;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw usageError(`Can't read the passphrase file ${file}. Nothing was changed.`);
    }
    const pass = text.replace(/\r?\n$/, '');
    if (!pass) throw usageError(`The passphrase file ${file} is empty. Nothing was changed.`);
    return pass;
  }
  if (!ctx.interactive) {
    throw usageError('Encrypting needs a passphrase: pass --passphrase-file FILE (or run it in a terminal to be asked). Nothing was changed.');
  }
  const p = await ctx.prompts();
  for (let attempt = 0; attempt < 3; attempt++) {
    const first = await p.password({ message: 'New passphrase:', validate: (v) => (v.length > 0 ? true : 'Type a passphrase (it stays hidden).') });
    const second = await p.password({ message: 'Same passphrase again:' });
    if (first === second) return first;
    ctx.out.warn('Those two were different. Let’s try again.');
  }
  throw usageError('The passphrases did not match. Nothing was changed.');
}

export async function encrypt(ctx: Ctx): Promise<void> {
  const store = ctx.store();
  const bytes = await store.rawBytes().catch(() => null);
  if (bytes && isEncrypted(bytes)) {
    ctx.out.info('Your journal is already encrypted. Nothing was changed.');
    return;
  }
  await store.read(); // a journal that can't be read (exit 3) is never rewritten, so refuse before asking
  const pass = await newPassphrase(ctx);
  if ([...pass].length < SHORT_PASSPHRASE) {
    ctx.out.warn(`That passphrase is short (under ${SHORT_PASSPHRASE} characters); a few ordinary words together are stronger.`);
  }
  await store.setEncryption(pass);
  ctx.out.info(
    `${ctx.out.ce.green('Encrypted.')} Your journal and its backups are now stored encrypted.\n` +
      'Keep the passphrase safe: without it nobody, you included, can open the journal.\n' +
      ctx.out.ce.dim('Next time peerpath asks for it, or pass --passphrase-file FILE / set PEERPATH_PASSPHRASE_FILE.'),
  );
}

export async function decrypt(ctx: Ctx): Promise<void> {
  const store = ctx.store();
  const bytes = await store.rawBytes();
  if (!bytes || !isEncrypted(bytes)) {
    ctx.out.info(bytes ? 'Your journal is not encrypted. Nothing was changed.' : 'There is no journal yet. Nothing was changed.');
    return;
  }
  await store.setEncryption(null);
  ctx.out.info(
    `${ctx.out.ce.green('Decrypted.')} Your journal is stored as plain text again.\n` +
      ctx.out.ce.dim('Backups made while it was encrypted stay encrypted; `peerpath backups restore` asks for the passphrase.'),
  );
}
