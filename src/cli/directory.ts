import { Option, type Command } from 'commander';
import { collect, examples, type Act } from './shared.js';

const FORMAT_HELP = 'how it meets: in-person, online-video, online-forum, chat, phone, text, or online (= video, forum or chat); comma-separate or repeat for any of several';

/** The filter flags shared by `programs`, `programs match` and `programs browse`. */
function addFilterFlags(cmd: Command, opts: { match: boolean } = { match: false }): Command {
  cmd
    .option('--format <list>', FORMAT_HELP, collect)
    .option('--focus <list>', 'what it is about: general, depression, anxiety, bipolar, psychosis, co-occurring, substance-use, eating-disorders, grief, suicide-loss, suicide-prevention, postpartum', collect)
    .option('--audience <list>', 'who it is for: individuals, adults, young-people, families-carers, parents, veterans, lgbtq, women, men', collect)
    .option('--country <code>', 'two-letter country code (UK for the United Kingdom, GB works too); international programs match every country', collect)
    .option('--cost <list>', opts.match ? 'preferred cost: free, donation, paid, varies (raises the score; leaves nothing out)' : 'free, donation, paid, varies', collect)
    .option('--language <list>', 'a language it is offered in, e.g. Spanish or es (most programs do not state one)', collect)
    .option('--peer-led', opts.match ? 'prefer programs led by peers (raises the score; leaves nothing out)' : 'only programs stated to be led by peers');
  cmd.option('--search <text>', opts.match ? 'only programs whose name or description has these words (typos are fine)' : 'words to look for in names and descriptions (typos are fine)');
  return cmd;
}

/** programs (list, show, match, save, unsave, add, remove, guide, browse) and help-now. */
export function defineDirectoryCommands(program: Command, act: Act): void {
  const programs = program
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
    .option('--json', 'print a JSON array of programs')
    .action(act('programs list'));

  programs
    .command('show')
    .description('everything known about one program: the link, the source and when it was checked')
    .argument('<id>', 'program id (see `peerpath programs`), or your own group (my-…)')
    .option('--json', 'print the program as JSON')
    .addHelpText('before', examples('peerpath programs show smart-recovery', 'peerpath programs show nami-connection --json'))
    .action(act('programs show'));

  addFilterFlags(
    programs
      .command('match')
      .description('answer a few questions (each skippable, each also a flag) and get a ranked list with reasons')
      .addHelpText('before', examples(
        'peerpath programs match                                   # guided questions',
        'peerpath programs match --format online --focus bipolar --country UK',
        'peerpath programs match --audience families-carers --cost free --json',
      ))
      .addHelpText('after', '\nWith any of these flags, no questions are asked. Your configured country is used unless --country is given.'),
    { match: true },
  )
    .option('--saved', 'only among the programs you saved')
    .option('--limit <n>', 'show at most N programs (default 10; --json prints all unless --limit is given)')
    .option('--json', 'print a JSON array of programs, each with score, reasons and unknowns')
    .action(act('programs match'));

  programs
    .command('save')
    .description('keep a program on your list')
    .argument('<id>', 'program id')
    .addHelpText('before', examples('peerpath programs save smart-recovery', 'peerpath programs --saved'))
    .action(act('programs save'));

  programs
    .command('unsave')
    .description('take a program off your list')
    .argument('<id>', 'program id')
    .addHelpText('before', examples('peerpath programs unsave smart-recovery'))
    .action(act('programs unsave'));

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
    ))
    .action(act('programs add'));

  programs
    .command('remove')
    .description('remove a group you added (bundled programs: use unsave)')
    .argument('<id>', 'your group id (my-…)')
    .option('--yes', 'do not ask to confirm')
    .addHelpText('before', examples('peerpath programs remove my-tuesday-circle'))
    .action(act('programs remove'));

  programs
    .command('guide')
    .description('what to look for when choosing a peer program')
    .addHelpText('before', examples('peerpath programs guide'))
    .action(act('programs guide'));

  addFilterFlags(
    programs
      .command('browse')
      .description('interactive: pick filters, move through results, open one, save it (needs a terminal)')
      .addHelpText('before', examples('peerpath programs browse', 'peerpath programs browse --country UK')),
  ).action(act('programs browse'));

  program
    .command('help-now')
    .description('crisis and support lines for your country, and where to look in other countries')
    .addOption(new Option('--country <code>', 'two-letter country code (UK, US, CA, IE, AU, NZ …); default: `peerpath config get country`'))
    .option('--json', 'print the lines as JSON')
    .addHelpText('before', examples('peerpath help-now', 'peerpath help-now --country UK', 'peerpath config set country UK   # then help-now shows UK lines'))
    .action(act('help-now'));
}
