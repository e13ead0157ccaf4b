import { readFileSync, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { parseRemindState, REMIND_FILE, remindStateFor, serializeRemindState, type RemindState } from '../core/remind.js';
import type { JournalData } from '../core/entry.js';
import type { FsOps } from './fs-ops.js';

/**
 * The reminder state file (`remind.json`, 0600) beside the journal. It lets `remind --if-due` answer
 * at every shell prompt without reading (or decrypting) the journal. It is derived data: the
 * journal's `remind` setting is the source, and every save brings the file in line.
 */

/** The state, or null when there is none or it cannot be read (a prompt hook never complains). */
export function readRemindState(dataDir: string): RemindState | null {
  try {
    return parseRemindState(readFileSync(join(dataDir, REMIND_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Called by the journal store after each save: write the state for `data` (atomically, 0600) when
 * it changed, or remove the file when no reminder is set.
 */
export async function syncRemindState(dataDir: string, data: JournalData, ops?: FsOps): Promise<void> {
  const path = join(dataDir, REMIND_FILE);
  const state = remindStateFor(data);
  if (!state) {
    await fsp.unlink(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    return;
  }
  const text = serializeRemindState(state);
  const current = await fsp.readFile(path, 'utf8').catch(() => null);
  if (current === text) return;
  // Loaded here, not at the top: `remind --if-due` reads this module and must not pay for node:crypto.
  const { writeFileAtomic } = await import('./atomic.js');
  await writeFileAtomic(path, Buffer.from(text, 'utf8'), ops);
}
