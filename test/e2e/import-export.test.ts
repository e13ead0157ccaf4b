/**
 * Issue 13 at the command line: real-world Daylio shapes, closing and empty-period messages,
 * `--all`, the json export as a full backup, and JSON that is not a journal.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs, type ContractEntry } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const newDataDir = useTempDataDirs();
/** A file beside the data folder (removed with it). */
const beside = (dataDir: string, name: string) => join(dirname(dataDir), name);

const POLISH_MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];

/** 77 check-ins spread over 2018 in Daylio's old `year,date` layout, from a phone set to Polish. */
function polish2018(): string {
  const rows: string[] = [];
  for (let i = 0; i < 77; i++) {
    const d = new Date(Date.UTC(2018, 0, 3) + Math.floor((i * 359) / 76) * 86_400_000);
    rows.push(`2018,${d.getUTCDate()} ${POLISH_MONTHS[d.getUTCMonth()]},x,8:${String(i % 60).padStart(2, '0')} pm,${['awful', 'bad', 'meh', 'good', 'rad'][i % 5]},"spacer","dzień ${i}"`);
  }
  return `year,date,weekday,time,mood,activities,note\n${rows.reverse().join('\n')}\n`;
}

describe('importing old data, then seeing it', () => {
  it('the closing line and every empty-period message say where the entries are', () => {
    const dir = newDataDir();
    const file = beside(dir, 'daylio_export.csv');
    writeFileSync(file, polish2018());

    const dry = run(dir, ['import', file, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('would add 77 new entries (2018-01-03 to 2018-12-28)');
    // A summary, not every entry: the first three and the last three.
    expect(dry.stdout.trim().split('\n')).toHaveLength(7);
    expect(dry.stdout).toContain('71 more');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);

    const r = run(dir, ['import', file], { env: { TZ: 'UTC' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('77 new entries');
    expect(r.stderr).toContain('2018-01-03 to 2018-12-28');
    expect(r.stderr).toContain('peerpath journal --from 2018-01-03 --to 2018-12-28');

    const again = run(dir, ['import', file], { env: { TZ: 'America/New_York' } });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/Nothing new/);
    expect(again.stderr).not.toMatch(/differ/);

    const where = 'Your journal has 77 check-ins, from 2018-01-03 to 2018-12-28';
    const stats = run(dir, ['stats']);
    expect(stats.code).toBe(0);
    expect(stats.stdout + stats.stderr).toContain(where);
    expect(stats.stdout + stats.stderr).toContain('peerpath stats --all');
    const cal = run(dir, ['calendar']);
    expect(cal.code).toBe(0);
    expect(cal.stderr).toContain(where);
    expect(cal.stderr).toContain('peerpath calendar --year 2018');
    const md = run(dir, ['export', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stderr).toContain(where);
    expect(md.stderr).toContain('--all');

    const all = runJson<{ count: number; period: { from: string; to: string; label: string } }>(dir, ['stats', '--all', '--json']);
    expect(all.count).toBe(77);
    expect(all.period).toMatchObject({ from: '2018-01-03', to: '2018-12-28' });
    expect(run(dir, ['stats', '--all', '--last', '30d']).code).toBe(2);

    const html = beside(dir, 'report.html');
    const h = run(dir, ['export', '--format', 'html', '--all', '--output', html]);
    expect(h.code, h.stderr).toBe(0);
    expect(h.stderr).toContain('77 entries');
    const century = run(dir, ['export', '--format', 'html', '--last', '100y']);
    for (const page of [readFileSync(html, 'utf8'), century.stdout]) expect(page.split('<table class="month">').length - 1).toBe(12);
  });

  it('keeps rows that share a minute; refuses a headerless file without --format, reads it with', () => {
    const dir = newDataDir();
    const r = run(dir, ['import', join(FIXTURES, 'daylio-same-minute.csv'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 4, duplicates: 1 });
    expect(r.stderr).toMatch(/1 row repeated exactly/);

    const headerless = join(FIXTURES, 'daylio-headerless-8.csv');
    const guess = run(dir, ['import', headerless]);
    expect(guess.code).toBe(2);
    expect(guess.stderr).toMatch(/without its header row/);
    expect(guess.stderr).toContain('--format daylio');
    const ok = run(dir, ['import', headerless, '--format', 'daylio']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('3 new entries');
  });

  it('unknown moods: each name with its count and a form to fill in, never numbers', () => {
    const dir = newDataDir();
    const r = run(dir, ['import', join(FIXTURES, 'daylio-9-renamed.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"great" (2 rows), "okay-ish" (1 row)');
    expect(r.stderr).toContain('--mood-map "great=?,okay-ish=?"');
    expect(r.stderr).not.toMatch(/great=\d/);
  });

  it('CR CR LF line ends: line numbers as in an editor; a month not known is one message with its count', () => {
    const dir = newDataDir();
    const file = beside(dir, 'crcrlf.csv');
    const rows = ['year,date,weekday,time,mood,activities,note', '2018,1 May,x,10:00,good,,', '2018,2 May,x,10:00,good,,', '2018,31 Feb,x,10:00,good,,'];
    for (let i = 1; i <= 25; i++) rows.push(`2018,${i} Brumaire,x,10:00,good,,`);
    writeFileSync(file, rows.join('\r\r\n') + '\r\r\n');
    const r = run(dir, ['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 4: the date "2018 31 Feb" is not a date');
    expect(r.stderr).toContain('line 5: the date "2018 1 Brumaire" has a month name peerpath does not know ("brumaire") (25 rows like this, lines 5–29)');
    expect(r.stderr).toContain('26 rows');
    expect(r.stderr.match(/Brumaire/g)).toHaveLength(1);
  });
});

describe('the json export is a full backup', () => {
  it('has private entries (and says so), settings and own data; import into an empty folder gives the same export', () => {
    const dir = newDataDir();
    expect(run(dir, ['config', 'set', 'country', 'DE']).code).toBe(0);
    expect(run(dir, ['checkin', '--mood', '6', '--tags', 'walk', '--note', 'open']).code).toBe(0);
    expect(run(dir, ['checkin', '--mood', '3', '--private', '--note', 'just for me']).code).toBe(0);
    // Something a later peerpath might keep in the journal is carried too.
    const path = join(dir, 'journal.json');
    const journal = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...journal, later: { kept: [1, 2] } }));

    const backup = beside(dir, 'backup.json');
    const r = run(dir, ['export', '--format', 'json', '--output', backup]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("1 private entry is included (this is a full backup); --exclude-private leaves it out.");
    const doc = JSON.parse(readFileSync(backup, 'utf8'));
    expect(doc.entries.map((e: ContractEntry) => e.note)).toEqual(['open', 'just for me']);
    expect(doc).toMatchObject({ includesPrivate: true, config: { country: 'DE' }, later: { kept: [1, 2] } });

    const shared = run(dir, ['export', '--format', 'json', '--exclude-private']);
    expect(JSON.parse(shared.stdout).entries.map((e: ContractEntry) => e.note)).toEqual(['open']);
    expect(shared.stderr).toMatch(/1 private entry was left out/);

    const other = newDataDir();
    const imp = run(other, ['import', backup]);
    expect(imp.code, imp.stderr).toBe(0);
    const restored = run(other, ['export', '--format', 'json']);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(strip(restored.stdout)).toEqual(strip(readFileSync(backup, 'utf8')));
    expect(run(other, ['config', 'get', 'country']).stdout.trim()).toBe('DE');
  });
});

describe('JSON that is not a peerpath journal', () => {
  it.each([['{"foo": 1}\n'], ['[1, 2, 3]\n'], ['{"theme":"dark","fontSize":12}']])('%s: exit 3, named, untouched', (content) => {
    const dir = newDataDir();
    expect(run(dir, ['config', 'set', 'country', 'DE']).code).toBe(0); // creates the folder
    const path = join(dir, 'journal.json');
    writeFileSync(path, content);
    for (const args of [['journal'], ['checkin', '--mood', '5']]) {
      const r = run(dir, args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toContain(path);
      expect(r.stderr).toContain('not a peerpath journal');
    }
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});
