import { addEntryFlags } from '../entry-flags.js';
import { collect, examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const listCommand = (parent: Parent) =>
  parent
    .command('journal')
    .alias('log')
    .description('your check-ins, oldest first')
    .addHelpText('before', examples(
      'peerpath journal --last 10',
      'peerpath journal --last 2w                # the last two weeks',
      'peerpath journal --from 2026-11-01 --tag walk',
      'peerpath journal --search "slept" --max-mood 4',
      'peerpath journal --full --last 3          # whole notes and feeling words',
      'peerpath journal show k3x9      # any unique start of an id',
      'peerpath journal show last      # the most recent entry',
      'peerpath journal --json | jq length',
    ))
    .option('--from <date>', 'from this day (2026-11-01, "30 days ago", "last monday")')
    .option('--to <date>', 'up to and including this day')
    .option('--last <n>', 'the newest N entries, or a span: 2w, 30d, 6m, 1y')
    .option('--tag <tag>', 'only entries with this tag (repeat or comma-separate for any of several)', collect)
    .option('--search <text>', 'only entries whose note, tags or feelings contain this text')
    .option('--min-mood <n>', 'only entries with mood at least N')
    .option('--max-mood <n>', 'only entries with mood at most N')
    .option('--full', 'whole notes, feeling words and the other fields, under each entry')
    .option('--json', 'print a JSON array of entries');
export type JournalListOptions = OptionsOf<typeof listCommand>;

const showCommand = (journal: Parent) =>
  journal
    .command('show')
    .description('one entry in full')
    .argument('<id>', 'entry id, a unique start of it, or "last" (the most recent)')
    .option('--json', 'print the entry as JSON')
    .addHelpText('before', examples('peerpath journal show k3x9q2', 'peerpath journal show k3 --json', 'peerpath journal show last'));
export type JournalShowOptions = OptionsOf<typeof showCommand>;

const editCommand = (journal: Parent) =>
  addEntryFlags(
    journal
      .command('edit')
      .description('change an entry: flags, or prompts filled with its current values')
      .argument('<id>', 'entry id, a unique start of it, or "last" (the most recent)')
      .addHelpText('before', examples(
        'peerpath journal edit k3x9 --mood 5 --tags walk',
        'peerpath journal edit k3x9          # prompts, prefilled',
        'peerpath journal edit last --editor # the latest note in your $EDITOR',
        'peerpath journal edit last --no-private',
      )),
  ).option('--no-private', 'include this entry in exports again');
export type JournalEditOptions = OptionsOf<typeof editCommand>;

const deleteCommand = (journal: Parent) =>
  journal
    .command('delete')
    .description('delete an entry (asks first; a backup is kept)')
    .argument('<id>', 'entry id, a unique start of it, or "last" (the most recent)')
    .option('--yes', 'do not ask to confirm')
    .addHelpText('before', examples('peerpath journal delete k3x9', 'peerpath journal delete last --yes'));
export type JournalDeleteOptions = OptionsOf<typeof deleteCommand>;

/** `peerpath journal` (alias `log`) and its subcommands show, edit, delete: see ./run.ts. */
export function defineJournal(parent: Parent, invoke: Invoke): void {
  const journal = listCommand(parent).action((opts, cmd) => invoke(cmd, run, 'journalList', opts));
  showCommand(journal).action((id, opts, cmd) => invoke(cmd, run, 'journalShow', id, opts));
  editCommand(journal).action((id, opts, cmd) => invoke(cmd, run, 'journalEdit', id, opts));
  deleteCommand(journal).action((id, opts, cmd) => invoke(cmd, run, 'journalDelete', id, opts));
}
