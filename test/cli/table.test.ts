/**
 * The commander table test: parse argv with the real program (createProgram) and a recording
 * dispatch, and check what each command receives. Nothing runs; no files are touched.
 */
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { NOT_MEDICAL_ADVICE } from '../../src/cli.js';
import { parse } from './parse.js';

type Row = [argv: string[], name: string, args: string[], opts: Record<string, unknown>, global?: Record<string, unknown>];

const DEFAULT_GLOBALS = { input: true, color: true };

const rows: Row[] = [
  // main.ts adds the hidden `menu` when `peerpath` runs alone in a terminal
  [['menu'], 'menu', [], {}],
  [['--no-input', 'menu'], 'menu', [], {}, { input: false }],
  [['checkin'], 'checkin', [], {}],
  [
    ['checkin', '--mood', '6', '--energy', '2', '--anxiety', '3', '--sleep', '7.5', '--emotions', 'hopeful,calm', '--tags', 'walk,sleep',
      '--note', '-', '--attended', 'nami-connection', '--at', 'yesterday 21:00', '--private', '--json'],
    'checkin',
    [],
    { mood: '6', energy: '2', anxiety: '3', sleep: '7.5', emotions: 'hopeful,calm', tags: 'walk,sleep', note: '-', attended: 'nami-connection', at: 'yesterday 21:00', private: true, json: true },
  ],
  [['checkin', '--mood=4', '--note', 'a --tricky note'], 'checkin', [], { mood: '4', note: 'a --tricky note' }],
  [['checkin', '--mood', '4.5'], 'checkin', [], { mood: '4.5' }], // commander passes strings; the command validates
  [['checkin', '--mood', '-1'], 'checkin', [], { mood: '-1' }],
  [['--data-dir', '/tmp/pp', 'checkin', '--mood', '5'], 'checkin', [], { mood: '5' }, { dataDir: '/tmp/pp' }],
  [['--data-dir=/tmp/pp', 'doctor'], 'doctor', [], {}, { dataDir: '/tmp/pp' }],
  [['checkin', '--data-dir', '/tmp/after', '--mood', '5'], 'checkin', [], { mood: '5' }, { dataDir: '/tmp/after' }],
  [['--no-input', 'checkin'], 'checkin', [], {}, { input: false, color: true }],
  [['--no-color', 'journal'], 'journalList', [], {}, { input: true, color: false }],
  [['--no-input', '--no-color', '--debug', 'doctor', '--json'], 'doctor', [], { json: true }, { input: false, color: false, debug: true }],
  [['--passphrase-file', '/tmp/pass', 'journal'], 'journalList', [], {}, { passphraseFile: '/tmp/pass' }],
  [['journal'], 'journalList', [], {}],
  [['log'], 'journalList', [], {}],
  [['log', '--last', '3'], 'journalList', [], { last: '3' }],
  [
    ['journal', '--from', '2026-11-01', '--to', 'yesterday', '--search', 'slept', '--min-mood', '2', '--max-mood', '8', '--json'],
    'journalList',
    [],
    { from: '2026-11-01', to: 'yesterday', search: 'slept', minMood: '2', maxMood: '8', json: true },
  ],
  [['journal', '--tag', 'walk'], 'journalList', [], { tag: ['walk'] }],
  [['journal', '--tag', 'walk', '--tag', 'group,sleep'], 'journalList', [], { tag: ['walk', 'group,sleep'] }],
  [['journal', 'show', 'k3'], 'journalShow', ['k3'], {}],
  [['journal', 'show', 'k3', '--json'], 'journalShow', ['k3'], { json: true }],
  [['log', 'show', 'k3x9q2'], 'journalShow', ['k3x9q2'], {}],
  [['journal', 'edit', 'k3', '--mood', '4', '--tags', 'walk'], 'journalEdit', ['k3'], { mood: '4', tags: 'walk' }],
  [['journal', 'edit', 'k3'], 'journalEdit', ['k3'], {}],
  [['journal', 'edit', 'k3', '--energy', '', '--note', '-', '--at', '3 days ago', '--json'], 'journalEdit', ['k3'], { energy: '', note: '-', at: '3 days ago', json: true }],
  [['journal', 'delete', 'k3'], 'journalDelete', ['k3'], {}],
  [['journal', 'delete', 'k3', '--yes'], 'journalDelete', ['k3'], { yes: true }],
  // issue 14: quick entry, `last`, the editor, --full, --no-pager, --no-private
  [['checkin', '6'], 'checkin', ['6'], {}],
  [['checkin', '6', '--tags', 'walk', '--editor'], 'checkin', ['6'], { tags: 'walk', editor: true }],
  [['checkin', 'six'], 'checkin', ['six'], {}], // the run function refuses it (exit 2)
  [['journal', '--full'], 'journalList', [], { full: true }],
  [['journal', '--no-pager'], 'journalList', [], {}, { pager: false }],
  [['--no-pager', 'journal', 'show', 'last'], 'journalShow', ['last'], {}, { pager: false }],
  [['journal', 'edit', 'last', '--editor'], 'journalEdit', ['last'], { editor: true }],
  [['journal', 'edit', 'last', '--no-private'], 'journalEdit', ['last'], { private: false }],
  [['journal', 'edit', 'last', '--private'], 'journalEdit', ['last'], { private: true }],
  [['journal', 'delete', 'last', '--yes'], 'journalDelete', ['last'], { yes: true }],
  [['doctor'], 'doctor', [], {}],
  [['doctor', '--json'], 'doctor', [], { json: true }],
  [['config'], 'configList', [], {}],
  [['config', 'list', '--json'], 'configList', [], { json: true }],
  [['config', 'get', 'country'], 'configGet', ['country'], {}],
  [['config', 'get', 'country', '--json'], 'configGet', ['country'], { json: true }],
  [['config', 'set', 'country', 'UK'], 'configSet', ['country', 'UK'], {}],
  [['config', 'unset', 'country'], 'configUnset', ['country'], {}],
];

