import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';
import { dueLine, parseRemindState, parseRemindTime, REMIND_LINE, remindStateFor, serializeRemindState } from '../../src/core/remind.js';
import { crontabLine, crontabWith, crontabWithout, installPlan, launchdPlist, systemdUnits } from '../../src/core/remind-schedule.js';

const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi);

describe('parseRemindTime', () => {
  it('takes HH:MM on a 24-hour clock and pads the hour', () => {
    expect(parseRemindTime('20:00')).toBe('20:00');
    expect(parseRemindTime('7:05')).toBe('07:05');
    expect(parseRemindTime(' 00:00 ')).toBe('00:00');
    expect(parseRemindTime('23:59')).toBe('23:59');
  });

  it.each(['25:00', '24:00', '20:60', '8pm', '2000', '', '20:0', 'ab:cd', '-1:00'])('refuses %j with a usage error', (bad) => {
    let err: unknown;
    try {
      parseRemindTime(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(ExitCode.usage);
    expect((err as PeerpathError).message).toContain('HH:MM');
  });

  it('accepts exactly the 1440 minutes of a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const t = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(parseRemindTime(t)).toBe(t);
      }),
    );
  });
});

describe('the state file', () => {
  it('round-trips and rejects what this version did not write', () => {
    const s = { time: '20:00', lastCheckinDay: '2026-11-30' };
    expect(parseRemindState(serializeRemindState(s))).toEqual(s);
    expect(parseRemindState(serializeRemindState({ time: '08:15', lastCheckinDay: null }))).toEqual({ time: '08:15', lastCheckinDay: null });
    for (const bad of ['', '{', 'null', '[]', '{"time":"25:00","lastCheckinDay":null}', '{"time":"20:00","lastCheckinDay":"yesterday"}', '{"time":"20:00"}']) {
      expect(parseRemindState(bad)).toBeNull();
    }
  });

  it('is kept only while a reminder is set, with the latest day that has an entry', () => {
    const entries = [{ at: '2026-11-28T09:00:00.000+01:00' }, { at: '2026-11-30T23:30:00.000-05:00' }, { at: '2026-11-29T10:00:00.000+01:00' }];
    expect(remindStateFor({ entries, config: {} })).toBeNull();
    expect(remindStateFor({ entries, config: { remind: '20:00' } })).toEqual({ time: '20:00', lastCheckinDay: '2026-11-30' });
    expect(remindStateFor({ entries: [], config: { remind: '20:00' } })).toEqual({ time: '20:00', lastCheckinDay: null });
  });
});

describe('dueLine', () => {
  const state = (lastCheckinDay: string | null) => ({ time: '20:00', lastCheckinDay });

  it('is the kind line once the time has passed and there is no check-in today', () => {
    expect(dueLine(state('2026-11-30'), local(2026, 12, 1, 20, 0))).toBe(REMIND_LINE);
    expect(dueLine(state(null), local(2026, 12, 1, 23, 59))).toBe(REMIND_LINE);
  });

  it('is nothing before the time, after a check-in today, or with no reminder set', () => {
    expect(dueLine(state('2026-11-30'), local(2026, 12, 1, 19, 59))).toBeNull();
    expect(dueLine(state('2026-12-01'), local(2026, 12, 1, 21, 0))).toBeNull();
    expect(dueLine(state('2026-12-02'), local(2026, 12, 1, 21, 0))).toBeNull(); // checked in from a zone ahead
    expect(dueLine(null, local(2026, 12, 1, 21, 0))).toBeNull();
  });

  it('uses the local day and clock: 00:30 is a new day', () => {
    const s = { time: '00:15', lastCheckinDay: '2026-11-30' };
    expect(dueLine(s, local(2026, 12, 1, 0, 30))).toBe(REMIND_LINE);
    expect(dueLine(s, local(2026, 11, 30, 23, 50))).toBeNull();
  });

  it('has no streaks, counts or alarm words', () => {
    expect(REMIND_LINE).not.toMatch(/streak|\d|miss|fail|!|urgent|warning/i);
  });
});

const input = { time: '20:30', node: '/usr/bin/node', bin: '/opt/peer path/bin/peerpath.js', dataDir: '/home/a/100% data' };

