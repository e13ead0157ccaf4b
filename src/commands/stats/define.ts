import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const statsCommand = (parent: Parent) =>
  parent
    .command('stats')
    .description('what your check-ins show: mood, trend, and what goes with better or worse days')
    .addHelpText('before', examples(
      'peerpath stats                        # the last 30 days',
      'peerpath stats --last 12w',
      'peerpath stats --from 2026-01-01 --to 2026-03-31',
      'peerpath stats --all                  # from your first check-in to your last',
      'peerpath stats --json | jq .mood',
    ))
    .addHelpText('after', '\nComparisons such as "days with walk vs. without" show what went together, not\nwhat caused what. A tag is compared once it has 3 days with it and 3 without.')
    .option('--from <date>', 'from this day (2026-11-01, "30 days ago", "last monday")')
    .option('--to <date>', 'up to and including this day (default: today)')
    .option('--last <span>', 'the last N days, or a span: 2w, 30d, 6m, 1y (ending today or --to; default 30d)')
    .option('--all', 'from the first check-in to the last')
    .option('--json', 'print the stats as a JSON object');
export type StatsOptions = OptionsOf<typeof statsCommand>;

/** `peerpath stats`: see ./run.ts. */
export function defineStats(parent: Parent, invoke: Invoke): void {
  statsCommand(parent).action((opts, cmd) => invoke(cmd, run, 'stats', opts));
}
