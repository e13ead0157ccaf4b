/** The CLI as a whole: help, version, unknown flags, exit codes, stdout/stderr, colour policy. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempDataDirs, useTempDirs } from './helpers.js';

const NOT_MEDICAL = 'not a substitute for professional care';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

const dataDir = useTempDataDirs();
const tempDir = useTempDirs('peerpath-cli-');

describe('help and version', () => {
  it('`peerpath` with no arguments and no TTY prints the help (exit 0) and creates nothing', () => {
    const dir = dataDir();
    for (const args of [[], ['--no-input'], ['--no-color']]) {
      const r = run(dir, args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: peerpath');
      expect(r.stdout).toContain(NOT_MEDICAL);
      expect(r.stderr).toBe('');
    }
    expect(existsSync(dir)).toBe(false);
  });

  it('--help leads with examples and says once, in one line, that it is not medical advice', () => {
    const r = run(null, ['--help']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.includes(NOT_MEDICAL))).toHaveLength(1);
    expect(lines.find((l) => l.includes(NOT_MEDICAL))).toMatch(/medical advice/);
    expect(r.stdout.indexOf('Examples:')).toBeLessThan(r.stdout.indexOf('Usage:'));
    for (const cmd of ['checkin', 'journal', 'doctor', 'config']) expect(r.stdout).toContain(cmd);
    for (const flag of ['--data-dir', '--no-input', '--no-color']) expect(r.stdout).toContain(flag);
    expect(run(null, ['-h']).stdout).toBe(r.stdout);
  });

  it.each([['checkin'], ['journal'], ['log'], ['journal', 'show'], ['journal', 'edit'], ['journal', 'delete'], ['doctor'], ['config'], ['config', 'get'], ['config', 'set'], ['config', 'unset'], ['config', 'list']])(
    '`%s --help` leads with examples',
    (...cmd) => {
      const r = run(null, [...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('Examples:\n  peerpath ')).toBe(true);
      expect(r.stderr).toBe('');
    },
  );

  it('--version prints the version', () => {
    const r = run(null, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('usage errors → exit 2, one line on stderr, nothing written', () => {
  it.each([
    [['--bogus']],
    [['checkin', '--bogus']],
    [['checkin', '--mood', '5', '--bogus']],
    [['journal', '--nope']],
    [['journal', 'show', 'x', '--yes']],
    [['doctor', '--verbose']],
    [['config', 'list', '--all']],
    [['checkin', '--mood']],
    [['journal', 'show']],
    [['frobnicate']],
  ])('%j', (args) => {
    const dir = dataDir();
    const r = run(dir, args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^peerpath: /);
    expect(r.stderr).not.toContain('Usage:'); // a short message, not the whole help
    expect(existsSync(dir)).toBe(false);
  });

  it('a close misspelling gets a suggestion', () => {
    const r = run(dataDir(), ['checkin', '--moood', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("peerpath: unknown option '--moood'\n(Did you mean --mood?)\n");
  });
});

describe('unexpected errors → exit 1 with a hint to rerun with --debug', () => {
  it('a data dir that is a file', () => {
    const base = tempDir();
    const file = join(base, 'not-a-dir');
    writeFileSync(file, 'x');
    const r = run(file, ['checkin', '--mood', '5']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^peerpath: /);
    expect(r.stderr).toContain('--debug');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack without --debug
    const debug = run(file, ['--debug', 'checkin', '--mood', '5']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('colour policy: no ANSI escapes when output is not a terminal', () => {
  function exercise(dir: string, extraArgs: string[], env: Record<string, string | undefined>) {
    const outs = [
      run(dir, [...extraArgs, 'checkin', '--mood', '2', '--tags', 'walk', '--note', 'hello'], { env }),
      run(dir, [...extraArgs, 'journal'], { env }),
      run(dir, [...extraArgs, 'journal', 'show', run(dir, ['journal', '--json']).stdout.match(/"id": "(\w+)"/)![1]!], { env }),
      run(dir, [...extraArgs, 'doctor'], { env }),
      run(dir, [...extraArgs, 'config'], { env }),
      run(dir, [...extraArgs, 'checkin', '--mood', '11'], { env }),
      run(dir, [...extraArgs, '--help'], { env }),
    ];
    for (const r of outs) {
      expect(r.stdout).not.toMatch(ANSI);
      expect(r.stderr).not.toMatch(ANSI);
    }
    expect(outs[1]!.stdout).toContain('#walk');
  }

  // Only the not-a-terminal case belongs here: every other switch (NO_COLOR, --no-color,
  // TERM=dumb) is tested where colour would otherwise be on, in a terminal (pty.test.ts).
  it('non-TTY, NO_COLOR unset, even with FORCE_COLOR and a colour terminal type', () => {
    exercise(dataDir(), [], { NO_COLOR: undefined, FORCE_COLOR: '3', COLORTERM: 'truecolor', TERM: 'xterm-256color' });
  });
});

describe('streams: data on stdout, messages on stderr', () => {
  it('checkin --json: stdout is only the JSON; confirmation on stderr', () => {
    const dir = dataDir();
    const r = run(dir, ['checkin', '--mood', '5', '--json']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toContain('Saved.');
  });

  it('errors never go to stdout', () => {
    const r = run(dataDir(), ['journal', 'show', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nope');
  });
});
