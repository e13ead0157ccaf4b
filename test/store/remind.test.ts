import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installPlan } from '../../src/core/remind-schedule.js';
import { JournalStore } from '../../src/store/journal.js';
import { readRemindState } from '../../src/store/remind.js';
import { applyInstall, applyUninstall, MANIFEST_FILE, readManifest, type Runner } from '../../src/store/scheduler.js';
import { useTempDataDirs } from '../e2e/helpers.js';
import { entry } from '../fixtures/entries.js';

const newDir = useTempDataDirs();
/** A fresh temporary folder (removed after the test). */
const tempBase = () => join(newDir(), '..');

describe('remind.json follows the journal', () => {
  it('appears 0600 when a reminder is set, tracks the latest check-in day, and goes when it is unset', async () => {
    const dir = join(tempBase(), 'data');
    const store = new JournalStore({ dataDir: dir });
    await store.append((d) => void d.entries.push(entry({ id: 'a1', at: '2026-11-29T09:00:00.000+01:00', mood: 5 })));
    expect(existsSync(join(dir, 'remind.json'))).toBe(false); // nothing kept for people who never asked

    await store.update((d) => void (d.config['remind'] = '20:00'));
    expect(readRemindState(dir)).toEqual({ time: '20:00', lastCheckinDay: '2026-11-29' });
    expect(statSync(join(dir, 'remind.json')).mode & 0o777).toBe(0o600);

    await store.append((d) => void d.entries.push(entry({ id: 'b2', at: '2026-11-30T21:00:00.000+01:00', mood: 5 })));
    expect(readRemindState(dir)).toEqual({ time: '20:00', lastCheckinDay: '2026-11-30' });

    // A delete moves it back: the state is derived from the journal, not counted up.
    await store.update((d) => void (d.entries = d.entries.filter((e) => e.id !== 'b2')));
    expect(readRemindState(dir)?.lastCheckinDay).toBe('2026-11-29');

    await store.update((d) => void delete d.config['remind']);
    expect(existsSync(join(dir, 'remind.json'))).toBe(false);
  });

  it('reads as no reminder when the file is missing or damaged (a prompt hook never complains)', () => {
    const dir = tempBase();
    expect(readRemindState(dir)).toBeNull();
    writeFileSync(join(dir, 'remind.json'), '{"time":"20:00",');
    expect(readRemindState(dir)).toBeNull();
  });
});

/** A stand-in for the `crontab` program (-l / -): the crontab lives in memory. Other programs succeed. */
function fakeSystem(initialCrontab: string | null) {
  let crontab = initialCrontab;
  const calls: string[][] = [];
  const run: Runner = async (argv, input) => {
    calls.push([...argv]);
    if (argv[0] === 'crontab' && argv[1] === '-l') {
      return crontab === null ? { code: 1, stdout: '', stderr: 'no crontab for a' } : { code: 0, stdout: crontab, stderr: '' };
    }
    if (argv[0] === 'crontab' && argv[1] === '-') {
      crontab = input ?? '';
      return { code: 0, stdout: '', stderr: '' };
    }
    return { code: 0, stdout: '', stderr: '' };
  };
  return { run, calls, crontab: () => crontab };
}

