/**
 * Commander table test for stats, calendar, export and import: what each command receives, and
 * which argv commander itself refuses (exit 2 via CommanderError, nothing dispatched).
 */
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';

const rows: [argv: string[], name: string, args: string[], opts: Record<string, unknown>][] = [
  [['stats'], 'stats', [], {}],
  [['stats', '--last', '12w', '--json'], 'stats', [], { last: '12w', json: true }],
  [['stats', '--from', '2026-01-01', '--to', 'yesterday'], 'stats', [], { from: '2026-01-01', to: 'yesterday' }],
  [['calendar'], 'calendar', [], {}],
  [['calendar', '--year', '2025'], 'calendar', [], { year: '2025' }],
  [['export', '--format', 'md'], 'exportCommand', [], { format: 'md', notes: true }],
  [
    ['export', '--format', 'html', '--from', '2026-01-01', '--to', '2026-02-01', '--output', 'r.html', '--force', '--include-private', '--no-notes'],
    'exportCommand', [], { format: 'html', from: '2026-01-01', to: '2026-02-01', output: 'r.html', force: true, includePrivate: true, notes: false },
  ],
  [['export', '--format', 'csv', '--last', '6m'], 'exportCommand', [], { format: 'csv', last: '6m', notes: true }],
  [['export', '--format', 'json', '--all', '--exclude-private'], 'exportCommand', [], { format: 'json', all: true, excludePrivate: true, notes: true }],
  [['stats', '--all', '--json'], 'stats', [], { all: true, json: true }],
  [['import', 'backup.json'], 'importCommand', ['backup.json'], {}],
  [
    ['import', 'daylio.csv', '--format', 'daylio', '--dry-run', '--mood-map', 'great=9,meh=5', '--skip-invalid', '--json'],
    'importCommand', ['daylio.csv'], { format: 'daylio', dryRun: true, moodMap: 'great=9,meh=5', skipInvalid: true, json: true },
  ],
  [['import', '-'], 'importCommand', ['-'], {}],
];

describe('insights commands: argv → dispatch', () => {
  it.each(rows)('%j', async (argv, name, args, opts) => {
    const r = await parse(argv);
    expect(r.error).toBeNull();
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]!.run).toBe(name);
    expect(r.calls[0]!.positional).toEqual(args);
    expect(r.calls[0]!.opts).toEqual(opts);
  });

  it.each([
    [['export', '--format', 'pdf']],
    [['import', 'f.csv', '--format', 'xlsx']],
    [['import']],
    [['stats', '--bogus']],
    [['calendar', '--year']],
  ])('refuses %j before dispatching', async (argv) => {
    const r = await parse(argv);
    expect(r.error).toBeInstanceOf(CommanderError);
    expect(r.calls).toEqual([]);
  });

  it('every insights command has --help with examples first', async () => {
    for (const cmd of ['stats', 'calendar', 'export', 'import']) {
      const r = await parse([cmd, '--help']);
      expect(r.out.startsWith('Examples:'), cmd).toBe(true);
      expect(r.out).toContain(`peerpath ${cmd}`);
    }
  });
});
