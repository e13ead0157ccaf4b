/**
 * What each directory command receives from commander: parse argv with the real program and a recording
 * dispatch. Nothing runs; no files are touched.
 */
import { Command, CommanderError } from 'commander';
import { describe, expect, test } from 'vitest';
import { createProgram } from '../../src/cli.js';
import type { Invocation } from '../../src/cli/shared.js';

function allCommands(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(allCommands)];
}

async function parse(argv: string[]): Promise<{ calls: { name: string; inv: Invocation }[]; error: CommanderError | null; err: string }> {
  const calls: { name: string; inv: Invocation }[] = [];
  const program = createProgram(async (name, inv) => {
    calls.push({ name, inv });
  });
  let err = '';
  for (const cmd of allCommands(program)) {
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: () => undefined, writeErr: (s) => void (err += s) });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { calls, error: null, err };
  } catch (e) {
    if (e instanceof CommanderError) return { calls, error: e, err };
    throw e;
  }
}

const rows: Array<[string[], string, string[], Record<string, unknown>]> = [
  [['programs'], 'programs list', [], {}],
  [['programs', 'list'], 'programs list', [], {}],
  [['programs', '--json'], 'programs list', [], { json: true }],
  [['programs', '--format', 'online', '--country', 'uk'], 'programs list', [], { format: ['online'], country: ['uk'] }],
  [['programs', '--format', 'phone', '--format', 'chat,text'], 'programs list', [], { format: ['phone', 'chat,text'] }],
  [
    ['programs', 'list', '--focus', 'bipolar', '--audience', 'veterans', '--cost', 'free', '--language', 'Spanish', '--peer-led', '--search', 'hearing voice', '--saved', '--mine'],
    'programs list',
    [],
    { focus: ['bipolar'], audience: ['veterans'], cost: ['free'], language: ['Spanish'], peerLed: true, search: 'hearing voice', saved: true, mine: true },
  ],
  [['programs', '--search', 'bipolr'], 'programs list', [], { search: 'bipolr' }],
  [['programs', 'show', 'smart-recovery'], 'programs show', ['smart-recovery'], {}],
  [['programs', 'show', 'smart-recovery', '--json'], 'programs show', ['smart-recovery'], { json: true }],
  [['programs', 'match'], 'programs match', [], {}],
  [
    ['programs', 'match', '--format', 'online', '--focus', 'grief', '--audience', 'parents', '--country', 'IE', '--cost', 'free', '--language', 'English', '--peer-led', '--limit', '5', '--json'],
    'programs match',
    [],
    { format: ['online'], focus: ['grief'], audience: ['parents'], country: ['IE'], cost: ['free'], language: ['English'], peerLed: true, limit: '5', json: true },
  ],
  [['programs', 'match', '--search', 'voices', '--saved'], 'programs match', [], { search: 'voices', saved: true }],
  [['programs', 'save', 'trevorspace'], 'programs save', ['trevorspace'], {}],
  [['programs', 'unsave', 'trevorspace'], 'programs unsave', ['trevorspace'], {}],
  [['programs', 'add'], 'programs add', [], {}],
  [
    ['programs', 'add', '--name', 'Circle', '--when', 'Tuesdays', '--where', 'https://example.org/room', '--notes', 'tea', '--json'],
    'programs add',
    [],
    { name: 'Circle', when: 'Tuesdays', where: 'https://example.org/room', notes: 'tea', json: true },
  ],
  [['programs', 'remove', 'my-circle', '--yes'], 'programs remove', ['my-circle'], { yes: true }],
  [['programs', 'guide'], 'programs guide', [], {}],
  [['programs', 'browse', '--country', 'UK'], 'programs browse', [], { country: ['UK'] }],
  [['help-now'], 'help-now', [], {}],
  [['help-now', '--country', 'UK', '--json'], 'help-now', [], { country: 'UK', json: true }],
  [['--data-dir', '/tmp/x', 'programs', '--saved'], 'programs list', [], { saved: true }],
];

describe('directory argv table', () => {
  test.each(rows)('%j → %s', async (argv, name, args, opts) => {
    const r = await parse(argv);
    expect(r.error, r.err).toBeNull();
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]!.name).toBe(name);
    expect(r.calls[0]!.inv.args).toEqual(args);
    expect(r.calls[0]!.inv.opts).toEqual(opts);
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
