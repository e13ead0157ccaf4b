import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const calendarCommand = (parent: Parent) =>
  parent
    .command('calendar')
    .description("a year of days, each shown by that day's average mood")
    .addHelpText('before', examples('peerpath calendar', 'peerpath calendar --year 2025', 'peerpath --no-color calendar   # digits only'))
    .option('--year <year>', 'which year (default: this year)')
    .option('--json', 'print each day with check-ins as JSON');
export type CalendarOptions = OptionsOf<typeof calendarCommand>;

/** `peerpath calendar`: see ./run.ts. */
export function defineCalendar(parent: Parent, invoke: Invoke): void {
  calendarCommand(parent).action((opts, cmd) => invoke(cmd, run, 'calendar', opts));
}
