import { promises as fsp } from 'node:fs';
import { ExitCode, PeerpathError } from '../../core/errors.js';
import { listBackupFiles } from '../../store/backups.js';
import { isEncrypted } from '../../store/crypto.js';
import type { Ctx } from '../context.js';
import type { DoctorOptions } from './define.js';

export interface DoctorReport {
  journalPath: string;
  dataDir: string;
  dataDirFrom: string;
  exists: boolean;
  bytes: number;
  entries: number | null;
  schemaVersion: number | null;
  encrypted: boolean;
  permissions: { journal: string | null; dataDir: string | null; ok: boolean };
  backups: { count: number; bytes: number; newest: string | null; dir: string };
  lock: { held: boolean; pid: number | null };
  healthy: boolean;
  problems: string[];
  warnings: string[];
}

const mode = (m: number) => (m & 0o777).toString(8).padStart(3, '0');

export async function doctor(ctx: Ctx, opts: DoctorOptions): Promise<void> {
  const { dir, from } = ctx.dataDir();
  const store = ctx.store();
  const problems: string[] = [];
  const warnings: string[] = [];
  const fileStat = await fsp.stat(store.path).catch(() => null);
  const dirStat = await fsp.stat(dir).catch(() => null);
  let entries: number | null = null;
  let schemaVersion: number | null = null;
  let encrypted = false;
  let unreadable = false;
  if (fileStat?.isFile()) {
    const head = await fsp.readFile(store.path).catch(() => null);
    encrypted = head ? isEncrypted(head) : false;
    const canOpen = !encrypted || ctx.global.passphraseFile !== undefined || process.env.PEERPATH_PASSPHRASE_FILE !== undefined;
    if (canOpen) {
      try {
        const data = await store.read();
        entries = data.entries.length;
        schemaVersion = data.schemaVersion;
      } catch (err) {
        if (err instanceof PeerpathError && err.exitCode === ExitCode.unreadable) unreadable = true;
        problems.push(err instanceof Error ? err.message : String(err));
      }
    }
  } else if (fileStat) {
    unreadable = true;
    problems.push(`${store.path} is not a regular file.`);
  }
  if (fileStat && (fileStat.mode & 0o077) !== 0) warnings.push(`The journal is readable by other users (mode ${mode(fileStat.mode)}). Fix: chmod 600 "${store.path}"`);
  if (dirStat && (dirStat.mode & 0o077) !== 0) warnings.push(`The data folder is open to other users (mode ${mode(dirStat.mode)}). Fix: chmod 700 "${dir}"`);
  const backups = await listBackupFiles(dir);
  for (const b of backups) {
    const st = await fsp.stat(b.path).catch(() => null);
    if (st && (st.mode & 0o077) !== 0) {
      warnings.push(`Backup ${b.id} is readable by other users (mode ${mode(st.mode)}).`);
      break;
    }
  }
  let lockPid: number | null = null;
  const lockOwner = await fsp.readFile(`${store.path}.lock/owner`, 'utf8').catch(() => null);
  if (lockOwner) {
    try {
      lockPid = (JSON.parse(lockOwner) as { pid: number }).pid;
    } catch {
      lockPid = null;
    }
  }
  const report: DoctorReport = {
    journalPath: store.path,
    dataDir: dir,
    dataDirFrom: from,
    exists: Boolean(fileStat),
    bytes: fileStat?.size ?? 0,
    entries,
    schemaVersion,
    encrypted,
    permissions: { journal: fileStat ? mode(fileStat.mode) : null, dataDir: dirStat ? mode(dirStat.mode) : null, ok: warnings.length === 0 },
    backups: { count: backups.length, bytes: backups.reduce((s, b) => s + b.bytes, 0), newest: backups.at(-1)?.createdAt ?? null, dir: `${dir}/backups` },
    lock: { held: lockOwner !== null, pid: lockPid },
    healthy: problems.length === 0,
    problems,
    warnings,
  };
  if (opts.json) {
    ctx.out.json(report);
  } else {
    const { c } = ctx.out;
    const line = (k: string, v: string) => `${c.dim(k.padEnd(12))}${v}`;
    const out = [
      line('Journal', report.journalPath + (report.exists ? '' : c.dim('  (not created yet — your first check-in creates it)'))),
      line('Data folder', `${dir} ${c.dim(`(from ${from})`)}`),
    ];
    if (report.exists) {
      out.push(line('Size', `${report.bytes.toLocaleString('en')} bytes`));
      out.push(line('Entries', entries === null ? (encrypted ? 'locked (encrypted; pass --passphrase-file to count)' : 'unknown') : String(entries)));
      out.push(line('Encrypted', encrypted ? 'yes' : 'no'));
      out.push(line('Permissions', `journal ${report.permissions.journal}, folder ${report.permissions.dataDir}`));
    }
    out.push(line('Backups', backups.length ? `${backups.length}, newest ${report.backups.newest}` : 'none yet'));
    out.push(line('Lock', report.lock.held ? `held by process ${lockPid ?? '?'}` : 'free'));
    for (const w of warnings) out.push(c.yellow(`! ${w}`));
    for (const p of problems) out.push(c.red(`✗ ${p}`));
    if (report.healthy && !warnings.length) out.push(c.green('✓ All good.'));
    ctx.out.data(out.join('\n'));
  }
  if (unreadable) throw new PeerpathError('The journal cannot be read (see above). It was left untouched.', ExitCode.unreadable);
}
