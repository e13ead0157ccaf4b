import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Entry } from '../../src/core/entry.js';
import { launchChromium, SKIP_BROWSER, SKIP_BROWSER_LINE } from './browser.js';
import { run, runJson, tempDataDir } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
if (SKIP_BROWSER) console.warn(`html report browser test ${SKIP_BROWSER_LINE}`);

/** Three weeks of check-ins ending yesterday (times at 10:00 UTC, so every zone sees the same days). */
function recentEntries(): Entry[] {
  const out: Entry[] = [];
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  for (let i = 21; i >= 1; i--) {
    const day = new Date(today - i * 86_400_000).toISOString().slice(0, 10);
    const walk = i % 3 !== 0;
    out.push({
      id: `e2e${String(i).padStart(3, '0')}`,
      at: `${day}T10:00:00.000+00:00`,
      recordedAt: `${day}T10:01:00.000Z`,
      mood: walk ? 7 : 4,
      energy: 3,
      anxiety: null,
      sleepHours: 7,
      emotions: ['calm'],
      tags: walk ? ['walk'] : ['rain'],
      note: i === 2 ? 'Note with <b>html</b> & "quotes"\nand a second line' : '',
      attended: i % 7 === 1 ? ['my-circle'] : [],
      private: i === 5,
      updatedAt: null,
    });
  }
  return out;
}

function writeExport(path: string, entries: Entry[]): void {
  writeFileSync(path, JSON.stringify({ schemaVersion: 1, exportedAt: new Date().toISOString(), entries, saved: [], mine: [{ id: 'my-circle', name: 'Circle <at home>', when: null, where: null, notes: null, createdAt: '2026-01-01T00:00:00.000Z' }] }, null, 2));
}

