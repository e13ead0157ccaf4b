import { linkSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backupCurrent, chooseBackupsToDelete, KEEP_DAILY_DAYS, KEEP_LAST, listBackupFiles, MAX_BACKUP_BYTES, pruneBackups, type BackupFile,
} from '../../src/store/backups.js';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A backup made `ago` ms before NOW. */
function b(ago: number, bytes = 1000): BackupFile {
  const createdAt = new Date(NOW.getTime() - ago).toISOString();
  return { id: createdAt, path: `/x/${createdAt}`, createdAt, bytes };
}
const ages = (fs: BackupFile[]) => fs.map((f) => (NOW.getTime() - Date.parse(f.createdAt)) / HOUR).sort((x, y) => x - y);

describe('chooseBackupsToDelete', () => {
  it('constants are what the docs say', () => {
    expect(KEEP_LAST).toBe(10);
    expect(KEEP_DAILY_DAYS).toBe(14);
  });

  it.each([
    ['no backups', [], []],
    ['ten backups today: keep all', Array.from({ length: 10 }, (_, i) => b(i * 60_000)), []],
    // 15 in the last few minutes: the 10 newest stay (the newest of today is among them)
    ['fifteen today: drop the 5 oldest', Array.from({ length: 15 }, (_, i) => b(i * HOUR / 4)), [2.5, 2.75, 3, 3.25, 3.5]],
  ])('%s', (_name, files, deletedAgesInHours) => {
    expect(ages(chooseBackupsToDelete(files, NOW))).toEqual(deletedAgesInHours);
  });

  it('one a day for 30 days: keeps the 15 within 14 days, drops the older 15', () => {
    const files = Array.from({ length: 30 }, (_, i) => b(i * DAY));
    const deleted = chooseBackupsToDelete(files, NOW);
    expect(ages(deleted)).toEqual(Array.from({ length: 15 }, (_, i) => (15 + i) * 24));
  });

  it('several a day: the 10 newest plus the newest of each of the last 14 days', () => {
    // 4 a day (at 11:00, 08:00, 05:00, 02:00 UTC) for 20 days
    const files: BackupFile[] = [];
    for (let d = 0; d < 20; d++) for (const h of [1, 4, 7, 10]) files.push(b(d * DAY + h * HOUR));
    const deleted = new Set(chooseBackupsToDelete(files, NOW));
    const kept = files.filter((f) => !deleted.has(f));
    const newest10 = [...files].sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1)).slice(0, 10);
    for (const f of newest10) expect(kept).toContain(f);
    const keptDays = new Set(kept.map((f) => f.createdAt.slice(0, 10)));
    // days 0..13 fully within the window have their newest kept, older days none
    for (let d = 0; d < 14; d++) {
      const newestOfDay = b(d * DAY + 1 * HOUR);
      expect(kept.some((f) => f.createdAt === newestOfDay.createdAt)).toBe(true);
    }
    expect(keptDays.size).toBeLessThanOrEqual(15);
    for (const f of kept) expect(NOW.getTime() - Date.parse(f.createdAt)).toBeLessThanOrEqual(KEEP_DAILY_DAYS * DAY);
    expect(kept.length).toBe(10 + (14 - 3)); // days 0–2 are covered by the newest 10
  });

  it('input order does not matter', () => {
    const files = Array.from({ length: 30 }, (_, i) => b(i * DAY + (i % 3) * HOUR));
    const shuffled = [...files].sort((x, y) => (x.path.length % 7) - (y.path.length % 7) || (x.createdAt < y.createdAt ? -1 : 1)).reverse();
    expect(ages(chooseBackupsToDelete(shuffled, NOW))).toEqual(ages(chooseBackupsToDelete(files, NOW)));
  });

  it('over the size limit: daily backups go oldest first, but never the last 10', () => {
    const MB = 1024 * 1024;
    const files = Array.from({ length: 30 }, (_, i) => b(i * DAY, 20 * MB));
    // kept by age: days 0..14 = 15 × 20 MB = 300 MB > 256 MB → drop days 14, 13, 12 → 240 MB
    const deleted = chooseBackupsToDelete(files, NOW);
    expect(ages(deleted)).toEqual(Array.from({ length: 18 }, (_, i) => (12 + i) * 24));
    const keptBytes = files.filter((f) => !deleted.includes(f)).reduce((s, f) => s + f.bytes, 0);
    expect(keptBytes).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
  });

  it('never deletes any of the last 10, even when they alone are over the limit', () => {
    const files = Array.from({ length: 12 }, (_, i) => b(i * HOUR, 100 * 1024 * 1024));
    const deleted = chooseBackupsToDelete(files, NOW);
    expect(ages(deleted)).toEqual([10, 11]);
  });
});

describe('backup files on disk', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('backupCurrent keeps an exact copy; none when there is no journal yet; listed oldest first', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peerpath-backups-'));
    dirs.push(dataDir);
    const journal = join(dataDir, 'journal.json');
    expect(await backupCurrent(dataDir, journal, NOW)).toBeNull();
    writeFileSync(journal, 'state 1', { mode: 0o600 });
    const first = (await backupCurrent(dataDir, journal, new Date(NOW.getTime() - 1000)))!;
    expect(readFileSync(first.path, 'utf8')).toBe('state 1');
    expect(first.bytes).toBe(7);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    const second = (await backupCurrent(dataDir, journal, NOW))!;
    const listed = await listBackupFiles(dataDir);
    expect(listed.map((f) => f.id)).toEqual([first.id, second.id]);
    expect(listed[1]!.createdAt).toBe(NOW.toISOString());
    expect(first.id).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{4}$/);
  });

  it('listBackupFiles ignores other files, and pruneBackups deletes what the rotation says', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peerpath-backups-'));
    dirs.push(dataDir);
    const journal = join(dataDir, 'journal.json');
    writeFileSync(journal, '{}');
    for (let i = 0; i < 30; i++) await backupCurrent(dataDir, journal, new Date(NOW.getTime() - i * DAY));
    writeFileSync(join(dataDir, 'backups', 'README.txt'), 'not a backup');
    linkSync(journal, join(dataDir, 'backups', 'journal-bad-name.json'));
    expect(await listBackupFiles(dataDir)).toHaveLength(30);
    await pruneBackups(dataDir, NOW);
    expect(await listBackupFiles(dataDir)).toHaveLength(15);
    expect(readFileSync(join(dataDir, 'backups', 'README.txt'), 'utf8')).toBe('not a backup');
  });
});
