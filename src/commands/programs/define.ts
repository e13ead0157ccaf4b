import type { Command, OptionValues } from '@commander-js/extra-typings';
import { FACETS, PEER_LED_FLAG, SEARCH_FLAG } from '../../directory/facets.js';
import { collect, examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

// `peerpath programs` and its subcommands; each subcommand's run function has its own module here.
const list = () => import('./list.js');
const show = () => import('./show.js');
const match = () => import('./match.js');
const saved = () => import('./saved.js');
const own = () => import('./own.js');
const guide = () => import('./guide.js');
const browse = () => import('./browse.js');

/**
 * The filter flags shared by `programs`, `programs match` and `programs browse` (match words them as
 * preferences), each from the FACETS table: its flag string and its help.
 */
function addFilterFlags<A extends unknown[], O extends OptionValues, G extends OptionValues>(cmd: Command<A, O, G>, match = false) {
  const help = (f: { help: string; matchHelp: string }) => (match ? f.matchHelp : f.help);
  return cmd
    .option(FACETS.format.flag, help(FACETS.format), collect)
    .option(FACETS.focus.flag, help(FACETS.focus), collect)
    .option(FACETS.audience.flag, help(FACETS.audience), collect)
    .option(FACETS.country.flag, help(FACETS.country), collect)
    .option(FACETS.cost.flag, help(FACETS.cost), collect)
    .option(FACETS.language.flag, help(FACETS.language), collect)
    .option(PEER_LED_FLAG.flag, help(PEER_LED_FLAG))
    .option(SEARCH_FLAG.flag, help(SEARCH_FLAG));
}
export type FilterFlags = ReturnType<ReturnType<typeof addFilterFlags<[], {}, {}>>['opts']>;

const listCommand = (programs: Parent) =>
  addFilterFlags(
    programs
      .command('list', { isDefault: true })
      .description('list programs as a table that fits the terminal (the default)')
      .addHelpText('before', examples(
        'peerpath programs list --format in-person --country US --focus depression',
        'peerpath programs --audience families-carers --peer-led',
        'peerpath programs --mine                # groups you added',
        'peerpath programs --json | jq length',
      )),
  )
    .option('--saved', 'only programs you saved (with --mine: your saved and own groups)')
    .option('--mine', 'only groups you added yourself')
    .option('--json', 'print a JSON array of programs');
export type ProgramsListOptions = OptionsOf<typeof listCommand>;

const showCommand = (programs: Parent) =>
  programs
    .command('show')
    .description('one program: how to reach it, who it is for, what it is, the sources and when they were checked')
    .argument('<id>', 'program id (see `peerpath programs`), or your own group (my-…)')
    .option('--json', 'print the program as JSON')
    .addHelpText('before', examples('peerpath programs show smart-recovery', 'peerpath programs show nami-connection --json'));
export type ProgramsShowOptions = OptionsOf<typeof showCommand>;

const matchCommand = (programs: Parent) =>
  addFilterFlags(
    programs
      .command('match')
      .description('answer a few questions (each skippable, each also a flag) and get a ranked list with reasons')
      .addHelpText('before', examples(
        'peerpath programs match                                   # guided questions',
        'peerpath programs match --format online --focus bipolar --country UK',
        'peerpath programs match --audience families-carers --cost free --json',
      ))
      .addHelpText(
        'after',
        '\nWith any of these flags, no questions are asked. Your configured country\n' +
          'comes first unless --country is given (--country all: every country).\n' +
          'Programs meant for a specific group (LGBTQ+, young people, veterans, women,\n' +
          'men, parents) are ranked when you name it with --audience, and listed apart\n' +
          'otherwise.',
      ),
    true,
  )
    .option('--saved', 'only among the programs you saved')
    .option('--limit <n>', 'show at most N programs (default 10; --json prints all unless --limit is given)')
    .option('--json', 'print a JSON array of programs, each with score, reasons and unknowns');
export type ProgramsMatchOptions = OptionsOf<typeof matchCommand>;

const addCommand = (programs: Parent) =>
  programs
    .command('add')
    .description('add a group of your own (asks, or use the flags); its id starts with my-')
    .option('--name <text>', 'what you call the group')
    .option('--when <text>', 'when it meets, e.g. "Tuesdays 7pm"')
    .option('--where <text>', 'where it meets, or a link')
    .option('--notes <text>', 'anything else you want to remember')
    .option('--json', 'print the added group as JSON')
    .addHelpText('before', examples(
      'peerpath programs add                     # asks for name, when, where, notes',
      'peerpath programs add --name "Tuesday circle" --when "Tuesdays 7pm" --where "Library, room 2"',
    ));
export type ProgramsAddOptions = OptionsOf<typeof addCommand>;

const removeCommand = (programs: Parent) =>
  programs
    .command('remove')
    .description('remove a group you added (bundled programs: use unsave)')
    .argument('<id>', 'your group id (my-…)')
    .option('--yes', 'do not ask to confirm')
    .addHelpText('before', examples('peerpath programs remove my-tuesday-circle'));
export type ProgramsRemoveOptions = OptionsOf<typeof removeCommand>;

const browseCommand = (programs: Parent) =>
  addFilterFlags(
    programs
      .command('browse')
      .description('interactive: pick filters, move through results, open one, save it (needs a terminal)')
      .addHelpText('before', examples('peerpath programs browse', 'peerpath programs browse --country UK')),
  );
export type ProgramsBrowseOptions = OptionsOf<typeof browseCommand>;

/** `peerpath programs` list / show / match / save / unsave / add / remove / guide / browse. */
export function definePrograms(parent: Parent, invoke: Invoke): void {
  const programs = parent
    .command('programs')
    .description('a directory of real peer support programs: browse, filter, match, save')
    .addHelpText('before', examples(
      'peerpath programs --format online --country UK',
      'peerpath programs --focus bipolar --cost free',
      'peerpath programs --search "hearing voices"',
      'peerpath programs match                 # a few questions, then a ranked list with reasons',
      'peerpath programs show dbsa-support-groups',
      'peerpath programs save dbsa-support-groups && peerpath programs --saved',
      'peerpath programs add --name "Tuesday circle" --when "Tuesdays 7pm" --where "Library"',
      'peerpath programs guide                 # what to look for when choosing one',
    ))
    .addHelpText('after', '\nFilters (details: `peerpath programs list --help`): --format --focus --audience --country --cost\n--language --peer-led --search --saved --mine --json. AND across flags, OR within one flag\n(--format phone,chat). Unknown facts show as "not stated".');

  listCommand(programs).action((opts, cmd) => invoke(cmd, list, 'programsList', opts));
  showCommand(programs).action((id, opts, cmd) => invoke(cmd, show, 'programsShow', id, opts));
  matchCommand(programs).action((opts, cmd) => invoke(cmd, match, 'programsMatch', opts));
  programs
    .command('save')
    .description('keep a program on your list')
    .argument('<id>', 'program id')
    .addHelpText('before', examples('peerpath programs save smart-recovery', 'peerpath programs --saved'))
    .action((id, _opts, cmd) => invoke(cmd, saved, 'programsSave', id));
  programs
    .command('unsave')
    .description('take a program off your list')
    .argument('<id>', 'program id')
    .addHelpText('before', examples('peerpath programs unsave smart-recovery'))
    .action((id, _opts, cmd) => invoke(cmd, saved, 'programsUnsave', id));
  addCommand(programs).action((opts, cmd) => invoke(cmd, own, 'programsAdd', opts));
  removeCommand(programs).action((id, opts, cmd) => invoke(cmd, own, 'programsRemove', id, opts));
  programs
    .command('guide')
    .description('what to look for when choosing a peer program')
    .addHelpText('before', examples('peerpath programs guide'))
    .action((_opts, cmd) => invoke(cmd, guide, 'programsGuide'));
  browseCommand(programs).action((opts, cmd) => invoke(cmd, browse, 'programsBrowse', opts));
}
