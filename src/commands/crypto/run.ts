import { readFileSync } from 'node:fs';
import { usageError } from '../../core/errors.js';
import { isEncrypted, JournalCipher } from '../../store/crypto.js';
import { resealingDraft } from '../../store/draft.js';
import { rekeyBackups } from '../../store/encryption.js';
import type { Ctx } from '../context.js';
import type { EncryptOptions } from './define.js';

const SHORT_PASSPHRASE = 8;

function passphraseFromFile(file: string): string {
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

/** A new passphrase: from `file` when given, else a masked prompt asked twice (retried when the two differ). */
async function askNewPassphrase(ctx: Ctx, file: string | undefined, flag: string): Promise<string> {
  if (file) return passphraseFromFile(file);
  if (!ctx.interactive) {
    throw usageError(`This needs a new passphrase: pass ${flag} FILE (or run it in a terminal to be asked). Nothing was changed.`);
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

function warnIfShort(ctx: Ctx, pass: string): void {
  if ([...pass].length < SHORT_PASSPHRASE) {
    ctx.out.warn(`That passphrase is short (under ${SHORT_PASSPHRASE} characters); a few ordinary words together are stronger.`);
  }
}

export async function encrypt(ctx: Ctx, opts: EncryptOptions = {}): Promise<void> {
  const store = ctx.store();
  const bytes = await store.rawBytes().catch(() => null);
  const encrypted = Boolean(bytes && isEncrypted(bytes));
  if (encrypted && !opts.change) {
    ctx.out.info('Your journal is already encrypted. Nothing was changed.');
    ctx.out.info(ctx.out.ce.dim('To change its passphrase: `peerpath encrypt --change`.'));
    return;
  }
  if (!encrypted && opts.change) throw usageError('Your journal is not encrypted, so it has no passphrase to change. Run `peerpath encrypt`.');
  if (opts.newPassphraseFile && !opts.change) throw usageError('--new-passphrase-file goes with --change.');
  // A journal that can't be read (exit 3) or a wrong current passphrase (exit 5) stops here, before any question.
  await store.read();

  if (!encrypted) {
    const pass = await askNewPassphrase(ctx, ctx.global.passphraseFile ?? process.env.PEERPATH_PASSPHRASE_FILE, '--passphrase-file');
    warnIfShort(ctx, pass);
    await resealingDraft(store, () => store.setEncryption(pass));
    ctx.out.info(
      `${ctx.out.ce.green('Encrypted.')} Your journal and its backups are now stored encrypted.\n` +
        'Keep the passphrase safe: without it nobody, you included, can open the journal.\n' +
        ctx.out.ce.dim('Next time peerpath asks for it, or pass --passphrase-file FILE / set PEERPATH_PASSPHRASE_FILE.'),
    );
    return;
  }

  const current = await store.passphrase();
  const next = await askNewPassphrase(ctx, opts.newPassphraseFile, '--new-passphrase-file');
  if (next === current) {
    ctx.out.info('That is the passphrase it already has. Nothing was changed.');
    return;
  }
  warnIfShort(ctx, next);
  await resealingDraft(store, () => store.setEncryption(next));
  const { rekeyed, leftAsTheyWere } = await rekeyBackups(store.dir, store.path, new JournalCipher(current), new JournalCipher(next), {
    lockTimeoutMs: 10_000,
  });
  ctx.out.info(`${ctx.out.ce.green('Passphrase changed.')} The journal and ${rekeyed} backup${rekeyed === 1 ? '' : 's'} now open with the new one.`);
  if (leftAsTheyWere) {
    ctx.out.info(ctx.out.ce.dim(`${leftAsTheyWere} older backup${leftAsTheyWere === 1 ? '' : 's'} made under an earlier passphrase kept ${leftAsTheyWere === 1 ? 'it' : 'theirs'}.`));
  }
}

export async function decrypt(ctx: Ctx): Promise<void> {
  const store = ctx.store();
  const bytes = await store.rawBytes();
  if (!bytes || !isEncrypted(bytes)) {
    ctx.out.info(bytes ? 'Your journal is not encrypted. Nothing was changed.' : 'There is no journal yet. Nothing was changed.');
    return;
  }
  await resealingDraft(store, () => store.setEncryption(null));
  ctx.out.info(
    `${ctx.out.ce.green('Decrypted.')} Your journal is stored as plain text again.\n` +
      ctx.out.ce.dim('Backups made while it was encrypted stay encrypted; `peerpath backups restore` asks for the passphrase.'),
  );
}
