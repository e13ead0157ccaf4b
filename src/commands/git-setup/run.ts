import { execFileSync } from 'node:child_process';
import { existsSync, promises as fsp, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { usageError } from '../../core/errors.js';
import { writeFileAtomic } from '../../store/atomic.js';
import { JOURNAL_FILE } from '../../store/paths.js';
import type { Ctx } from '../context.js';
import type { GitSetupOptions } from './define.js';

/** What git should not carry: backups, the lock, temp files and what belongs to this device only. */
export const GIT_IGNORED = [
  'backups/',
  `${JOURNAL_FILE}.lock/`,
  `${JOURNAL_FILE}.lock.*`,
  '.*.tmp',
  'device-id',
  'sync-base-*.json',
  'sync-folders.json',
  'note-draft',
  'remind.json',
];

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Add the lines `file` lacks (creating it), keeping what is there. Returns how many were added. */
async function ensureLines(file: string, lines: readonly string[]): Promise<number> {
  const text = await fsp.readFile(file, 'utf8').catch(() => '');
  const have = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !have.has(l));
  if (!missing.length) return 0;
  const sep = text && !text.endsWith('\n') ? '\n' : '';
  await writeFileAtomic(file, Buffer.from(`${text}${sep}${missing.join('\n')}\n`, 'utf8'));
  return missing.length;
}

export async function gitSetup(ctx: Ctx, _opts: GitSetupOptions): Promise<void> {
  const { dir } = ctx.dataDir();
  if (!existsSync(dir)) throw usageError(`There is no data folder at ${dir} yet.`, 'Check in once (or create the folder inside your git work tree), then run git-setup again.');
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    throw usageError(`The data folder ${dir} is not inside a git work tree.`, `Run \`git init\` in it (or in a folder above it) first, then \`peerpath git-setup\` again.`);
  }
  await ensureLines(join(dir, '.gitattributes'), [`${JOURNAL_FILE} merge=peerpath`]);
  await ensureLines(join(dir, '.gitignore'), GIT_IGNORED);
  // By absolute path: git runs the driver without peerpath on PATH (and from any folder).
  const bin = realpathSync(process.argv[1] ?? '');
  git(dir, ['config', 'merge.peerpath.name', 'peerpath journal, merged by entry']);
  git(dir, ['config', 'merge.peerpath.driver', `${quote(process.execPath)} ${quote(bin)} merge-driver %O %A %B`]);
  const where = relative(top, dir) || '.';
  ctx.out.info(`Set up git in ${top} to merge the journal by entry.`);
  ctx.out.info(`  ${join(where, '.gitattributes')}: ${JOURNAL_FILE} merge=peerpath`);
  ctx.out.info(`  ${join(where, '.gitignore')}: backups, the lock, temp files and this device's own files`);
  ctx.out.info(`  merge.peerpath.driver in this clone's git config (each clone runs \`peerpath git-setup\` once)`);
  ctx.out.info('Commit .gitattributes, .gitignore and journal.json; then pull and push as usual.');
}
