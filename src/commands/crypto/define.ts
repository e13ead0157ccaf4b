import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const encryptCommand = (parent: Parent) =>
  parent
    .command('encrypt')
    .description('encrypt your journal and its backups with a passphrase (scrypt + AES-256-GCM)')
    .addHelpText('before', examples(
      'peerpath encrypt                                  # asks for a passphrase twice (hidden)',
      'peerpath --passphrase-file ~/.peerpath-pass encrypt',
      'PEERPATH_PASSPHRASE_FILE=~/.peerpath-pass peerpath journal',
      'peerpath encrypt --change                         # a new passphrase (asks the current one first)',
    ))
    .option('--change', 'change the passphrase of an encrypted journal (backups follow)')
    .option('--new-passphrase-file <file>', 'with --change: read the new passphrase from this file')
    .addHelpText('after', '\nThe passphrase is never taken from the command line. Without it nobody, you included, can open\nthe journal again: keep it somewhere safe.');
export type EncryptOptions = OptionsOf<typeof encryptCommand>;

/** `peerpath encrypt` and `peerpath decrypt` (opt-in encryption at rest): see ./run.ts. */
export function defineCrypto(parent: Parent, invoke: Invoke): void {
  encryptCommand(parent).action((opts, cmd) => invoke(cmd, run, 'encrypt', opts));
  parent
    .command('decrypt')
    .description('store your journal as plain text again (asks for the passphrase)')
    .addHelpText('before', examples('peerpath decrypt', 'peerpath --passphrase-file ~/.peerpath-pass decrypt'))
    .addHelpText('after', '\nBackups made while the journal was encrypted stay encrypted.')
    .action((_opts, cmd) => invoke(cmd, run, 'decrypt'));
}
