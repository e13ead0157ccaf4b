import { Option } from '@commander-js/extra-typings';
import { PLAN_KEYS } from '../../core/plan.js';
import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const showCommand = (parent: Parent) =>
  parent
    .command('plan')
    .description('your own plan for hard moments, in your own words')
    .option('--json', `print the plan as JSON (an object with ${PLAN_KEYS.join(', ')}, each a list)`)
    .addHelpText('before', examples(
      'peerpath plan                       # read it',
      'peerpath plan edit                  # one step at a time, every step skippable',
      'peerpath plan edit --add people "Sam: 07700 900123"',
      'peerpath plan export --format html --output plan.html   # a card to print or keep on a phone',
    ))
    .addHelpText('after', `\nSections: ${PLAN_KEYS.join(', ')}.\nThe plan is kept in your journal file (encrypted with it when encryption is on) and left out of\nmd, csv and html exports unless you pass --include-plan.`);
export type PlanShowOptions = OptionsOf<typeof showCommand>;

const editCommand = (plan: Parent) =>
  plan
    .command('edit')
    .description('write or change your plan: guided, or with --add / --remove and no questions')
    .option('--add <section-and-text...>', 'add TEXT to SECTION (repeatable); for people and professionals TEXT is "name: contact"')
    .option('--remove <section-and-number...>', 'remove item N (1-based, as `peerpath plan` numbers them) from SECTION (repeatable)')
    .addHelpText('before', examples(
      'peerpath plan edit',
      'peerpath plan edit --add copingAlone "a walk round the block"',
      'peerpath plan edit --add people "Sam: 07700 900123" --add reasons "my cat"',
      'peerpath plan edit --remove people 2',
    ));
export type PlanEditOptions = OptionsOf<typeof editCommand>;

const exportCommand = (plan: Parent) =>
  plan
    .command('export')
    .description('a one-page card of your plan: Markdown, or self-contained HTML to print')
    .addOption(new Option('--format <format>', 'md or html (default: from the --output extension)').choices(['md', 'html'] as const))
    .option('--output <file>', 'write to this file (readable only by you); - or none: standard output')
    .option('--force', 'overwrite --output if it exists')
    .addHelpText('before', examples('peerpath plan export --format html --output plan.html', 'peerpath plan export --format md > plan.md'));
export type PlanExportOptions = OptionsOf<typeof exportCommand>;

/** `peerpath plan`, `plan edit`, `plan export`: see ./run.ts. */
export function definePlan(parent: Parent, invoke: Invoke): void {
  const plan = showCommand(parent).action((opts, cmd) => invoke(cmd, run, 'planShow', opts));
  editCommand(plan).action((opts, cmd) => invoke(cmd, run, 'planEdit', opts));
  exportCommand(plan).action((opts, cmd) => invoke(cmd, run, 'planExport', opts));
}
