/**
 * The completion scripts and the prompt hooks in the real shells: bash (its completion function
 * called with COMP_WORDS, and the hook at a prompt in a pseudo-terminal), fish (`complete -C`, and
 * the hook at a prompt), zsh (Tab and the hook, both in a pseudo-terminal).
 *
 * A shell that is not installed is skipped with one line saying so, unless PEERPATH_REQUIRE_SHELLS=1
 * (CI), where its absence fails the run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import pty from 'node-pty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMIND_LINE } from '../../src/core/remind.js';
import { BIN, cleanEnv, run, tempDataDir } from './helpers.js';

function findShell(name: string): string | null {
  const r = spawnSync('/bin/sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = r.status === 0 ? r.stdout.trim() : null;
  if (!path) {
    if (process.env.PEERPATH_REQUIRE_SHELLS === '1') throw new Error(`${name} is required here (PEERPATH_REQUIRE_SHELLS=1) but not installed: apt-get install -y ${name}`);
    console.warn(`skipping the ${name} tests: ${name} is not installed (apt-get install -y ${name}; PEERPATH_REQUIRE_SHELLS=1 makes this an error)`);
  }
  return path;
}
const BASH = findShell('bash');
const ZSH = findShell('zsh');
const FISH = findShell('fish');

// One data folder for the file: a reminder at 00:00 (due all day), yesterday's check-in with tags
// (so the reminder is due and tags exist), and one of the person's own groups.
let t: ReturnType<typeof tempDataDir>;
let dir: string;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  t = tempDataDir();
  dir = t.dir;
  const bin = join(dir, '..', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'peerpath'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(join(bin, 'peerpath'), 0o755);
  for (const args of [
    ['remind', 'set', '00:00'],
    ['--no-input', 'checkin', '--mood', '6', '--tags', 'walk,group', '--at', 'yesterday'],
    ['--no-input', 'programs', 'add', '--name', 'Tuesday circle'],
  ]) {
    const r = run(dir, args);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  // Each script generated once by the real binary, then sourced by its shell.
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = run(null, ['completion', shell]);
    if (r.code !== 0) throw new Error(`completion ${shell}: ${r.stderr}`);
    writeFileSync(script(shell), r.stdout);
  }
  env = cleanEnv({ PATH: `${bin}:/usr/bin:/bin`, HOME: join(dir, '..'), TERM: 'xterm', XDG_CONFIG_HOME: undefined });
});
afterAll(() => t?.cleanup());
const script = (shell: string) => join(dir, '..', `completion.${shell}`);

/** A shell in a pseudo-terminal: type into it and wait for text on its screen. */
function shellPty(file: string, args: string[]) {
  const term = pty.spawn(file, args, { cols: 200, rows: 40, cwd: join(dir, '..'), env: env as Record<string, string> });
  let out = '';
  term.onData((d) => (out += d));
  const text = () => stripVTControlCharacters(out);
  return {
    type: (s: string) => term.write(s),
    text,
    /** Wait for `pattern` on the screen after `from` characters; reject with the screen after 45 s (a busy machine). */
    until: (pattern: RegExp, from = 0) =>
      new Promise<void>((resolve, reject) => {
        const stop = setTimeout(() => {
          clearInterval(poll);
          reject(new Error(`timed out waiting for ${pattern}; screen:\n${text()}`));
        }, 45_000);
        const poll = setInterval(() => {
          if (pattern.test(text().slice(from))) {
            clearTimeout(stop);
            clearInterval(poll);
            resolve();
          }
        }, 25);
      }),
    kill: () => term.kill(),
  };
}

