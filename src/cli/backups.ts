import type { Command } from 'commander';
import { examples, type Act } from './shared.js';

/** backups list / restore */
export function defineBackupCommands(program: Command, act: Act): void {
  const backups = program
    .command('backups')
    .description('the saved states kept beside your journal (last 10 saves, one a day for 14 days)')
    .addHelpText('before', examples('peerpath backups list', 'peerpath backups list --json', 'peerpath backups restore 20261123T223001123Z-ab12'));
  backups.command('list', { isDefault: true }).description('backups, newest first').option('--json', 'print a JSON array').option('--count', 'count the entries of encrypted backups too (slow: one key derivation each)').action(act('backups list'));
  backups
    .command('restore')
    .description('bring back a backup (the current journal is backed up first)')
    .argument('<id>', 'backup id or a unique start of it')
    .option('--yes', 'do not ask to confirm')
    .action(act('backups restore'));
}
