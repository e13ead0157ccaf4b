/**
 * Kill loop: run the built CLI doing check-ins and SIGKILL it at random moments, many times, two
 * at a time on one journal. Afterwards the journal parses, keeps mode 0600, and holds every entry
 * whose command exited 0 (an entry may also survive a kill that came after its save).
 *
 * PEERPATH_KILLS sets how many kills to reach (default 200); the figures are printed at the end.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeJournal, validateJournal } from '../../src/core/journal-schema.js';
import { emptyJournal } from '../../src/core/entry.js';
import { makeEntry } from '../store/reliability-helpers.js';
import { BIN, cleanEnv, tempDataDir } from './helpers.js';

const KILLS = Number(process.env.PEERPATH_KILLS ?? 200);
const SEED_ENTRIES = 1500; // a journal of a few hundred KB, so a save takes long enough to be hit

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runCheckin(dir: string, mood: number, note: string, killAfterMs: number | null): Promise<Outcome & { pid: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, '--data-dir', dir, 'checkin', '--no-input', '--mood', String(mood), '--note', note, '--json'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0, pid: child.pid! });
    });
  });
}

function readJournalFile(dir: string) {
  const text = readFileSync(join(dir, 'journal.json'), 'utf8');
  return validateJournal(JSON.parse(text)).data;
}

const tmp = tempDataDir();
afterAll(() => tmp.cleanup());

describe('SIGKILL at random moments', () => {
  it(`check-ins SIGKILLed at random until ${KILLS} kills: every acknowledged entry survives, the journal always parses`, async () => {
    const dir = tmp.dir;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const seed = emptyJournal();
    for (let i = 0; i < SEED_ENTRIES; i++) seed.entries.push(makeEntry(i, `seed entry ${i} `.repeat(4)));
    writeFileSync(join(dir, 'journal.json'), serializeJournal(seed), { mode: 0o600 });

    // How long a check-in takes here, two at a time. Kills land around the end of a run, where the
    // save happens; `scale` adapts so that roughly a third of the runs still complete.
    const warm: number[] = [];
    for (let i = 0; i < 2; i++) {
      const rs = await Promise.all([runCheckin(dir, 5, `warm-up ${i}a`, null), runCheckin(dir, 5, `warm-up ${i}b`, null)]);
      for (const r of rs) {
        expect(r.code).toBe(0);
        warm.push(r.ms);
      }
    }
    warm.sort((a, b) => a - b);
    const typical = warm[2]!;
    let scale = 1;

    const acknowledged = new Set<string>();
    const fig = { runs: 0, killed: 0, killedHoldingLock: 0, killedLeavingTemp: 0, completed: 0, failed: 0, checks: 0, ownerlessLockDirsLeft: 0 };
    const failures: string[] = [];
    let next = 0;
    const t0 = performance.now();

    const check = () => {
      const data = readJournalFile(dir);
      const ids = new Set(data.entries.map((e) => e.id));
      for (const id of acknowledged) expect(ids.has(id), `acknowledged entry ${id} is missing`).toBe(true);
      expect(statSync(join(dir, 'journal.json')).mode & 0o777).toBe(0o600);
      fig.checks++;
    };

    const worker = async () => {
      for (;;) {
        if (fig.killed >= KILLS || next >= KILLS * 3) return;
        const i = next++;
        const killAt = typical * scale * (0.5 + Math.random() * 0.8);
        const r = await runCheckin(dir, (i % 10) + 1, `kill-loop ${i}`, killAt);
        fig.runs++;
        scale = Math.min(4, Math.max(0.1, scale * (r.signal === 'SIGKILL' ? 1.04 : 0.88)));
        if (r.signal === 'SIGKILL') {
          fig.killed++;
          const owner = join(dir, 'journal.json.lock', 'owner');
          if (existsSync(owner)) {
            try {
              if ((JSON.parse(readFileSync(owner, 'utf8')) as { pid: number }).pid === r.pid) fig.killedHoldingLock++;
            } catch {
              /* being replaced by the other worker */
            }
          }
          if (readdirSync(dir).some((n) => n.includes(`.${r.pid}.`) && n.endsWith('.tmp'))) fig.killedLeavingTemp++;
        } else if (r.code === 0) {
          fig.completed++;
          acknowledged.add((JSON.parse(r.stdout) as { id: string }).id);
        } else {
          fig.failed++;
          failures.push(`exit ${r.code}: ${r.stderr.trim()}`);
        }
        if (i % 20 === 0) check();
      }
    };
    await Promise.all([worker(), worker()]);
    check();

    // One last undisturbed check-in takes over any dead lock and sweeps stale temp files.
    const last = await runCheckin(dir, 7, 'after the storm', null);
    expect(last.code).toBe(0);
    acknowledged.add((JSON.parse(last.stdout) as { id: string }).id);
    check();
    const data = readJournalFile(dir);
    const litterCount = readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.includes('.lock')).length;
    fig.ownerlessLockDirsLeft = litterCount;
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `KILL-LOOP ${JSON.stringify({ ...fig, acknowledged: acknowledged.size, entriesAfter: data.entries.length, typicalCheckinMs: Math.round(typical), seconds: Number(seconds.toFixed(1)) })}`,
    );
    // Nothing is left but, at most, a lock folder of a run killed before its owner file was complete
    // (preparing the lock) or after it was deleted (removing a released lock): it cannot be told from
    // a live one until it is 10 s old, and the first save after that removes it.
    const litter = readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.includes('.lock'));
    for (const n of litter) {
      expect(n, 'left behind').toMatch(/^journal\.json\.lock\.([0-9a-f]+\.new|rel-[0-9a-f]+|dead-[0-9a-f]+)$/);
      let owner: unknown = null;
      try {
        owner = JSON.parse(readFileSync(join(dir, n, 'owner'), 'utf8'));
      } catch {
        owner = null; // missing or half-written
      }
      expect(owner, `${n} has a complete owner file, so it should have been swept`).toBeNull();
      const old = new Date(Date.now() - 60_000);
      utimesSync(join(dir, n), old, old); // as if 10 s had passed
    }
    if (litter.length) {
      const sweep = await runCheckin(dir, 6, 'a minute later', null);
      expect(sweep.code).toBe(0);
      acknowledged.add((JSON.parse(sweep.stdout) as { id: string }).id);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.includes('.lock')), 'swept once stale').toEqual([]);
    }
    expect(readJournalFile(dir).entries.length).toBeGreaterThanOrEqual(SEED_ENTRIES + 4 + acknowledged.size);
    check();
    expect(new Set(data.entries.map((e) => e.id)).size).toBe(data.entries.length);

    expect(failures, 'no run failed other than by being killed').toEqual([]);
    expect(fig.killed).toBeGreaterThanOrEqual(KILLS);
    expect(fig.completed, 'some runs completed between the kills').toBeGreaterThan(0);
  }, 300_000);
});