describe('insights e2e', () => {
  let dir: string;
  let cleanup: () => void;
  let work: string;
  beforeEach(() => {
    ({ dir, cleanup } = tempDataDir());
    work = join(dir, '..', 'work');
    mkdirSync(work, { recursive: true });
  });
  afterEach(() => cleanup());

  function seed(entries = recentEntries()): Entry[] {
    const file = join(work, 'seed.json');
    writeExport(file, entries);
    const r = run(dir, ['import', file]);
    expect(r.code, r.stderr).toBe(0);
    return entries;
  }

  it('stats --json has the contract keys, with associations', () => {
    const empty = runJson<Record<string, unknown>>(dir, ['stats', '--json']);
    expect(empty).toMatchObject({ count: 0, daysCheckedIn: 0, mood: { mean: null, median: null, min: null, max: null }, tags: [] });
    seed();
    const s = runJson<{
      count: number; daysCheckedIn: number; mood: { mean: number; median: number; min: number; max: number };
      tags: { tag: string; n: number; meanWith: number; meanWithout: number }[];
      attendance: { days: number; meanWith: number | null; meanWithout: number | null };
    }>(dir, ['stats', '--json']);
    expect(s.count).toBe(21);
    expect(s.daysCheckedIn).toBe(21);
    expect(s.mood).toEqual({ mean: 6, median: 7, min: 4, max: 7 });
    expect(s.tags.find((t) => t.tag === 'walk')).toMatchObject({ tag: 'walk', n: 14, meanWith: 7, meanWithout: 4 });
    expect(s.attendance).toMatchObject({ days: 3 });
    expect(Object.keys(s.attendance)).toEqual(expect.arrayContaining(['days', 'meanWith', 'meanWithout']));
    // TZ=UTC: the entries are at 10:00 UTC, so "today" must be the UTC day for an exact count
    const week = runJson<{ count: number }>(dir, ['stats', '--last', '7d', '--json'], { env: { TZ: 'UTC' } });
    expect(week.count).toBe(6);
  });

  it('stats prints a calm summary, and refuses bad periods with exit 2', () => {
    seed();
    const r = run(dir, ['stats']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Last 30 days/);
    expect(r.stdout).toContain('Days with “walk” averaged 7; days without, 4');
    expect(r.stdout).toContain('not what caused what');
    expect(run(dir, ['stats', '--last', '30']).stdout).toMatch(/^Last 30 days/); // a bare number is days
    for (const args of [['--last', '0'], ['--last', 'soon'], ['--from', '2026-02-01', '--to', '2026-01-01'], ['--from', 'someday']]) {
      const bad = run(dir, ['stats', ...args]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stdout).toBe('');
    }
  });

  it('calendar fits 80 columns and shows digits without colour', () => {
    const entries = seed();
    const year = Number(entries[10]!.at.slice(0, 4));
    expect(run(dir, ['calendar']).code).toBe(0);
    const r = run(dir, ['calendar', '--year', String(year)]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    for (const l of r.stdout.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toMatch(/ 7 4 7| 4 7 7| 7 7 4/); // walk days 7, rainy days 4 (entries[9..11] share a year)
    expect(r.stdout).toContain(`${year}`);
    expect(r.stdout).toContain('Legend');
    const j = runJson<{ year: number; days: { date: string; mean: number; n: number }[] }>(dir, ['calendar', '--json', '--year', String(year)]);
    expect(j.days.length).toBeGreaterThan(0);
    expect(run(dir, ['calendar', '--year', 'soon']).code).toBe(2);
  });

  it('export md to stdout leaves private entries out and says so on stderr', () => {
    seed();
    const r = run(dir, ['export', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Check-in summary/);
    expect(r.stdout).toContain('Circle \\<at home\\>');
    expect(r.stderr).toMatch(/1 private entry was left out; add --include-private/);
    const all = run(dir, ['export', '--format', 'md', '--include-private']);
    expect(all.stderr).not.toMatch(/left out/);
    const noNotes = run(dir, ['export', '--format', 'md', '--no-notes']);
    expect(noNotes.stdout).not.toContain('second line');
  });

  it('export --output is created 0600 and never overwritten without --force', () => {
    seed();
    const file = join(work, 'out.csv');
    const r = run(dir, ['export', '--format', 'csv', '--output', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const first = readFileSync(file, 'utf8');
    expect(first.split('\r\n')[0]).toMatch(/^id,date,time,at,mood,/);
    expect(first.split('\r\n').filter(Boolean)).toHaveLength(1 + 20);

    writeFileSync(file, 'mine');
    const again = run(dir, ['export', '--format', 'csv', '--output', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const forced = run(dir, ['export', '--format', 'csv', '--output', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);

    // format from the extension; unknown without either is a usage error
    expect(run(dir, ['export', '--output', join(work, 'r.md')]).code).toBe(0);
    expect(run(dir, ['export']).code).toBe(2);
    const dash = run(dir, ['export', '--format', 'csv', '--output', '-']);
    expect(dash.stdout).toBe(first);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
    expect(run(dir, ['export', '--format', 'pdf']).code).toBe(2);
  });

  it('export json → import into an empty journal restores it exactly; importing again adds nothing', () => {
    const entries = seed();
    const file = join(work, 'backup.json');
    expect(run(dir, ['export', '--format', 'json', '--include-private', '--output', file]).code).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc).toMatchObject({ schemaVersion: SCHEMA_VERSION, entries: expect.any(Array) });
    expect(typeof doc.exportedAt).toBe('string');

    const other = tempDataDir();
    try {
      const r = run(other.dir, ['import', file]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/21 new entries/);
      expect(runJson<Entry[]>(other.dir, ['journal', '--json'])).toEqual(runJson<Entry[]>(dir, ['journal', '--json']));
      expect(runJson<Entry[]>(other.dir, ['journal', '--json'])).toHaveLength(entries.length);
      const before = readFileSync(join(other.dir, 'journal.json'));
      const again = run(other.dir, ['import', file, '--format', 'json']);
      expect(again.code).toBe(0);
      expect(again.stderr).toMatch(/Nothing new/);
      expect(readFileSync(join(other.dir, 'journal.json'))).toEqual(before);
    } finally {
      other.cleanup();
    }
  });

  it('imports a Daylio CSV (auto-detected), twice without duplicates; --dry-run writes nothing', () => {
    const file = join(FIXTURES, 'daylio-8.csv');
    const dry = run(dir, ['import', file, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toMatch(/would add 3 new entries/);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    const r = run(dir, ['import', file]);
    expect(r.code, r.stderr).toBe(0);
    const list = runJson<Entry[]>(dir, ['journal', '--json']);
    expect(list.map((e) => e.mood).sort()).toEqual([3, 5, 8]);
    expect(list.find((e) => e.mood === 8)!.tags).toEqual(['walk', 'music', 'movies / tv']);
    const again = run(dir, ['import', file, '--format', 'daylio', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, skipped: 3 });
    expect(runJson<Entry[]>(dir, ['journal', '--json'])).toHaveLength(3);
  });

  it('an unknown Daylio mood without a terminal is exit 2 naming --mood-map; with it, the import works', () => {
    const file = join(FIXTURES, 'daylio-9-renamed.csv');
    const r = run(dir, ['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"great" (2 rows), "okay-ish" (1 row)');
    expect(r.stderr).toContain('--mood-map "great=?,okay-ish=?"');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    const ok = run(dir, ['import', file, '--mood-map', 'great=9,okay-ish=6']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(runJson<Entry[]>(dir, ['journal', '--json']).map((e) => e.mood).sort()).toEqual([6, 9, 9]);
    expect(run(dir, ['import', file, '--mood-map', 'great=11']).code).toBe(2);
  });

  it('invalid rows: reported with line numbers, nothing written unless --skip-invalid', () => {
    const file = join(work, 'bad.csv');
    writeFileSync(file, 'full_date,date,weekday,time,mood,activities,note_title,note\n2024-01-02,,,9:00 am,good,,,\n2024-13-01,,,9:00 am,good,,,\n2024-01-03,,,31:00,meh,,,\n');
    const r = run(dir, ['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 3: the date "2024-13-01" is not a date/);
    expect(r.stderr).toMatch(/line 4: the time "31:00" is not a time/);
    expect(r.stderr).toMatch(/--skip-invalid/);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    const skip = run(dir, ['import', file, '--skip-invalid']);
    expect(skip.code, skip.stderr).toBe(0);
    expect(runJson<Entry[]>(dir, ['journal', '--json'])).toHaveLength(1);
  });

  it('import - reads standard input', () => {
    const csv = readFileSync(join(FIXTURES, 'daylio-7.csv'), 'utf8');
    const r = run(dir, ['import', '-', '--json'], { input: csv });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '-', format: 'daylio', added: 3, skipped: 0, invalid: 0 });
  });

  it('refuses files it cannot read or recognise', () => {
    const odd = join(work, 'odd.txt');
    writeFileSync(odd, 'name,age\nsam,3\n');
    const r = run(dir, ['import', odd]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format/);
    expect(run(dir, ['import', join(work, 'missing.json')]).code).toBe(2);
    const newer = join(work, 'newer.json');
    writeFileSync(newer, JSON.stringify({ schemaVersion: 99, entries: [] }));
    const n = run(dir, ['import', newer]);
    expect(n.code).toBe(2);
    expect(n.stderr).toMatch(/newer peerpath/);
  });

  it.skipIf(SKIP_BROWSER)('html report renders in headless Chromium: chart, calendar, entries, no requests; saves a screenshot', async () => {
    seed();
    const file = join(work, 'report.html');
    const r = run(dir, ['export', '--format', 'html', '--output', file]);
    expect(r.code, r.stderr).toBe(0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`file://${file}`);
      expect(await page.locator('svg.chart circle').count()).toBe(20);
      const box = await page.locator('svg.chart').boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(100);
      expect(await page.locator('svg.chart path.line').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
      expect(await page.locator('article.entry').count()).toBe(20);
      expect(await page.locator('table.month').count()).toBeGreaterThan(0);
      expect(await page.locator('#associations li').first().innerText()).toContain('Days with “walk” averaged 7');
      // escaped user text shows as text, not markup
      expect(await page.locator('.note').first().innerText()).toContain('Note with <b>html</b> & "quotes"');
      expect(await page.locator('b').count()).toBe(0);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      expect(errors).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'export-report.png'), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(ARTIFACTS, 'export-report-print.png'), fullPage: true });
      expect(statSync(join(ARTIFACTS, 'export-report.png')).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  });
});