describe('systemd units', () => {
  const { service, timer } = systemdUnits(input);

  it('runs the reminder daily at the time, catching up after the machine was off', () => {
    expect(timer).toContain('OnCalendar=*-*-* 20:30:00\n');
    expect(timer).toContain('Persistent=true\n');
    expect(timer).toContain('WantedBy=timers.target');
    expect(service).toContain('Type=oneshot');
    // Quoted for spaces; % doubled (systemd specifiers).
    expect(service).toContain('ExecStart=/usr/bin/node "/opt/peer path/bin/peerpath.js" --data-dir "/home/a/100%% data" remind --notify\n');
  });

  const analyze = '/usr/bin/systemd-analyze';
  it.skipIf(!existsSync(analyze))('pass systemd-analyze verify', () => {
    // A folder with a space and a % in its name, to check the quoting as systemd reads it.
    const base = mkdtempSync(join(tmpdir(), 'peerpath-units-'));
    const dir = join(base, 'peer path 100%');
    try {
      mkdirSync(join(base, 'runtime'), { mode: 0o700 });
      mkdirSync(dir);
      const units = systemdUnits({ ...input, node: process.execPath, bin: join(dir, 'peerpath.js'), dataDir: dir });
      writeFileSync(join(dir, 'peerpath.js'), '');
      writeFileSync(join(dir, 'peerpath-remind.service'), units.service);
      writeFileSync(join(dir, 'peerpath-remind.timer'), units.timer);
      // --user needs a runtime directory, which a test machine without a login session lacks.
      const r = spawnSync(analyze, ['verify', '--user', join(dir, 'peerpath-remind.timer'), join(dir, 'peerpath-remind.service')], {
        encoding: 'utf8',
        env: { ...process.env, XDG_RUNTIME_DIR: join(base, 'runtime') },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // And it does complain about a broken unit, so the check above means something.
      writeFileSync(join(dir, 'broken.timer'), units.timer.replace('20:30:00', '25:30:00'));
      const bad = spawnSync(analyze, ['verify', '--user', join(dir, 'broken.timer')], { encoding: 'utf8', env: { ...process.env, XDG_RUNTIME_DIR: join(base, 'runtime') } });
      expect(bad.status).not.toBe(0);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('launchd and cron', () => {
  it('the plist names the command and the time', () => {
    const plist = launchdPlist({ ...input, time: '07:05' });
    expect(plist).toContain('<key>Hour</key>\n    <integer>7</integer>');
    expect(plist).toContain('<key>Minute</key>\n    <integer>5</integer>');
    expect(plist).toContain('<string>/opt/peer path/bin/peerpath.js</string>');
    expect(plist).toContain('<string>--notify</string>');
  });

  it('the crontab line runs at the minute and hour, with % escaped for cron', () => {
    const line = crontabLine(input);
    expect(line.startsWith("30 20 * * * /usr/bin/node '/opt/peer path/bin/peerpath.js' --data-dir '/home/a/100\\% data' remind --notify")).toBe(true);
  });

  it('adding and removing our line leaves every other line as it was', () => {
    const line = crontabLine(input);
    const mine = '# my jobs\n0 1 * * * backup.sh\n';
    const withOurs = crontabWith(mine, line);
    expect(withOurs).toBe(`${mine}${line}\n`);
    expect(crontabWith(withOurs, line)).toBe(withOurs); // no second copy
    expect(crontabWithout(withOurs)).toBe(mine);
    expect(crontabWith('', line)).toBe(`${line}\n`);
  });
});

describe('installPlan', () => {
  const base = { ...input, home: '/home/a', xdgConfigHome: null };
  it('systemd: two units under the user config, then enable the timer', () => {
    const plan = installPlan({ ...base, kind: 'systemd' });
    expect(plan.files.map((f) => f.path)).toEqual(['/home/a/.config/systemd/user/peerpath-remind.service', '/home/a/.config/systemd/user/peerpath-remind.timer']);
    expect(plan.activate.at(-1)).toEqual(['systemctl', '--user', 'enable', '--now', 'peerpath-remind.timer']);
    expect(installPlan({ ...base, kind: 'systemd', xdgConfigHome: '/cfg' }).files[0]!.path).toBe('/cfg/systemd/user/peerpath-remind.service');
  });
  it('launchd: one agent; cron: no file, one line', () => {
    expect(installPlan({ ...base, kind: 'launchd' }).files.map((f) => f.path)).toEqual(['/home/a/Library/LaunchAgents/org.peerpath.remind.plist']);
    const cron = installPlan({ ...base, kind: 'cron' });
    expect(cron.files).toEqual([]);
    expect(cron.cronLine).toBe(crontabLine(input));
  });
});
