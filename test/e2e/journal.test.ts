/** `peerpath journal` (alias `log`), `journal show/edit/delete`: the built binary on a seeded journal. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs, type ContractEntry as Entry } from './helpers.js';


function e(id: string, at: string, over: Partial<Entry> = {}): Entry {
  return {
    id, at, recordedAt: new Date(Date.parse(at) + 60_000).toISOString(), mood: 5, energy: null, anxiety: null, sleepHours: null,
    emotions: [], tags: [], note: '', attended: [], private: false, updatedAt: null, ...over,
  };
}

/** Stored out of order; ids share prefixes on purpose (aa…, cc…). */
const SEED: Entry[] = [
  e('cc4444', '2026-11-22T21:00:00.000-05:00', { mood: 8, tags: ['walk', 'group'], note: 'Went to group.\nFelt lighter after.', energy: 4, attended: ['nami-connection'] }),
  e('aa1111', '2026-11-01T09:00:00.000-04:00', { mood: 2, tags: ['sleep'], note: 'Slept badly 😴', anxiety: 4 }),
  e('bb3333', '2026-11-20T09:00:00.000-05:00', { mood: 6, tags: ['walk'], emotions: ['calm'], sleepHours: 7.5 }),
  e('aa2222', '2026-11-10T12:00:00.000-05:00', { mood: 4, tags: ['family'], note: 'Café with my sister', private: true }),
  e('cc5555', '2026-11-23T08:00:00.000-05:00', { mood: 10, tags: ['walk', 'family'] }),
];
const ORDER = ['aa1111', 'aa2222', 'bb3333', 'cc4444', 'cc5555'];

const dataDir = useTempDataDirs();
function seeded(entries: Entry[] = SEED): { dir: string; path: string } {
  const dir = dataDir();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, 'journal.json');
  writeFileSync(path, JSON.stringify({ schemaVersion: 1, entries, saved: [], mine: [], config: {} }), { mode: 0o600 });
  return { dir, path };
}
const ids = (xs: Entry[]) => xs.map((x) => x.id);

