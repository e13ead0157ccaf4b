/**
 * `peerpath remind` through the built binary: set / off / --if-due (the tiny state file), the
 * install plan with --dry-run, install and uninstall into a temporary home, and bad input.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMIND_LINE } from '../../src/core/remind.js';
import { run, useTempDataDirs } from './helpers.js';

const newDir = useTempDataDirs();

describe('remind set / off / --if-due', () => {
  it('refuses a time that is not HH:MM with one line and exit 2, writing nothing', () => {
    const dir = newDir();
    for (const bad of ['25:00', '8pm', '20:60']) {
      const r = run(dir, ['remind', 'set', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^peerpath: A reminder time is HH:MM/);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(dir)).toBe(false);
  });

  it('prints the line when due, nothing after a check-in today, nothing once turned off; always exit 0', () => {
    const dir = newDir();
    expect(run(dir, ['remind', '--if-due'])).toEqual({ code: 0, stdout: '', stderr: '' }); // no reminder set

    const set = run(dir, ['remind', 'set', '0:00']);
    expect(set.code).toBe(0);
    expect(set.stderr).toContain('Reminder set for 00:00');
    expect(run(dir, ['config', 'get', 'remind']).stdout.trim()).toBe('00:00');
    expect(statSync(join(dir, 'remind.json')).mode & 0o777).toBe(0o600);

    expect(run(dir, ['remind', '--if-due'])).toEqual({ code: 0, stdout: `${REMIND_LINE}\n`, stderr: '' });
    // The same answer through commander (a flag the fast path leaves to it).
    expect(run(dir, ['--debug', 'remind', '--if-due']).stdout).toBe(`${REMIND_LINE}\n`);

    // Yesterday's check-in does not count for today; today's does.
    expect(run(dir, ['--no-input', 'checkin', '--mood', '5', '--at', 'yesterday']).code).toBe(0);
    expect(run(dir, ['remind', '--if-due']).stdout).toBe(`${REMIND_LINE}\n`);
    expect(run(dir, ['--no-input', 'checkin', '--mood', '5']).code).toBe(0);
    expect(run(dir, ['remind', '--if-due'])).toEqual({ code: 0, stdout: '', stderr: '' });

    const off = run(dir, ['remind', 'off']);
    expect(off.code).toBe(0);
    expect(existsSync(join(dir, 'remind.json'))).toBe(false);
    expect(run(dir, ['config', 'get', 'remind']).stderr).toContain('not set');
  });

  it('stays quiet and exits 0 when the state file is damaged or the folder is unreadable', () => {
    const dir = newDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'remind.json'), '{"time": "00:00", "lastC');
    expect(run(dir, ['remind', '--if-due'])).toEqual({ code: 0, stdout: '', stderr: '' });
    writeFileSync(join(dir, 'journal.json'), 'not json at all');
    expect(run(dir, ['remind', '--if-due']).code).toBe(0);
  });

  it('config set remind is the same setting, checked the same way', () => {
    const dir = newDir();
    expect(run(dir, ['config', 'set', 'remind', '24:00']).code).toBe(2);
    expect(run(dir, ['config', 'set', 'remind', '21:30']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'remind.json'), 'utf8'))).toEqual({ time: '21:30', lastCheckinDay: null });
    expect(run(dir, ['remind']).stdout).toContain('Reminder at 21:30');
  });
});

describe('remind --notify (what the scheduler runs)', () => {
  it('sends the line through notify-send when there is one, else prints it; nothing when not due', () => {
    const dir = newDir();
    const bin = join(dir, '..', 'bin');
    mkdirSync(bin, { recursive: true });
    const log = join(dir, '..', 'notify.log');
    const noNotify = { PATH: '/usr/bin:/bin' };
    run(dir, ['remind', 'set', '00:00']);
    expect(run(dir, ['remind', '--notify'], { env: noNotify })).toEqual({ code: 0, stdout: `${REMIND_LINE}\n`, stderr: '' });

    writeFileSync(join(bin, 'notify-send'), `#!/bin/sh\nprintf '%s|' "$@" > '${log}'\n`);
    chmodSync(join(bin, 'notify-send'), 0o755);
    const sent = run(dir, ['remind', '--notify'], { env: { PATH: `${bin}:/usr/bin:/bin` } });
    expect(sent).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(log, 'utf8')).toBe(`--app-name=peerpath|peerpath|${REMIND_LINE}|`);

    run(dir, ['--no-input', 'checkin', '--mood', '5']);
    expect(run(dir, ['remind', '--notify'], { env: noNotify })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('remind shell', () => {
  it('prints a hook for each shell and refuses others', () => {
    const dir = newDir();
    expect(run(dir, ['remind', 'shell', 'bash']).stdout).toContain('PROMPT_COMMAND=');
    expect(run(dir, ['remind', 'shell', 'zsh']).stdout).toContain('add-zsh-hook precmd __peerpath_remind');
    expect(run(dir, ['remind', 'shell', 'fish']).stdout).toContain('--on-event fish_prompt');
    const bad = run(dir, ['remind', 'shell', 'tcsh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^peerpath: /);
  });
});

describe('remind install / uninstall', () => {
  /** A temporary home, and a PATH whose only systemctl records its arguments (the real one would reach the user's session). */
  function sandbox() {
    const dir = newDir();
    const base = join(dir, '..');
    const home = join(base, 'home');
    const bin = join(base, 'bin');
    mkdirSync(home, { recursive: true });
    mkdirSync(bin, { recursive: true });
    const log = join(base, 'systemctl.log');
    writeFileSync(join(bin, 'systemctl'), `#!/bin/sh\necho "$@" >> '${log}'\n`);
    chmodSync(join(bin, 'systemctl'), 0o755);
    const env = { HOME: home, XDG_CONFIG_HOME: undefined, PATH: `${bin}:/usr/bin:/bin` };
    const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
    return { dir, home, env, calls, unitDir: join(home, '.config/systemd/user') };
  }

  it('needs a time first', () => {
    const s = sandbox();
    const r = run(s.dir, ['remind', 'install', '--scheduler', 'systemd'], { env: s.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('peerpath remind set 20:00');
  });

  it('--dry-run prints every file and writes nothing', () => {
    const s = sandbox();
    run(s.dir, ['remind', 'set', '20:15']);
    const before = readdirSync(s.dir).sort();
    const r = run(s.dir, ['remind', 'install', '--dry-run', '--scheduler', 'systemd'], { env: s.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Would write ${join(s.unitDir, 'peerpath-remind.service')}:`);
    expect(r.stdout).toContain(`Would write ${join(s.unitDir, 'peerpath-remind.timer')}:`);
    expect(r.stdout).toContain('OnCalendar=*-*-* 20:15:00');
    expect(r.stdout).toContain('Persistent=true');
    expect(r.stdout).toMatch(/ExecStart=\S*node\S* \S*peerpath\.js --data-dir \S+ remind --notify/);
    expect(r.stderr).toContain('Nothing was written');
    expect(existsSync(join(s.home, '.config'))).toBe(false);
    expect(readdirSync(s.dir).sort()).toEqual(before);
    expect(s.calls()).toEqual([]);
  });

  it('install writes and enables the units; uninstall removes exactly them', () => {
    const s = sandbox();
    run(s.dir, ['remind', 'set', '20:15']);
    mkdirSync(s.unitDir, { recursive: true });
    writeFileSync(join(s.unitDir, 'mine.service'), '[Service]\n');

    const r = run(s.dir, ['remind', 'install', '--scheduler', 'systemd'], { env: s.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Writing ');
    expect(readFileSync(join(s.unitDir, 'peerpath-remind.timer'), 'utf8')).toContain('OnCalendar=*-*-* 20:15:00');
    expect(s.calls()).toEqual(['--user daemon-reload', '--user enable --now peerpath-remind.timer']);
    expect(r.stderr).toContain('Installed');

    const u = run(s.dir, ['remind', 'uninstall'], { env: s.env });
    expect(u.code, u.stderr).toBe(0);
    expect(readdirSync(s.unitDir)).toEqual(['mine.service']);
    expect(s.calls().slice(2)).toEqual(['--user disable --now peerpath-remind.timer', '--user daemon-reload']);
    expect(run(s.dir, ['remind', 'uninstall'], { env: s.env }).stderr).toContain('Nothing to remove');
  });
});

describe('completion', () => {
  it('refuses a shell it does not support', () => {
    const r = run(newDir(), ['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^peerpath: .*tcsh/);
    expect(r.stdout).toBe('');
  });
});
