/**
 * Import in a real pseudo-terminal (node-pty): the prompt for renamed Daylio moods, and the
 * progress bar that only a terminal gets.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/entry.js';
import { run, runJson, useTempDataDirs } from './helpers.js';
import { KEY, spawnCli as spawnPty } from './pty.js';

/** Imports can take a while on a busy machine: generous waits. */
const spawnCli = (args: string[]) => spawnPty(args, {}, 30_000, { waitMs: 15_000 });

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const dataDir = useTempDataDirs();

describe('import in a terminal', () => {
  it('asks the level of each renamed Daylio mood, then imports', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, 'import', join(FIXTURES, 'daylio-9-renamed.csv')]);
    // choices run 10 … 1 with 5 highlighted: four times up is 9
    await s.answer(/"great" \(2 entries\)/, KEY.up, KEY.up, KEY.up, KEY.up, KEY.enter);
    await s.answer(/"okay-ish" \(1 entry\)/, KEY.enter);
    expect(await s.exit, s.text()).toBe(0);
    expect(s.text()).toMatch(/--mood-map "great=9,okay-ish=5"/);
    expect(runJson<Entry[]>(dir, ['journal', '--json']).map((e) => e.mood).sort()).toEqual([5, 9, 9]);
  }, 40_000);

  it('shows a progress bar for a large file on a terminal, and none when piped', async () => {
    const dir = dataDir();
    const rows = ['full_date,date,weekday,time,mood,activities,note_title,note'];
    for (let i = 0; i < 5000; i++) {
      const d = new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      rows.push(`${d},,,8:00 am,good,"walk | music",,"day ${i}"`);
    }
    const file = join(dir, '..', 'big.csv');
    writeFileSync(file, rows.join('\n'));
    const s = spawnCli(['--data-dir', dir, 'import', file]);
    expect(await s.exit, s.text()).toBe(0);
    expect(s.raw()).toMatch(/reading \[#+ *\] \d+\/5000/);
    expect(s.text()).toMatch(/5000 new entries/);
    const piped = run(dir, ['import', file]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toMatch(/reading \[/);
  }, 60_000);
});