const LINE = new RegExp(REMIND_LINE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

describe.skipIf(!BASH)('bash', () => {
  /** COMPREPLY for a command line (the last word is the one being completed). */
  const complete = (...words: string[]) => {
    const code = `source '${script('bash')}'
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _peerpath
printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync(BASH!, ['--norc', '--noprofile', '-c', code], { env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout.split('\n').filter(Boolean);
  };

  it('completes commands, subcommands, flags, facet values, program ids and tags', () => {
    expect(complete('peerpath', 'pro')).toEqual(['programs']);
    expect(complete('peerpath', 'log', 's')).toEqual(['show']); // through the alias
    expect(complete('peerpath', 'remind', '')).toEqual(expect.arrayContaining(['set', 'off', 'shell', 'install', 'uninstall']));
    expect(complete('peerpath', 'journal', 'show', '--j')).toEqual(['--json']);
    expect(complete('peerpath', 'programs', '--format', 'online-')).toEqual(['online-video', 'online-forum']);
    expect(complete('peerpath', 'programs', '--focus', 'grief,bi')).toEqual(['grief,bipolar']);
    expect(complete('peerpath', 'programs', '--format', 'phone,ch')).toEqual(['phone,chat']);
    expect(complete('peerpath', 'export', '--format', '')).toEqual(['md', 'csv', 'json', 'html']);
    expect(complete('peerpath', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(complete('peerpath', 'programs', 'show', 'smart-')).toEqual(['smart-recovery']);
    expect(complete('peerpath', '--data-dir', dir, 'programs', 'remove', 'my-')).toEqual(['my-tuesday-circle']);
    expect(complete('peerpath', '--data-dir', dir, 'checkin', '--tags', 'wa')).toEqual(['walk']);
    expect(complete('peerpath', '--data-dir', dir, 'journal', '--tag', '')).toEqual(['group', 'walk']);
    expect(complete('peerpath', '--data-dir', `'${dir}'`, 'checkin', '--tags', 'gr')).toEqual(['group']); // quoted as typed
    expect(complete('peerpath', '__com')).toEqual([]); // hidden
  });

  it('the prompt hook prints the line at the next prompt, once, and nothing after a check-in today', { timeout: 120_000 }, async () => {
    const sh = shellPty(BASH!, ['--norc', '--noprofile', '-i']);
    try {
      sh.type(`eval "$(peerpath --data-dir '${dir}' remind shell bash)"\r`);
      await sh.until(LINE);
      const after = sh.text().length;
      sh.type('echo next-$((40+2))\r');
      await sh.until(/next-42/, after);
      expect(sh.text().slice(after)).not.toMatch(LINE); // once a day per shell
    } finally {
      sh.kill();
    }
    const today = tempDataDir();
    try {
      run(today.dir, ['remind', 'set', '00:00']);
      run(today.dir, ['--no-input', 'checkin', '--mood', '5']);
      const r = spawnSync(BASH!, ['--norc', '--noprofile', '-c', `eval "$(peerpath --data-dir '${today.dir}' remind shell bash)"; eval "$PROMPT_COMMAND"; echo done`], { env, encoding: 'utf8' });
      expect(r.stdout).toBe('done\n');
    } finally {
      today.cleanup();
    }
  });
});

describe.skipIf(!FISH)('fish', () => {
  const complete = (line: string) => {
    const r = spawnSync(FISH!, ['--no-config', '-c', `source '${script('fish')}'; complete -C ${JSON.stringify(line)}`], { env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
  };

  it('completes commands, flags, facet values, program ids and tags', () => {
    expect(complete('peerpath pro')).toEqual(['programs']);
    expect(complete('peerpath log sh')).toEqual(['show']);
    expect(complete('peerpath journal show --j')).toEqual(['--json']);
    expect(complete('peerpath programs --audience vet')).toEqual(['veterans']);
    expect(complete('peerpath programs show smart-')).toEqual(['smart-recovery']);
    expect(complete(`peerpath --data-dir ${dir} checkin --tags wa`)).toEqual(['walk']);
    expect(complete('peerpath completion ')).toEqual(['bash', 'fish', 'zsh']);
  });

  it('the prompt hook prints the line at the next prompt', { timeout: 120_000 }, async () => {
    const sh = shellPty(FISH!, ['--no-config', '-i']);
    try {
      sh.type(`peerpath --data-dir '${dir}' remind shell fish | source\r`);
      await sh.until(LINE);
    } finally {
      sh.kill();
    }
  });
});

describe.skipIf(!ZSH)('zsh', () => {
  it('completes on Tab, and the prompt hook prints the line at the next prompt', { timeout: 180_000 }, async () => {
    const sh = shellPty(ZSH!, ['-f', '-i']);
    try {
      sh.type(`PS1='%% '; autoload -Uz compinit && compinit -u -D; eval "$(peerpath --data-dir '${dir}' remind shell zsh)"\r`);
      await sh.until(LINE);
      sh.type(`source '${script('zsh')}'; echo ready-$((40+2))\r`);
      await sh.until(/ready-42/);
      const tab = async (typed: string, expected: RegExp) => {
        const from = sh.text().length;
        sh.type(`${typed}\t`);
        await sh.until(expected, from);
        sh.type('\u0015'); // Ctrl+U: clear the line for the next one
      };
      await tab('peerpath jou', /peerpath journal /);
      await tab('peerpath programs show smart-rec', /smart-recovery /);
      await tab('peerpath programs --format in-', /--format in-person /);
      await tab(`peerpath --data-dir '${dir}' checkin --tags wa`, /--tags walk/);
    } finally {
      sh.kill();
    }
  });
});