describe('journal list', () => {
  it('--json: every entry, oldest first, exactly as stored', () => {
    const { dir } = seeded();
    const list = runJson<Entry[]>(dir, ['journal', '--json']);
    expect(ids(list)).toEqual(ORDER);
    for (const x of list) expect(x).toEqual(SEED.find((s) => s.id === x.id));
  });

  it.each([
    [['--from', '2026-11-20'], ['bb3333', 'cc4444', 'cc5555']],
    [['--to', '2026-11-10'], ['aa1111', 'aa2222']],
    [['--from', '2026-11-10', '--to', '2026-11-20'], ['aa2222', 'bb3333']],
    [['--from', '2026-11-22', '--to', '2026-11-22'], ['cc4444']], // 21:00 -05:00 is the 23rd in UTC: its own day counts
    [['--last', '2'], ['cc4444', 'cc5555']],
    [['--last', '100'], ORDER],
    [['--tag', 'walk'], ['bb3333', 'cc4444', 'cc5555']],
    [['--tag', 'Family'], ['aa2222', 'cc5555']],
    [['--tag', 'sleep', '--tag', 'group'], ['aa1111', 'cc4444']],
    [['--tag', 'sleep,group'], ['aa1111', 'cc4444']],
    [['--tag', 'nothing'], []],
    [['--search', 'lighter'], ['cc4444']],
    [['--search', 'CAFÉ'], ['aa2222']],
    [['--search', '😴'], ['aa1111']],
    [['--search', 'calm'], ['bb3333']],
    [['--min-mood', '6'], ['bb3333', 'cc4444', 'cc5555']],
    [['--max-mood', '4'], ['aa1111', 'aa2222']],
    [['--min-mood', '4', '--max-mood', '6'], ['aa2222', 'bb3333']],
    [['--tag', 'walk', '--min-mood', '7', '--last', '1'], ['cc5555']],
    [['--from', '2026-11-01', '--tag', 'walk', '--search', 'group'], ['cc4444']],
  ])('journal %j --json', (args, expected) => {
    const { dir } = seeded();
    expect(ids(runJson<Entry[]>(dir, ['journal', ...args, '--json']))).toEqual(expected);
  });

  it('log is an alias', () => {
    const { dir } = seeded();
    expect(ids(runJson<Entry[]>(dir, ['log', '--json', '--last', '1']))).toEqual(['cc5555']);
  });

  it('relative --from works ("9999 days ago" covers everything; "today" only today)', () => {
    const { dir } = seeded();
    expect(ids(runJson<Entry[]>(dir, ['journal', '--from', '9999 days ago', '--json']))).toEqual(ORDER);
    const today = new Date().toISOString().slice(0, 10);
    const todays = runJson<Entry[]>(dir, ['journal', '--from', 'today', '--to', 'today', '--json'], { env: { TZ: 'UTC' } });
    expect(todays.map((x) => x.at.slice(0, 10))).toEqual(SEED.filter((x) => x.at.startsWith(today)).map((x) => x.at.slice(0, 10)));
  });

  it('the readable list: one line per entry with date, mood label, tags and the note’s first line, no colour', () => {
    const { dir } = seeded();
    const r = run(dir, ['journal']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('aa1111');
    expect(lines[0]).toContain('Sun  1 Nov 2026 09:00'); // the day padded so columns line up
    expect(lines[0]).toContain('2 low');
    expect(lines[0]).toContain('#sleep');
    expect(lines[0]).toContain('Slept badly 😴');
    expect(lines[1]).toContain('(private)');
    expect(lines[3]).toContain('Went to group.');
    expect(lines[3]).not.toContain('lighter'); // only the first line
    expect(lines[3]).toMatch(/Went to group\.…$/); // and a mark that more follows
    expect(lines[4]).toContain('10 very good');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stderr).toBe('');
  });

  it('an empty journal: a kind message on stderr, nothing on stdout; --json gives []', () => {
    const dir = dataDir();
    const r = run(dir, ['journal']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('No check-ins yet');
    expect(r.stderr).toContain('peerpath checkin');
    expect(runJson(dir, ['journal', '--json'])).toEqual([]);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });

  it('no matches: says so', () => {
    const { dir } = seeded();
    const r = run(dir, ['journal', '--tag', 'nothing']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('No check-ins match');
  });

  it.each([
    [['--min-mood', '11'], '--min-mood'],
    [['--max-mood', '0'], '--max-mood'],
    [['--min-mood', 'x'], '--min-mood'],
    [['--last', '0'], '--last'],
    [['--last', '2.5'], '--last'],
    [['--from', '2026-02-30'], '--from'],
    [['--to', 'someday'], '--to'],
    [['--from', '2026-11-20', '--to', '2026-11-01'], 'after'],
  ])('journal %j → exit 2', (args, mentions) => {
    const { dir, path } = seeded();
    const before = readFileSync(path);
    const r = run(dir, ['journal', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toContain(mentions);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('journal show', () => {
  it('accepts a unique prefix and shows everything', () => {
    const { dir } = seeded();
    const r = run(dir, ['journal', 'show', 'cc4']);
    expect(r.code).toBe(0);
    for (const s of ['Sun 22 Nov 2026 21:00', 'cc4444', '8 good', '4 good', '#walk #group', 'Went to group.\nFelt lighter after.', 'NAMI']) {
      expect(r.stdout).toContain(s);
    }
  });

  it('--json prints the entry object exactly as stored', () => {
    const { dir } = seeded();
    expect(runJson<Entry>(dir, ['journal', 'show', 'bb', '--json'])).toEqual(SEED.find((x) => x.id === 'bb3333'));
    expect(runJson<Entry>(dir, ['log', 'show', 'AA1111', '--json']).id).toBe('aa1111');
  });

  it('an ambiguous prefix → exit 2 naming the candidates; an unknown id → exit 2', () => {
    const { dir } = seeded();
    const amb = run(dir, ['journal', 'show', 'aa']);
    expect(amb.code).toBe(2);
    expect(amb.stderr).toContain('aa1111');
    expect(amb.stderr).toContain('aa2222');
    const unknown = run(dir, ['journal', 'show', 'zz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No entry with id "zz"');
  });
});

describe('journal edit', () => {
  it('changes only the given fields, sets updatedAt, and --json prints the result', () => {
    const { dir } = seeded();
    const before = SEED.find((x) => x.id === 'cc4444')!;
    const r = run(dir, ['journal', 'edit', 'cc4', '--mood', '5', '--tags', 'Walk,rain', '--energy', 'none', '--json']);
    expect(r.code).toBe(0);
    const after = JSON.parse(r.stdout) as Entry;
    expect(after).toEqual({ ...before, mood: 5, tags: ['walk', 'rain'], energy: null, updatedAt: after.updatedAt });
    expect(after.updatedAt).toMatch(/Z$/);
    expect(Math.abs(Date.parse(after.updatedAt!) - Date.now())).toBeLessThan(60_000);
    expect(r.stderr).toContain('Updated.');
    expect(runJson<Entry>(dir, ['journal', 'show', 'cc4444', '--json'])).toEqual(after);
  });

  it('--note - and --at work as in checkin', () => {
    const { dir } = seeded();
    const after = runJson<Entry>(dir, ['journal', 'edit', 'bb', '--note', '-', '--at', '2026-11-19 20:15', '--json'], {
      input: 'New note 🙂\nline 2\n',
      env: { TZ: 'America/New_York' },
    });
    expect(after.note).toBe('New note 🙂\nline 2');
    expect(after.at).toBe('2026-11-19T20:15:00.000-05:00');
  });

  it.each([
    [['--mood', '11'], '--mood'],
    [['--energy', '9'], '--energy'],
    [['--at', '2099-01-01'], 'future'],
    [[], 'Nothing to change'], // no flags and no TTY
  ])('journal edit cc4 %j → exit 2, file unchanged', (args, mentions) => {
    const { dir, path } = seeded();
    const before = readFileSync(path);
    const r = run(dir, ['journal', 'edit', 'cc4', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mentions);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('an ambiguous prefix is refused before anything is written', () => {
    const { dir, path } = seeded();
    const before = readFileSync(path);
    expect(run(dir, ['journal', 'edit', 'cc', '--mood', '3']).code).toBe(2);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('journal delete', () => {
  it('without --yes and without a TTY → exit 2 naming --yes; nothing deleted', () => {
    const { dir, path } = seeded();
    const before = readFileSync(path);
    const r = run(dir, ['journal', 'delete', 'bb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('with --yes deletes by prefix and keeps a backup', () => {
    const { dir, path } = seeded();
    const before = readFileSync(path, 'utf8');
    const r = run(dir, ['journal', 'delete', 'bb', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Deleted bb3333');
    expect(ids(runJson<Entry[]>(dir, ['journal', '--json']))).toEqual(ORDER.filter((x) => x !== 'bb3333'));
    const backups = join(dir, 'backups');
    const names = existsSync(backups) ? readdirSync(backups) : [];
    expect(names.some((n) => readFileSync(join(backups, n), 'utf8') === before)).toBe(true);
  });

  it('unknown or ambiguous ids → exit 2, even with --yes', () => {
    const { dir, path } = seeded();
    const before = readFileSync(path);
    expect(run(dir, ['journal', 'delete', 'aa', '--yes']).code).toBe(2);
    expect(run(dir, ['journal', 'delete', 'nope', '--yes']).code).toBe(2);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('an unreadable journal', () => {
  it.each([
    ['corrupt', '{"schemaVersion":1,"entries":[{"id":'],
    ['newer schema', JSON.stringify({ schemaVersion: 99, entries: [] })],
  ])('%s: every command exits 3 naming the file, and leaves it byte-identical', (_name, content) => {
    const { dir, path } = seeded();
    writeFileSync(path, content);
    for (const args of [['journal'], ['journal', '--json'], ['checkin', '--mood', '5'], ['journal', 'show', 'aa1111'], ['config', 'set', 'country', 'UK']]) {
      const r = run(dir, args);
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(path);
      expect(readFileSync(path, 'utf8')).toBe(content);
    }
  });
});
