/** Commander table test for `questionnaire` (alias `q`) and `questionnaire list`: what each run function receives. */
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';

const rows: [argv: string[], name: string, args: string[], opts: Record<string, unknown>][] = [
  [['questionnaire', 'phq9'], 'questionnaire', ['phq9'], {}],
  [['q', 'gad7'], 'questionnaire', ['gad7'], {}],
  [['q', 'PHQ-2', '--answers', '1,0', '--json'], 'questionnaire', ['PHQ-2'], { answers: '1,0', json: true }],
  [['q', 'bdi'], 'questionnaire', ['bdi'], {}], // the run function names the four
  [['questionnaire', 'list'], 'questionnaireList', [], {}],
  [['q', 'list', '--json'], 'questionnaireList', [], { json: true }],
];

describe('questionnaire: argv → dispatch', () => {
  it.each(rows)('%j', async (argv, name, args, opts) => {
    const r = await parse(argv);
    expect(r.error).toBeNull();
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]!.run).toBe(name);
    expect(r.calls[0]!.positional).toEqual(args);
    expect(r.calls[0]!.opts).toEqual(opts);
  });

  it.each([[['questionnaire']], [['q', 'phq9', '--answers']], [['q', 'phq9', '--bogus']]])('refuses %j before dispatching', async (argv) => {
    const r = await parse(argv);
    expect(r.error).toBeInstanceOf(CommanderError);
    expect(r.calls).toEqual([]);
  });

  it('--help has examples first, the answer labels and the attribution', async () => {
    const r = await parse(['questionnaire', '--help']);
    expect(r.out.startsWith('Examples:')).toBe(true);
    expect(r.out).toContain('0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day');
    expect(r.out).toContain('with an educational grant from Pfizer Inc.');
  });
});
