import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { PeerpathError } from '../core/errors.js';
import { crontabWith, type InstallPlan, type SchedulerKind } from '../core/remind-schedule.js';
import { writeFileAtomic } from './atomic.js';

/**
 * Carrying out a reminder install plan, and undoing exactly that. What was written is kept in a
 * manifest beside the journal (`remind-install.json`, 0600): uninstall removes the files it lists
 * (unless they were changed since) and the crontab line it names, nothing else.
 */

export const MANIFEST_FILE = 'remind-install.json';

export interface Manifest {
  kind: SchedulerKind;
  files: { path: string; sha256: string }[];
  cronLine: string | null;
  deactivate: string[][];
  afterRemove: string[][];
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}
/** Runs a program (never through a shell); `input` goes to its stdin. */
export type Runner = (argv: readonly string[], input?: string) => Promise<RunResult>;

export const runProgram: Runner = (argv, input) =>
  new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (err) => resolve({ code: null, stdout, stderr: err.message }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });

/** What happened, for the command to tell the person. */
export interface Outcome {
  written: string[];
  removed: string[];
  /** Files left in place because they were changed after install. */
  keptChanged: string[];
  /** Commands that did not succeed: argv and a short reason. */
  failed: { argv: string[]; reason: string }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const emptyOutcome = (): Outcome => ({ written: [], removed: [], keptChanged: [], failed: [] });

export async function readManifest(dataDir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await fsp.readFile(join(dataDir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new PeerpathError(`The reminder's install record ${join(dataDir, MANIFEST_FILE)} can't be read: ${(err as Error).message}.`);
  }
}

async function readText(path: string): Promise<string | null> {
  return fsp.readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
}

async function runAll(cmds: readonly string[][], run: Runner, out: Outcome): Promise<void> {
  for (const argv of cmds) {
    const r = await run(argv);
    if (r.code !== 0) out.failed.push({ argv, reason: (r.stderr.trim().split('\n')[0] || `exit ${r.code}`).slice(0, 200) });
  }
}

/** The current crontab ("" when the person has none). */
async function readCrontab(run: Runner): Promise<string> {
  const r = await run(['crontab', '-l']);
  if (r.code === 0) return r.stdout;
  if (/no crontab/i.test(r.stderr)) return '';
  throw new PeerpathError(`Could not read your crontab: ${r.stderr.trim() || `crontab exited with ${r.code}`}.`);
}

async function writeCrontab(text: string, run: Runner): Promise<void> {
  const r = await run(['crontab', '-'], text);
  if (r.code !== 0) throw new PeerpathError(`Could not write your crontab: ${r.stderr.trim() || `crontab exited with ${r.code}`}.`);
}

/**
 * Files of the plan that exist, are not ours from an earlier install, and differ from what we would
 * write: install must not overwrite them.
 */
export async function conflicts(plan: InstallPlan, previous: Manifest | null): Promise<string[]> {
  const ours = new Map((previous?.files ?? []).map((f) => [f.path, f.sha256]));
  const found: string[] = [];
  for (const f of plan.files) {
    const current = await readText(f.path);
    if (current === null || current === f.content) continue;
    if (ours.get(f.path) === sha256(current)) continue;
    found.push(f.path);
  }
  return found;
}

/**
 * Carry out an install plan: undo an earlier install of ours first, write the files (0644: launchd
 * and systemd refuse agents others can write), add the crontab line, record the manifest, then run
 * the commands that load the timer. Commands that fail are reported, not thrown: the files stay.
 */
export async function applyInstall(dataDir: string, plan: InstallPlan, run: Runner = runProgram): Promise<Outcome> {
  const previous = await readManifest(dataDir);
  const clash = await conflicts(plan, previous);
  if (clash.length > 0) {
    throw new PeerpathError(`Not installed: ${clash.join(', ')} already exists and was not written by peerpath. Nothing was changed.`, 1, 'Move it aside, or use `peerpath remind shell` instead.');
  }
  const out = emptyOutcome();
  if (previous) {
    const undone = await applyUninstall(dataDir, run, new Set(plan.files.map((f) => f.path)));
    out.failed.push(...(undone?.failed ?? []));
  }
  for (const f of plan.files) {
    await fsp.mkdir(dirname(f.path), { recursive: true });
    await writeFileAtomic(f.path, Buffer.from(f.content, 'utf8'));
    await fsp.chmod(f.path, 0o644);
    out.written.push(f.path);
  }
  if (plan.cronLine) await writeCrontab(crontabWith(await readCrontab(run), plan.cronLine), run);
  const manifest: Manifest = {
    kind: plan.kind,
    files: plan.files.map((f) => ({ path: f.path, sha256: sha256(f.content) })),
    cronLine: plan.cronLine,
    deactivate: plan.deactivate,
    afterRemove: plan.afterRemove,
  };
  await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(join(dataDir, MANIFEST_FILE), Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  await runAll(plan.activate, run, out);
  return out;
}

/**
 * Undo what the manifest records: stop the timer, remove each file written (left in place when it
 * was changed since), remove our crontab line, then forget the manifest. `keep` names files about
 * to be written again (a reinstall), which are left for the new install to replace. Returns null
 * when nothing was installed from this data folder.
 */
export async function applyUninstall(dataDir: string, run: Runner = runProgram, keep: ReadonlySet<string> = new Set()): Promise<Outcome | null> {
  const manifest = await readManifest(dataDir);
  if (!manifest) return null;
  const out = emptyOutcome();
  await runAll(manifest.deactivate, run, out);
  for (const f of manifest.files) {
    if (keep.has(f.path)) continue;
    const current = await readText(f.path);
    if (current === null) continue;
    if (sha256(current) !== f.sha256) {
      out.keptChanged.push(f.path);
      continue;
    }
    await fsp.unlink(f.path);
    out.removed.push(f.path);
  }
  if (manifest.cronLine) {
    const current = await readCrontab(run);
    const lines = current.split('\n');
    const kept = lines.filter((l) => l !== manifest.cronLine);
    if (kept.length !== lines.length) {
      await writeCrontab(kept.join('\n'), run);
      out.removed.push('the peerpath line in your crontab');
    }
  }
  if (keep.size === 0) await runAll(manifest.afterRemove, run, out);
  await fsp.unlink(join(dataDir, MANIFEST_FILE)).catch(() => undefined);
  return out;
}
