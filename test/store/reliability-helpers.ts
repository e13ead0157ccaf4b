import { spawnSync } from 'node:child_process';
import type { Entry } from '../../src/core/entry.js';

export function makeEntry(i: number, note = `entry number ${i}`): Entry {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  return {
    id: `e${i.toString(36).padStart(5, '0')}`,
    at,
    recordedAt: at,
    mood: (i % 10) + 1,
    energy: null,
    anxiety: null,
    sleepHours: null,
    emotions: [],
    tags: ['t'],
    note,
    attended: [],
    private: false,
    updatedAt: null,
  };
}

/** A pid that certainly belongs to no running process (a child that has already exited). */
export function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

