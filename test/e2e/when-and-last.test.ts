/**
 * `--at` phrases (hours ago, last week, the future) and `--last N | span` on journal, stats and
 * export: the built binary in temp data dirs, each with a pinned time zone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs, type ContractEntry as Entry } from './helpers.js';

const dataDir = useTempDataDirs();
const TZ = 'Asia/Kolkata'; // +05:30 all year: a fixed offset to check against

/** YYYY-MM-DD of `daysAgo` days before today in TZ. */
function dayAgo(daysAgo: number): string {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: TZ });
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - daysAgo)).toISOString().slice(0, 10);
}

function checkin(dir: string, at: string): Entry {
  return runJson<Entry>(dir, ['checkin', '--mood', '6', '--at', at, '--json'], { env: { TZ } });
}

describe('checkin --at phrases', () => {
  it('"2 hours ago" and "an hour ago" are that long before now, in the local offset', () => {
    const dir = dataDir();
    for (const [phrase, hours] of [['2 hours ago', 2], ['an hour ago', 1], ['1 hour ago', 1]] as const) {
      const before = Date.now();
      const e = checkin(dir, phrase);
      const after = Date.now();
      expect(e.at).toMatch(/\+05:30$/);
      const t = Date.parse(e.at);
      expect(t).toBeGreaterThanOrEqual(before - hours * 3_600_000 - 1);
      expect(t).toBeLessThanOrEqual(after - hours * 3_600_000);
    }
  });

  it('"last week" is 7 days ago; "last week 21:00" at that time', () => {
    const dir = dataDir();
    expect(checkin(dir, 'last week').at.slice(0, 10)).toBe(dayAgo(7));
    expect(checkin(dir, 'last week 21:00').at).toBe(`${dayAgo(7)}T21:00:00.000+05:30`);
  });

  it.each(['tomorrow', 'in 2 days', 'next monday', '2099-01-01', '2099-01-01T09:00:00+09:00'])(
    '--at %j: exit 2, one line saying it is in the future (the same for phrases and ISO dates), nothing written',
    (phrase) => {
      const dir = dataDir();
      const r = run(dir, ['checkin', '--mood', '5', '--at', phrase], { env: { TZ } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(`peerpath: --at "${phrase}" is in the future. A check-in can only be for now or earlier.`);
      expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    },
  );
});

describe('--last takes a number or a span everywhere', () => {
  /** Four check-ins: 20 and 10 days ago, 3 days ago, and 2 hours ago. */
  function seeded(): { dir: string; ids: string[] } {
    const dir = dataDir();
    const ids = ['20 days ago 12:00', '10 days ago 12:00', '3 days ago 12:00', '2 hours ago'].map((at) => checkin(dir, at).id);
    return { dir, ids };
  }

  it('journal: N is the newest N entries, a span is the days that end today', () => {
    const { dir, ids } = seeded();
    const list = (...args: string[]) => runJson<Entry[]>(dir, ['journal', '--json', ...args], { env: { TZ } }).map((e) => e.id);
    expect(list('--last', '2')).toEqual(ids.slice(2));
    expect(list('--last', '2w')).toEqual(ids.slice(1));
    expect(list('--last', '30d')).toEqual(ids);
    expect(list('--last', '1w', '--to', dayAgo(3))).toEqual([ids[2]]);
  });

  it('stats: N is days (stats --last 7 is the last 7 days)', () => {
    const { dir } = seeded();
    const s = runJson<{ count: number; period: { from: string; to: string; label: string } }>(dir, ['stats', '--last', '7', '--json'], { env: { TZ } });
    expect(s.count).toBe(2);
    expect(s.period).toMatchObject({ from: dayAgo(6), label: 'last 7 days' });
    expect(runJson<{ count: number }>(dir, ['stats', '--last', '2w', '--json'], { env: { TZ } }).count).toBe(3);
  });

  it('export: N is days (export --last 30)', () => {
    const { dir } = seeded();
    const rows = (...args: string[]) => {
      const r = run(dir, ['export', '--format', 'csv', ...args], { env: { TZ } });
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.split('\r\n').filter(Boolean).length - 1;
    };
    expect(rows('--last', '30')).toBe(4);
    expect(rows('--last', '7')).toBe(2);
    expect(rows('--last', '2w')).toBe(3);
  });

  it.each([['journal'], ['stats'], ['export', '--format', 'csv']])('%s --last with neither: the same one-line wording, exit 2', (...cmd) => {
    const dir = dataDir();
    for (const bad of ['2x', '0', 'soon']) {
      const r = run(dir, [...cmd, '--last', bad], { env: { TZ } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(`peerpath: --last "${bad}" is not a number or a time span.`);
    }
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });
});

