import type { Command } from 'commander';
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import type { DynamicKind } from '../../core/command-spec.js';
import { completionScript, type CompletionShell } from '../../core/completion.js';
import { manPage } from '../../core/manpage.js';
import { REMIND_FILE } from '../../core/remind.js';
import { loadPrograms } from '../../directory/load.js';
import { JournalStore } from '../../store/journal.js';
import { BACKUP_DIR } from '../../store/backups.js';
import { JOURNAL_FILE } from '../../store/paths.js';
import { MANIFEST_FILE } from '../../store/scheduler.js';
import { VERSION } from '../../version.js';
import { CONFIG_KEYS } from '../config/run.js';
import type { Ctx } from '../context.js';
import { commandSpec } from './spec.js';

/** The tree as a spec, with the values of `config <key>` (the settings table) added. */
function specOf(root: CommandUnknownOpts) {
  const keys = { kind: 'words', words: Object.keys(CONFIG_KEYS) } as const;
  return commandSpec(root as unknown as Command, { 'config get <key>': keys, 'config set <key>': keys, 'config unset <key>': keys });
}

export async function completion(ctx: Ctx, shell: CompletionShell, root: CommandUnknownOpts): Promise<void> {
  ctx.out.data(completionScript(shell, specOf(root)).trimEnd());
}

/** How many entry ids `__complete ids` offers (newest first, after `last`). */
const RECENT_IDS = 30;

/**
 * Values only known now, one per line: program ids (bundled, then your own groups), entry ids, or
 * tags (most used first). Never asks anything and never fails: an encrypted or unreadable journal
 * gives only what needs no journal (it runs on Tab, inside someone's shell).
 */
export async function complete(ctx: Ctx, kind: DynamicKind): Promise<void> {
  const values: string[] = kind === 'programs' ? loadPrograms().map((p) => p.id) : kind === 'ids' ? ['last'] : [];
  try {
    // No passphrase source: an encrypted journal throws here and completes nothing more.
    const data = await new JournalStore({ dataDir: ctx.dataDir().dir }).read();
    if (kind === 'programs') values.push(...data.mine.map((m) => m.id));
    else if (kind === 'ids') values.push(...data.entries.slice(-RECENT_IDS).reverse().map((e) => e.id));
    else {
      const counts = new Map<string, number>();
      for (const e of data.entries) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      values.push(...[...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t));
    }
  } catch {
    /* nothing more to offer */
  }
  // Stored strings go to a shell: only plain words.
  const safe = values.filter((v) => /^[\p{L}\p{N}_.@+-]+$/u.test(v));
  if (safe.length > 0) ctx.out.data(safe.join('\n'));
}

export async function manpage(ctx: Ctx, root: CommandUnknownOpts): Promise<void> {
  ctx.out.data(
    manPage(specOf(root), {
      version: VERSION,
      exitStatus: [
        ['0', 'success'],
        ['1', 'an unexpected error (the message says to run again with --debug for details)'],
        ['2', 'usage or invalid input (an unknown flag, mood 11, a bad date, an unknown program id); nothing was written'],
        ['3', 'the journal file cannot be read (damaged, truncated, from a newer version, or not a peerpath journal); it is left untouched'],
        ['4', 'the journal is locked by another running peerpath and the wait timed out'],
        ['5', 'an encrypted journal and a wrong or missing passphrase'],
        ['130', 'cancelled (Ctrl+C at a prompt); nothing was written'],
      ],
      environment: [
        ['PEERPATH_HOME', 'the data folder (--data-dir beats it)'],
        ['XDG_DATA_HOME', 'with no PEERPATH_HOME, the data folder is $XDG_DATA_HOME/peerpath (an absolute path only)'],
        ['PEERPATH_PASSPHRASE_FILE', 'a file holding the passphrase of an encrypted journal'],
        ['NO_COLOR', 'any value turns colour off (so do --no-color and TERM=dumb)'],
      ],
      files: [
        [`DATA/${JOURNAL_FILE}`, 'the journal: check-ins, settings, saved programs and your own groups (0600). DATA is the data folder: `peerpath doctor` shows it; on Linux ~/.local/share/peerpath by default'],
        [`DATA/${BACKUP_DIR}/`, 'the last good states of the journal'],
        [`DATA/${REMIND_FILE}`, 'the reminder time and the day of the latest check-in, so `remind --if-due` need not open the journal'],
        [`DATA/${MANIFEST_FILE}`, 'what `remind install` wrote, so `remind uninstall` removes exactly that'],
      ],
    }).trimEnd(),
  );
}