describe('argv → command, args, options, globals', () => {
  it.each(rows)('%j → %s %j %j', async (argv, name, args, opts, global) => {
    const r = await parse(argv);
    expect(r.error).toBeNull();
    expect(r.err).toBe('');
    expect(r.calls).toHaveLength(1);
    const { run: got, positional, opts: given, global: globals } = r.calls[0]!;
    expect(got).toBe(name);
    expect(positional).toEqual(args);
    expect(given).toEqual(opts);
    expect(globals).toMatchObject(global ?? DEFAULT_GLOBALS);
    if (!global || !('dataDir' in global)) expect(globals.dataDir).toBeUndefined();
  });
});

describe('usage errors are CommanderErrors (exit 2 in main), and nothing is dispatched', () => {
  it.each([
    [['--bogus'], 'commander.unknownOption', "unknown option '--bogus'"],
    [['checkin', '--bogus'], 'commander.unknownOption', "unknown option '--bogus'"],
    [['checkin', '--moood', '5'], 'commander.unknownOption', '--mood'], // with a suggestion
    [['journal', '--nope'], 'commander.unknownOption', "'--nope'"],
    [['journal', 'show', 'k3', '--yes'], 'commander.unknownOption', "'--yes'"],
    [['journal', 'delete', 'k3', '--force'], 'commander.unknownOption', "'--force'"],
    [['doctor', '--verbose'], 'commander.unknownOption', "'--verbose'"],
    [['checkin', '--mood'], 'commander.optionMissingArgument', '--mood'],
    [['journal', '--last'], 'commander.optionMissingArgument', '--last'],
    [['--data-dir'], 'commander.optionMissingArgument', '--data-dir'],
    [['journal', 'show'], 'commander.missingArgument', "'id'"],
    [['journal', 'edit'], 'commander.missingArgument', "'id'"],
    [['journal', 'delete'], 'commander.missingArgument', "'id'"],
    [['config', 'set', 'country'], 'commander.missingArgument', "'value'"],
    [['journal', 'show', 'a', 'b'], 'commander.excessArguments', 'too many arguments'],
    [['frobnicate'], 'commander.unknownCommand', "unknown command 'frobnicate'"],
    [['checkn'], 'commander.unknownCommand', 'Did you mean checkin?'],
  ])('%j → %s', async (argv, code, text) => {
    const r = await parse(argv);
    expect(r.error).toBeInstanceOf(CommanderError);
    expect(r.error!.code).toBe(code);
    expect(r.error!.exitCode).not.toBe(0);
    expect(r.err).toContain(text);
    expect(r.err.startsWith('peerpath: '), r.err).toBe(true); // our words, not commander's "error:"
    expect(r.calls).toEqual([]);
  });
});

describe('help', () => {
  it('top-level help leads with examples and says, in one line, that it is not medical advice', async () => {
    const r = await parse(['--help']);
    expect(r.error?.code).toBe('commander.helpDisplayed');
    expect(r.calls).toEqual([]);
    expect(r.out).toContain(NOT_MEDICAL_ADVICE);
    expect(r.out.split('\n').filter((l) => l.includes('not a substitute for professional care'))).toHaveLength(1);
    expect(r.out.indexOf('Examples:')).toBeLessThan(r.out.indexOf('Usage:'));
    for (const flag of ['--data-dir', '--no-input', '--no-color', '--passphrase-file']) expect(r.out).toContain(flag);
  });

  it.each([
    [['checkin', '--help'], ['--mood', '--note', '--at', '--private', '--json', 'yesterday 21:00']],
    [['journal', '--help'], ['--from', '--to', '--last', '--tag', '--search', '--min-mood', '--max-mood', '--json', 'show', 'edit', 'delete']],
    [['log', '--help'], ['--from']],
    [['journal', 'show', '--help'], ['--json']],
    [['journal', 'edit', '--help'], ['--mood', '--at']],
    [['journal', 'delete', '--help'], ['--yes']],
    [['doctor', '--help'], ['--json']],
    [['config', '--help'], ['set', 'get', 'list', 'country']],
    [['config', 'get', '--help'], ['--json']],
    [['config', 'set', '--help'], ['country']],
    [['config', 'unset', '--help'], ['country']],
    [['config', 'list', '--help'], ['--json']],
  ])('%j leads with examples', async (argv, mentions) => {
    const r = await parse(argv);
    expect(r.error?.code).toBe('commander.helpDisplayed');
    expect(r.calls).toEqual([]);
    expect(r.out.trimStart().startsWith('Examples:')).toBe(true);
    expect(r.out).toMatch(/ {2}peerpath /);
    for (const m of mentions) expect(r.out).toContain(m);
  });

  it('--version prints the version', async () => {
    const r = await parse(['--version']);
    expect(r.error?.code).toBe('commander.version');
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