describe('install and uninstall', () => {
  const schedule = (base: string) => ({ time: '20:00', node: '/usr/bin/node', bin: '/opt/peerpath/bin/peerpath.js', dataDir: join(base, 'data'), home: join(base, 'home'), xdgConfigHome: null });

  it('systemd: writes the units, enables the timer, and uninstall removes exactly those files', async () => {
    const base = tempBase();
    const s = schedule(base);
    const plan = installPlan({ ...s, kind: 'systemd' });
    const unitDir = join(s.home, '.config/systemd/user');
    mkdirSync(unitDir, { recursive: true });
    writeFileSync(join(unitDir, 'other.timer'), 'not ours');
    const sys = fakeSystem(null);

    const out = await applyInstall(s.dataDir, plan, sys.run);
    expect(out.written).toEqual(plan.files.map((f) => f.path));
    for (const f of plan.files) expect(readFileSync(f.path, 'utf8')).toBe(f.content);
    expect(statSync(join(s.dataDir, MANIFEST_FILE)).mode & 0o777).toBe(0o600);
    expect(sys.calls).toContainEqual(['systemctl', '--user', 'enable', '--now', 'peerpath-remind.timer']);

    const undone = await applyUninstall(s.dataDir, sys.run);
    expect(undone?.removed.sort()).toEqual(plan.files.map((f) => f.path).sort());
    expect(sys.calls).toContainEqual(['systemctl', '--user', 'disable', '--now', 'peerpath-remind.timer']);
    for (const f of plan.files) expect(existsSync(f.path)).toBe(false);
    expect(readFileSync(join(unitDir, 'other.timer'), 'utf8')).toBe('not ours');
    expect(await readManifest(s.dataDir)).toBeNull();
    expect(await applyUninstall(s.dataDir, sys.run)).toBeNull(); // nothing left to undo
  });

  it('never overwrites a file it did not write, and keeps one changed after install', async () => {
    const base = tempBase();
    const s = schedule(base);
    const plan = installPlan({ ...s, kind: 'systemd' });
    mkdirSync(join(s.home, '.config/systemd/user'), { recursive: true });
    writeFileSync(plan.files[1]!.path, '# someone else\n');
    await expect(applyInstall(s.dataDir, plan, fakeSystem(null).run)).rejects.toThrow(/not written by peerpath/);
    expect(readFileSync(plan.files[1]!.path, 'utf8')).toBe('# someone else\n');
    expect(existsSync(plan.files[0]!.path)).toBe(false);

    rmSync(plan.files[1]!.path);
    await applyInstall(s.dataDir, plan, fakeSystem(null).run);
    writeFileSync(plan.files[0]!.path, `${plan.files[0]!.content}# my change\n`);
    const undone = await applyUninstall(s.dataDir, fakeSystem(null).run);
    expect(undone?.keptChanged).toEqual([plan.files[0]!.path]);
    expect(existsSync(plan.files[0]!.path)).toBe(true);
    expect(existsSync(plan.files[1]!.path)).toBe(false);
  });

  it('a second install at a new time replaces our files (no conflict with itself)', async () => {
    const base = tempBase();
    const s = schedule(base);
    const sys = fakeSystem(null);
    await applyInstall(s.dataDir, installPlan({ ...s, kind: 'systemd' }), sys.run);
    const later = installPlan({ ...s, time: '21:15', kind: 'systemd' });
    await applyInstall(s.dataDir, later, sys.run);
    expect(readFileSync(later.files[1]!.path, 'utf8')).toContain('OnCalendar=*-*-* 21:15:00');
  });

  it('cron: adds one line and removes exactly that line', async () => {
    const base = tempBase();
    const s = schedule(base);
    const sys = fakeSystem('MAILTO=""\n0 1 * * * backup.sh\n');
    const plan = installPlan({ ...s, kind: 'cron' });
    await applyInstall(s.dataDir, plan, sys.run);
    expect(sys.crontab()).toBe(`MAILTO=""\n0 1 * * * backup.sh\n${plan.cronLine}\n`);
    await applyUninstall(s.dataDir, sys.run);
    expect(sys.crontab()).toBe('MAILTO=""\n0 1 * * * backup.sh\n');
  });

  it('reports a command that failed without undoing the files', async () => {
    const base = tempBase();
    const s = schedule(base);
    const failing: Runner = async (argv) => (argv[0] === 'systemctl' ? { code: 1, stdout: '', stderr: 'Failed to connect to bus: No medium found\n' } : { code: 0, stdout: '', stderr: '' });
    const out = await applyInstall(s.dataDir, installPlan({ ...s, kind: 'systemd' }), failing);
    expect(out.failed[0]).toEqual({ argv: ['systemctl', '--user', 'daemon-reload'], reason: 'Failed to connect to bus: No medium found' });
    expect(out.written).toHaveLength(2);
  });
});
