import type { Command } from 'commander';
import { addEntryFlags, collect, examples, type Act } from './shared.js';

/** check-ins, the journal, doctor, config. */
export function defineJournalCommands(program: Command, act: Act): void {
  addEntryFlags(
    program
      .command('checkin')
      .description('log how you feel: guided prompts in a terminal, or flags')
      .addHelpText('before', examples(
        'peerpath checkin                                  # guided: mood, then extras you can skip with Enter',
        'peerpath checkin --mood 4 --tags sleep,walk --energy 2',
        'peerpath checkin --mood 6 --note - < note.txt     # the note from a file or a pipe',
        'peerpath checkin --mood 5 --at "yesterday 21:00"',
      )),
  ).action(act('checkin'));

  const journal = program
    .command('journal')
    .alias('log')
    .description('your check-ins, oldest first')
    .addHelpText('before', examples(
      'peerpath journal --last 10',
      'peerpath journal --from 2026-11-01 --tag walk',
      'peerpath journal --search "slept" --max-mood 4',
      'peerpath journal show k3x9      # any unique start of an id',
      'peerpath journal --json | jq length',
    ))
    .option('--from <date>', 'from this day (2026-11-01, "30 days ago", "last monday")')
    .option('--to <date>', 'up to and including this day')
    .option('--last <n>', 'only the newest N entries')
    .option('--tag <tag>', 'only entries with this tag (repeat or comma-separate for any of several)', collect)
    .option('--search <text>', 'only entries whose note, tags or feelings contain this text')
    .option('--min-mood <n>', 'only entries with mood at least N')
    .option('--max-mood <n>', 'only entries with mood at most N')
    .option('--json', 'print a JSON array of entries')
    .action(act('journal list'));

  journal
    .command('show')
    .description('one entry in full')
    .argument('<id>', 'entry id or a unique start of it')
    .option('--json', 'print the entry as JSON')
    .addHelpText('before', examples('peerpath journal show k3x9q2', 'peerpath journal show k3 --json'))
    .action(act('journal show'));

  addEntryFlags(
    journal
      .command('edit')
      .description('change an entry: flags, or prompts filled with its current values')
      .argument('<id>', 'entry id or a unique start of it')
      .addHelpText('before', examples('peerpath journal edit k3x9 --mood 5 --tags walk', 'peerpath journal edit k3x9          # prompts, prefilled')),
  ).action(act('journal edit'));

  journal
    .command('delete')
    .description('delete an entry (asks first; a backup is kept)')
    .argument('<id>', 'entry id or a unique start of it')
    .option('--yes', 'do not ask to confirm')
    .addHelpText('before', examples('peerpath journal delete k3x9', 'peerpath journal delete k3x9 --yes'))
    .action(act('journal delete'));

  program
    .command('doctor')
    .description('where your data lives, and whether it is healthy')
    .option('--json', 'print the report as JSON')
    .addHelpText('before', examples('peerpath doctor', 'peerpath --data-dir ~/notes/peerpath doctor --json'))
    .action(act('doctor'));

  const config = program
    .command('config')
    .description('settings (country)')
    .addHelpText('before', examples('peerpath config set country UK', 'peerpath config get country', 'peerpath config list'));
  config.command('get').argument('<key>').option('--json', 'print as JSON').description('show one setting')
    .addHelpText('before', examples('peerpath config get country', 'peerpath config get country --json'))
    .action(act('config get'));
  config.command('set').argument('<key>').argument('<value>').description('change a setting')
    .addHelpText('before', examples('peerpath config set country UK', 'peerpath config set country ca     # stored as CA'))
    .action(act('config set'));
  config.command('unset').argument('<key>').description('clear a setting')
    .addHelpText('before', examples('peerpath config unset country'))
    .action(act('config unset'));
  config.command('list', { isDefault: true }).option('--json', 'print as JSON').description('all settings')
    .addHelpText('before', examples('peerpath config list', 'peerpath config list --json'))
    .action(act('config list'));
}
