import type { Command } from 'commander';
import { examples, type Act } from './shared.js';

/** encrypt / decrypt: opt-in encryption at rest. */
export function defineDataCommands(program: Command, act: Act): void {
  program
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
    .addHelpText('after', '\nThe passphrase is never taken from the command line. Without it nobody, you included, can open\nthe journal again: keep it somewhere safe.')
    .action(act('encrypt'));
  program
    .command('decrypt')
    .description('store your journal as plain text again (asks for the passphrase)')
    .addHelpText('before', examples('peerpath decrypt', 'peerpath --passphrase-file ~/.peerpath-pass decrypt'))
    .addHelpText('after', '\nBackups made while the journal was encrypted stay encrypted.')
    .action(act('decrypt'));
}
