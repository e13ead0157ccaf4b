import { Option } from '@commander-js/extra-typings';
import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const importCommand = (parent: Parent) =>
  parent
    .command('import')
    .description('bring in a peerpath JSON export or a Daylio CSV export (merges; never duplicates)')
    .argument('<file>', 'the file to import (- reads standard input)')
    .addHelpText('before', examples(
      'peerpath import backup.json',
      'peerpath import daylio_export.csv --dry-run',
      'peerpath import daylio_export.csv --mood-map "great=9,fine=6,rough=3"',
    ))
    .addHelpText('after', '\nDaylio moods map to 1–10 as rad=10 good=8 meh=5 bad=3 awful=1; --mood-map adds\nor changes names (importing again with it sets those moods\' levels again). If any\nrow is invalid nothing is written, unless --skip-invalid. Importing the same file\nagain adds nothing. A Daylio file without its header row needs --format daylio.')
    .addOption(new Option('--format <format>', 'what the file is (default: detected from its content)').choices(['json', 'daylio'] as const))
    .option('--dry-run', 'summarise what would be added; change nothing')
    .option('--mood-map <map>', 'Daylio mood names to levels, e.g. "great=9,okay=6"')
    .option('--skip-invalid', 'import the valid rows even if some are invalid')
    .option('--json', 'print the result as a JSON object');
export type ImportOptions = OptionsOf<typeof importCommand>;

/** `peerpath import FILE`: see ./run.ts. */
export function defineImport(parent: Parent, invoke: Invoke): void {
  importCommand(parent).action((file, opts, cmd) => invoke(cmd, run, 'importCommand', file, opts));
}
