import { Option } from '@commander-js/extra-typings';
import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const exportCommand = (parent: Parent) =>
  parent
    .command('export')
    .description('a summary or full copy to share: Markdown, CSV, JSON or a self-contained HTML report')
    .addHelpText('before', examples(
      'peerpath export --format md > summary.md     # last 30 days, to share',
      'peerpath export --format html --output report.html',
      'peerpath export --format csv --from 2026-01-01 --no-notes',
      'peerpath export --format html --all --output report.html   # first check-in to last',
      'peerpath export --format json --output backup.json           # a full backup',
    ))
    .addHelpText('after', '\nmd, csv and html are for sharing: private entries are left out unless\n--include-private. json is a full backup (every entry, private ones too unless\n--exclude-private, and your settings, saved programs and own groups); `import`\nreads it back. md and html cover the last 30 days by default; csv and json cover\neverything. An existing --output file is never overwritten without --force.')
    .addOption(new Option('--format <format>', 'what to write (default: from the --output extension)').choices(['md', 'csv', 'json', 'html'] as const))
    .option('--from <date>', 'from this day')
    .option('--to <date>', 'up to and including this day')
    .option('--last <span>', 'the last N days, or a span: 2w, 30d, 6m, 1y')
    .option('--all', 'from the first check-in to the last')
    .option('--output <file>', 'write to this file (readable only by you); - or none: standard output')
    .option('--force', 'overwrite --output if it exists')
    .option('--include-private', 'md, csv, html: include entries marked private')
    .option('--exclude-private', 'json: leave entries marked private out of the backup')
    .option('--include-plan', 'md and html: add your plan for hard moments (json always has it; csv never)')
    .option('--no-notes', 'leave notes out');
export type ExportOptions = OptionsOf<typeof exportCommand>;

/** `peerpath export`: see ./run.ts. */
export function defineExport(parent: Parent, invoke: Invoke): void {
  exportCommand(parent).action((opts, cmd) => invoke(cmd, run, 'exportCommand', opts));
}
