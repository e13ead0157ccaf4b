/**
 * Sizes: a 1 MB note, 10,000 tags, 100,000 entries — no crash, and a clear limit where one is needed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyJournal, type Entry } from '../../src/core/entry.js';
import { serializeJournal } from '../../src/core/journal-schema.js';
import { LIMITS } from '../../src/core/validate.js';
import { makeEntry } from '../store/reliability-helpers.js';
import { spawnSync } from 'node:child_process';
import { BIN, cleanEnv, tempDataDir } from './helpers.js';

/** Like helpers.run, with room for large output (spawnSync's default maxBuffer is 1 MB). */
function run(dir: string, args: string[], opts: { input?: string; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, '--data-dir', dir, ...args], {
    input: opts.input ?? '',
    env: cleanEnv(),
    encoding: 'utf8',
    timeout: opts.timeout ?? 30_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function runJson<T>(dir: string, args: string[]): T {
  const r = run(dir, args, { timeout: 150_000 });
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Entries every 30 minutes from 1 Jan 2025: all in the past. */
const pastEntry = (i: number, note?: string): Entry => {
  const at = new Date(Date.UTC(2025, 0, 1) + i * 1_800_000).toISOString();
  return { ...makeEntry(i, note), at, recordedAt: at };
};

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
const newDir = () => {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  mkdirSync(t.dir, { recursive: true, mode: 0o700 });
  return t.dir;
};
function seed(dir: string, entries: Entry[]): void {
  const data = emptyJournal();
  data.entries = entries;
  writeFileSync(join(dir, 'journal.json'), serializeJournal(data), { mode: 0o600 });
}

describe('a 1 MB note', () => {
  it('is saved from stdin, shown, and returned exactly by --json', () => {
    const dir = newDir();
    const line = 'Today was long, but I went for a walk and called a friend. ';
    const note = line.repeat(Math.ceil(1_048_576 / line.length)).slice(0, 1_048_576);
    const r = run(dir, ['checkin', '--no-input', '--mood', '5', '--note', '-', '--json'], { input: note });
    expect(r.code, r.stderr).toBe(0);
    const { id } = JSON.parse(r.stdout) as { id: string };
    expect(runJson<{ note: string }>(dir, ['journal', 'show', id, '--json']).note).toBe(note);
    const shown = run(dir, ['journal', 'show', id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.length).toBeGreaterThan(1_048_576);
    expect(run(dir, ['journal']).stdout.split('\n')[0]!.length).toBeLessThan(200); // the list line is cut short
  });

  it(`a note over the limit (${LIMITS.noteChars.toLocaleString('en')} characters) → exit 2 naming the limit, nothing written`, () => {
    const dir = newDir();
    const r = run(dir, ['checkin', '--no-input', '--mood', '5', '--note', '-'], { input: 'x'.repeat(LIMITS.noteChars + 1) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/note is too long .* the limit is 2,000,000/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('10,000 tags', () => {
  it(`on one check-in → exit 2 with the limit (${LIMITS.tagsPerEntry} per entry), nothing written`, () => {
    const dir = newDir();
    const tags = Array.from({ length: 10_000 }, (_, i) => `tag${i}`).join(',');
    const r = run(dir, ['checkin', '--no-input', '--mood', '5', '--tags', tags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--tags takes at most 1000 values \(got 10000\)/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it(`${LIMITS.tagsPerEntry} tags on one check-in are fine`, () => {
    const dir = newDir();
    const tags = Array.from({ length: LIMITS.tagsPerEntry }, (_, i) => `tag${i}`);
    const r = run(dir, ['checkin', '--no-input', '--mood', '5', '--tags', tags.join(','), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { tags: string[] }).tags).toHaveLength(LIMITS.tagsPerEntry);
  });

  it('10,000 different tags across a journal: journal, --tag, stats and export work', () => {
    const dir = newDir();
    seed(
      dir,
      Array.from({ length: 10_000 }, (_, i) => ({ ...pastEntry(i), tags: [`t${i}`, `group${i % 7}`] })),
    );
    expect(runJson<unknown[]>(dir, ['journal', '--tag', 't9999', '--json'])).toHaveLength(1);
    const stats = runJson<{ count: number; tags: unknown[] }>(dir, ['stats', '--from', '2024-12-31', '--json']);
    expect(stats.count).toBe(10_000);
    expect(run(dir, ['stats']).code).toBe(0);
    expect(run(dir, ['export', '--format', 'csv']).code).toBe(0);
  });
});

describe('100,000 entries', () => {
  const dir = newDir();
  const N = 100_000;
  seed(dir, Array.from({ length: N }, (_, i) => ({ ...pastEntry(i % 20_000, i % 10 === 0 ? `a longer note for entry ${i}: `.repeat(5) : ''), id: makeEntry(i).id })));
  const bytes = readFileSync(join(dir, 'journal.json')).length;

  it.each([
    [['checkin', '--no-input', '--mood', '6', '--tags', 'walk']],
    [['journal', '--last', '5', '--json']],
    [['journal', '--search', 'entry 99990']],
    [['stats', '--json']],
    [['doctor', '--json']],
    [['export', '--format', 'csv']],
    [['backups', 'list', '--json']],
  ])(`peerpath %j works on a ${N.toLocaleString('en')}-entry journal`, (args) => {
    const t0 = performance.now();
    const r = run(dir, args, { timeout: 150_000 });
    const ms = performance.now() - t0;
    expect(r.code, r.stderr).toBe(0);
    console.log(`SIZES ${args.join(' ')}: ${Math.round(ms)} ms on ${(bytes / 1e6).toFixed(1)} MB`);
  }, 180_000);

  it('and every entry is still there after the save', () => {
    const doc = runJson<{ entries: number }>(dir, ['doctor', '--json']);
    expect(doc.entries).toBe(N + 1);
  }, 180_000);
});
