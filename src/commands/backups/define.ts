import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const listCommand = (backups: Parent) =>
  backups
    .command('list', { isDefault: true })
    .description('backups, newest first')
    .option('--json', 'print a JSON array')
    .option('--count', 'count the entries of encrypted backups too (slow: one key derivation each)');
export type BackupsListOptions = OptionsOf<typeof listCommand>;

const restoreCommand = (backups: Parent) =>
  backups
    .command('restore')
    .description('bring back a backup (the current journal is backed up first)')
    .argument('<id>', 'backup id or a unique start of it')
    .option('--yes', 'do not ask to confirm');
export type BackupsRestoreOptions = OptionsOf<typeof restoreCommand>;

/** `peerpath backups` list / restore: see ./run.ts. */
export function defineBackups(parent: Parent, invoke: Invoke): void {
  const backups = parent
    .command('backups')
    .description('the saved states kept beside your journal (last 10 saves, one a day for 14 days)')
    .addHelpText('before', examples('peerpath backups list', 'peerpath backups list --json', 'peerpath backups restore 20261123T223001123Z-ab12'));
  listCommand(backups).action((opts, cmd) => invoke(cmd, run, 'backupsList', opts));
  restoreCommand(backups).action((id, opts, cmd) => invoke(cmd, run, 'backupsRestore', id, opts));
}
