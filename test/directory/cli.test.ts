/**
 * What each directory command receives from commander: parse argv with the real program and a recording
 * dispatch. Nothing runs; no files are touched.
 */
import { CommanderError } from 'commander';
import { describe, expect, test } from 'vitest';
import { createProgram } from '../../src/cli.js';
import { parse } from '../cli/parse.js';

const rows: Array<[string[], string, string[], Record<string, unknown>]> = [
  [['programs'], 'programsList', [], {}],
  [['programs', 'list'], 'programsList', [], {}],
  [['programs', '--json'], 'programsList', [], { json: true }],
  [['programs', '--format', 'online', '--country', 'uk'], 'programsList', [], { format: ['online'], country: ['uk'] }],
  [['programs', '--format', 'phone', '--format', 'chat,text'], 'programsList', [], { format: ['phone', 'chat,text'] }],
  [
    ['programs', 'list', '--focus', 'bipolar', '--audience', 'veterans', '--cost', 'free', '--language', 'Spanish', '--peer-led', '--search', 'hearing voice', '--saved', '--mine'],
    'programsList',
    [],
    { focus: ['bipolar'], audience: ['veterans'], cost: ['free'], language: ['Spanish'], peerLed: true, search: 'hearing voice', saved: true, mine: true },
  ],
  [['programs', '--search', 'bipolr'], 'programsList', [], { search: 'bipolr' }],
  [['programs', 'show', 'smart-recovery'], 'programsShow', ['smart-recovery'], {}],
  [['programs', 'show', 'smart-recovery', '--json'], 'programsShow', ['smart-recovery'], { json: true }],
  [['programs', 'match'], 'programsMatch', [], {}],
  [
    ['programs', 'match', '--format', 'online', '--focus', 'grief', '--audience', 'parents', '--country', 'IE', '--cost', 'free', '--language', 'English', '--peer-led', '--limit', '5', '--json'],
    'programsMatch',
    [],
    { format: ['online'], focus: ['grief'], audience: ['parents'], country: ['IE'], cost: ['free'], language: ['English'], peerLed: true, limit: '5', json: true },
  ],
  [['programs', 'match', '--search', 'voices', '--saved'], 'programsMatch', [], { search: 'voices', saved: true }],
  [['programs', 'save', 'trevorspace'], 'programsSave', ['trevorspace'], {}],
  [['programs', 'unsave', 'trevorspace'], 'programsUnsave', ['trevorspace'], {}],
  [['programs', 'add'], 'programsAdd', [], {}],
  [
    ['programs', 'add', '--name', 'Circle', '--when', 'Tuesdays', '--where', 'https://example.org/room', '--notes', 'tea', '--json'],
    'programsAdd',
    [],
    { name: 'Circle', when: 'Tuesdays', where: 'https://example.org/room', notes: 'tea', json: true },
  ],
  [['programs', 'remove', 'my-circle', '--yes'], 'programsRemove', ['my-circle'], { yes: true }],
  [['programs', 'guide'], 'programsGuide', [], {}],
  [['programs', 'browse', '--country', 'UK'], 'programsBrowse', [], { country: ['UK'] }],
  [['help-now'], 'helpNow', [], {}],
  [['help-now', '--country', 'UK', '--json'], 'helpNow', [], { country: 'UK', json: true }],
  [['--data-dir', '/tmp/x', 'programs', '--saved'], 'programsList', [], { saved: true }],
];

describe('directory argv table', () => {
  test.each(rows)('%j → %s', async (argv, name, args, opts) => {
    const r = await parse(argv);
    expect(r.error, r.err).toBeNull();
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]!.run).toBe(name);
    expect(r.calls[0]!.positional).toEqual(args);
    expect(r.calls[0]!.opts).toEqual(opts);
  });

  test.each([
    [['programs', 'show']],
    [['programs', 'save']],
    [['programs', '--format']],
    [['programs', '--bogus']],
    [['help-now', '--format', 'phone']],
  ])('%j is a usage error', async (argv) => {
    const r = await parse(argv);
    expect(r.error).not.toBeNull();
    expect(r.calls).toEqual([]);
  });

  test('every directory command has --help with examples', () => {
    const program = createProgram(async () => undefined);
    const programs = program.commands.find((c) => c.name() === 'programs')!;
    for (const cmd of [programs, ...programs.commands, program.commands.find((c) => c.name() === 'help-now')!]) {
      let help = '';
      cmd.configureOutput({ writeOut: (s) => void (help += s) });
      cmd.outputHelp();
      expect(help, cmd.name()).toMatch(/Examples:\n {2}peerpath /);
    }
  });
});
