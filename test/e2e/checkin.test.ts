/** `peerpath checkin` without prompts: the built binary in a temp data dir (NO_COLOR=1, no TTY). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, type ContractEntry as Entry, useTempDataDirs } from './helpers.js';

const CONTRACT_KEYS = ['id', 'at', 'recordedAt', 'mood', 'energy', 'anxiety', 'sleepHours', 'emotions', 'tags', 'note', 'attended', 'private', 'updatedAt'];


const dataDir = useTempDataDirs();

/** YYYY-MM-DD of `daysAgo` days before today in `timeZone`. */
function dayIn(timeZone: string, daysAgo: number): string {
  const today = new Date().toLocaleDateString('en-CA', { timeZone });
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - daysAgo)).toISOString().slice(0, 10);
}

describe('checkin: invalid input → exit 2, one line naming the problem, nothing written', () => {
  it.each([
    [['--mood', '0'], '--mood'],
    [['--mood', '11'], '--mood'],
    [['--mood', '4.5'], '--mood'],
    [['--mood', 'abc'], '--mood'],
    [['--mood', '-3'], '--mood'],
    [['--mood', ''], '--mood'],
    [['--mood', '5', '--at', '2099-01-01'], 'future'],
    [['--mood', '5', '--at', 'today 23:59:59'], '--at'], // not a phrase it knows
    [['--mood', '5', '--at', '2026-02-30'], '--at'],
    [['--mood', '5', '--at', 'tomorrow'], '--at'],
    [['--mood', '5', '--energy', '9'], '--energy'],
    [['--mood', '5', '--energy', '0'], '--energy'],
    [['--mood', '5', '--anxiety', '6'], '--anxiety'],
    [['--mood', '5', '--anxiety', '2.5'], '--anxiety'],
    [['--mood', '5', '--sleep', '25'], '--sleep'],
    [['--mood', '5', '--sleep', 'lots'], '--sleep'],
    [['--mood', '5', '--attended', 'no-such-program'], 'no-such-program'],
    [['--mood', '5', '--tags', 'x'.repeat(101)], '--tags'],
    [[], '--mood'], // no TTY and no --mood
    [['--energy', '3'], '--mood'],
  ])('checkin %j', (args, mentions) => {
    for (const existing of [false, true]) {
      const dir = dataDir();
      const path = join(dir, 'journal.json');
      let before: Buffer | null = null;
      if (existing) {
        expect(run(dir, ['checkin', '--mood', '6', '--note', 'keep me']).code).toBe(0);
        before = readFileSync(path);
      }
      const r = run(dir, ['checkin', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const first = r.stderr.split('\n')[0]!;
      expect(first).toMatch(/^peerpath: /);
      expect(first).toContain(mentions);
      expect(r.stderr).not.toMatch(/\bat \S+ \(|node:internal|Error:/); // no stack trace
      if (before) expect(readFileSync(path).equals(before)).toBe(true);
      else expect(existsSync(path)).toBe(false);
    }
  });

  it('--no-input with a TTY-less run and no --mood names the flag', () => {
    const dir = dataDir();
    const r = run(dir, ['--no-input', 'checkin', '--tags', 'walk']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--mood');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });
});

describe('checkin with flags', () => {
  it('--json prints the saved entry with every contract key, and nothing else on stdout', () => {
    const dir = dataDir();
    const r = run(dir, [
      'checkin', '--mood', '4', '--energy', '2', '--anxiety', '3', '--sleep', '7.5', '--emotions', 'Hopeful, calm,hopeful',
      '--tags', 'Sleep, walk ,sleep,,WALK', '--attended', 'nami-connection', '--private', '--note', 'A short note', '--json',
    ]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as Entry;
    expect(Object.keys(e)).toEqual(CONTRACT_KEYS);
    expect(e).toMatchObject({
      mood: 4, energy: 2, anxiety: 3, sleepHours: 7.5, emotions: ['hopeful', 'calm'], tags: ['sleep', 'walk'], note: 'A short note',
      attended: ['nami-connection'], private: true, updatedAt: null,
    });
    expect(e.id).toMatch(/^[a-z][0-9a-z]{5}$/);
    expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(e.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Math.abs(Date.parse(e.at) - Date.now())).toBeLessThan(60_000);
    // the confirmation goes to stderr
    expect(r.stderr).toContain('Saved. Mood 4 (a bit down).');
    expect(r.stderr).toMatch(/1st check-in this week\./);
    // and it is what the journal holds
    const list = runJson<Entry[]>(dir, ['journal', '--json']);
    expect(list).toEqual([e]);
  });

  it('defaults: extras null or empty, not private', () => {
    const dir = dataDir();
    const e = runJson<Entry>(dir, ['checkin', '--mood', '7', '--json']);
    expect(e).toMatchObject({ mood: 7, energy: null, anxiety: null, sleepHours: null, emotions: [], tags: [], note: '', attended: [], private: false, updatedAt: null });
  });

  it('without --json stdout is empty and stderr has one calm line', () => {
    const dir = dataDir();
    const r = run(dir, ['checkin', '--mood', '6']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Saved\. Mood 6 \(okay\)\. 1st check-in this week\. id [a-z0-9]{6}\n$/);
    const r2 = run(dir, ['checkin', '--mood', '7']);
    expect(r2.stderr).toContain('2nd check-in this week.');
  });

  it('a low mood adds a gentle pointer to help-now', () => {
    const dir = dataDir();
    const r = run(dir, ['checkin', '--mood', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('peerpath help-now');
    expect(run(dir, ['checkin', '--mood', '3']).stderr).not.toContain('help-now');
  });

  it('--note - reads the note from stdin exactly (unicode, emoji, inner newlines; one trailing newline dropped)', () => {
    const dir = dataDir();
    const note = 'Line one — café 🙂\n\n  indented line\tTab\nלילה טוב\n';
    const e = runJson<Entry>(dir, ['checkin', '--mood', '5', '--note', '-', '--json'], { input: note });
    expect(e.note).toBe(note.slice(0, -1));
    expect(runJson<Entry[]>(dir, ['journal', '--json'])[0]!.note).toBe(note.slice(0, -1));
  });

  it('--note - with CRLF input stores LF', () => {
    const dir = dataDir();
    const e = runJson<Entry>(dir, ['checkin', '--mood', '5', '--note', '-', '--json'], { input: 'a\r\nb\r\n' });
    expect(e.note).toBe('a\nb');
  });

  it('a very long note round-trips', () => {
    const dir = dataDir();
    const note = ('Ünïcödé 🙂 ' + 'x'.repeat(90) + '\n').repeat(5000).trimEnd();
    runJson<Entry>(dir, ['checkin', '--mood', '5', '--note', '-', '--json'], { input: note });
    expect(runJson<Entry[]>(dir, ['journal', '--json'])[0]!.note).toBe(note);
  });

  it('a note that looks like terminal escapes is stored as typed and printed with --json as stored', () => {
    const dir = dataDir();
    const note = 'hi \u001b[2J\u001b]0;title\u0007 there';
    const e = runJson<Entry>(dir, ['checkin', '--mood', '5', '--note', '-', '--json'], { input: note });
    expect(e.note).toBe(note);
    const list = run(dir, ['journal']);
    expect(list.stdout).not.toContain('\u001b');
    expect(list.stdout).toContain('hi');
  });

  it('--at "yesterday 21:00" is yesterday at 21:00 local time, with the local offset', () => {
    const dir = dataDir();
    for (const [tz, offset] of [['Asia/Kolkata', '+05:30'], ['UTC', '+00:00']] as const) {
      const e = runJson<Entry>(dir, ['checkin', '--mood', '5', '--at', 'yesterday 21:00', '--json'], { env: { TZ: tz } });
      expect(e.at).toBe(`${dayIn(tz, 1)}T21:00:00.000${offset}`);
    }
  });

  it.each([
    ['3 days ago', 3],
    ['yesterday', 1],
    ['today', 0],
  ])('--at %j keeps the time of day on that day', (phrase, days) => {
    const dir = dataDir();
    const e = runJson<Entry>(dir, ['checkin', '--mood', '5', '--at', phrase, '--json'], { env: { TZ: 'Europe/Paris' } });
    expect(e.at.slice(0, 10)).toBe(dayIn('Europe/Paris', days));
  });

  it('--at "last monday" is a Monday in the past week or two', () => {
    const dir = dataDir();
    const e = runJson<Entry>(dir, ['checkin', '--mood', '5', '--at', 'last monday', '--json'], { env: { TZ: 'UTC' } });
    const d = new Date(e.at);
    expect(d.getUTCDay()).toBe(1);
    const ago = Date.now() - d.getTime();
    expect(ago).toBeGreaterThan(0);
    expect(ago).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);
  });

  it('--at with an ISO date-time and offset keeps that offset, not the local one', () => {
    const dir = dataDir();
    const e = runJson<Entry>(dir, ['checkin', '--mood', '5', '--at', '2026-11-20T09:30:00+09:00', '--json'], { env: { TZ: 'America/New_York' } });
    expect(e.at).toBe('2026-11-20T09:30:00.000+09:00'); // New York would say 2026-11-19T19:30-05:00
    expect(runJson<Entry[]>(dir, ['journal', '--from', '2026-11-20', '--to', '2026-11-20', '--json'], { env: { TZ: 'America/New_York' } })).toHaveLength(1);
    const e2 = runJson<Entry>(dir, ['checkin', '--mood', '5', '--at', '2026-03-07 21:00', '--json'], { env: { TZ: 'America/New_York' } });
    expect(e2.at).toBe('2026-03-07T21:00:00.000-05:00');
  });

  it('an own group added to the journal can be attended', () => {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'journal.json'),
      JSON.stringify({ schemaVersion: 1, entries: [], saved: [], mine: [{ id: 'my-circle', name: 'Circle', when: null, where: null, notes: null, createdAt: '2026-11-01T00:00:00.000Z' }], config: {} }),
    );
    const e = runJson<Entry>(dir, ['checkin', '--mood', '6', '--attended', 'my-circle', '--json']);
    expect(e.attended).toEqual(['my-circle']);
  });

  it('ids are unique across many check-ins', () => {
    const dir = dataDir();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add(runJson<Entry>(dir, ['checkin', '--mood', String(i + 1), '--json']).id);
    expect(ids.size).toBe(5);
  });
});
