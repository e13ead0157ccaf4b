import { Option, type Command } from 'commander';
import { examples, type Act } from './shared.js';

/** stats, calendar, export, import: seeing and sharing the journal. */
export function defineInsightCommands(program: Command, act: Act): void {
  program
    .command('stats')
    .description('what your check-ins show: mood, trend, and what goes with better or worse days')
    .addHelpText('before', examples(
      'peerpath stats                        # the last 30 days',
      'peerpath stats --last 12w',
      'peerpath stats --from 2026-01-01 --to 2026-03-31',
      'peerpath stats --json | jq .mood',
    ))
    .addHelpText('after', '\nComparisons such as "days with walk vs. without" show what went together, not\nwhat caused what. A tag is compared once it has 3 days with it and 3 without.')
    .option('--from <date>', 'from this day (2026-11-01, "30 days ago", "last monday")')
    .option('--to <date>', 'up to and including this day (default: today)')
    .option('--last <span>', 'a span ending today (or --to): 30d, 12w, 6m, 1y (default 30d)')
    .option('--json', 'print the stats as a JSON object')
    .action(act('stats'));

  program
    .command('calendar')
    .description("a year of days, each shown by that day's average mood")
    .addHelpText('before', examples('peerpath calendar', 'peerpath calendar --year 2025', 'peerpath --no-color calendar   # digits only'))
    .option('--year <year>', 'which year (default: this year)')
    .option('--json', 'print each day with check-ins as JSON')
    .action(act('calendar'));

  program
    .command('export')
    .description('a summary or full copy to share: Markdown, CSV, JSON or a self-contained HTML report')
    .addHelpText('before', examples(
      'peerpath export --format md > summary.md     # last 30 days, to share',
      'peerpath export --format html --output report.html',
      'peerpath export --format csv --from 2026-01-01 --no-notes',
      'peerpath export --format json --include-private --output all.json',
    ))
    .addHelpText('after', '\nPrivate entries are left out unless --include-private. md and html cover the\nlast 30 days by default; csv and json cover everything (json is what `import`\nreads back). An existing --output file is never overwritten without --force.')
    .addOption(new Option('--format <format>', 'what to write (default: from the --output extension)').choices(['md', 'csv', 'json', 'html']))
    .option('--from <date>', 'from this day')
    .option('--to <date>', 'up to and including this day')
    .option('--last <span>', 'a span ending today (or --to): 30d, 12w, 6m, 1y')
    .option('--output <file>', 'write to this file (readable only by you); - or none: standard output')
    .option('--force', 'overwrite --output if it exists')
    .option('--include-private', 'include entries marked private')
    .option('--no-notes', 'leave notes out')
    .action(act('export'));

  program
    .command('import')
    .description('bring in a peerpath JSON export or a Daylio CSV export (merges; never duplicates)')
    .argument('<file>', 'the file to import (- reads standard input)')
    .addHelpText('before', examples(
      'peerpath import backup.json',
      'peerpath import daylio_export.csv --dry-run',
      'peerpath import daylio_export.csv --mood-map "great=9,fine=6,rough=3"',
    ))
    .addHelpText('after', '\nDaylio moods map to 1–10 as rad=10 good=8 meh=5 bad=3 awful=1; --mood-map adds\nor changes names. If any row is invalid nothing is written, unless\n--skip-invalid. Importing the same file again adds nothing.')
    .addOption(new Option('--format <format>', 'what the file is (default: detected from its content)').choices(['json', 'daylio']))
    .option('--dry-run', 'show what would be added; change nothing')
    .option('--mood-map <map>', 'Daylio mood names to levels, e.g. "great=9,okay=6"')
    .option('--skip-invalid', 'import the valid rows even if some are invalid')
    .option('--json', 'print the result as a JSON object')
    .action(act('import'));
}
