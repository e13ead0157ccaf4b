import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/peerpath.js', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh temporary data directory; call the returned cleanup in afterEach/afterAll. */
export function tempDataDir(): { dir: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'peerpath-test-'));
  const dir = join(base, 'data');
  return { dir, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/**
 * For a test file: returns a function that makes a fresh, empty temporary directory (named
 * `prefix…`), each removed after the test that made it.
 */
export function useTempDirs(prefix = 'peerpath-test-'): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    made.push(d);
    return d;
  };
}

/**
 * For a test file: returns a function that gives a fresh data directory path (not yet created,
 * as on a first run) inside a temporary directory removed after the test that made it.
 */
export function useTempDataDirs(): () => string {
  const tempDir = useTempDirs();
  return () => join(tempDir(), 'data');
}

/** Environment for e2e runs: no colour, production, no inherited peerpath settings. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NODE_ENV: 'production' };
  delete env.PEERPATH_HOME;
  delete env.PEERPATH_PASSPHRASE_FILE;
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Run the built CLI with `--data-dir dataDir` prepended (pass dataDir null to omit it). */
export function run(
  dataDir: string | null,
  args: string[],
  opts: { input?: string; env?: Record<string, string | undefined>; cwd?: string; timeout?: number } = {},
): RunResult {
  const full = dataDir === null ? args : ['--data-dir', dataDir, ...args];
  const spawnOpts: SpawnSyncOptions = {
    input: opts.input ?? '',
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    timeout: opts.timeout ?? 20_000,
  };
  if (opts.cwd) spawnOpts.cwd = opts.cwd;
  const r = spawnSync(process.execPath, [BIN, ...full], spawnOpts);
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/**
 * `run`, without blocking: for slow steps (a passphrase's key derivation on a busy machine) that
 * would otherwise hold the test worker's event loop long enough for vitest to time out talking to it.
 */
export function runAsync(dataDir: string | null, args: string[], opts: { env?: Record<string, string | undefined> } = {}): Promise<RunResult> {
  const full = dataDir === null ? args : ['--data-dir', dataDir, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...full], { env: cleanEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Run and parse stdout as JSON, failing loudly with stderr when it is not. */
export function runJson<T = unknown>(dataDir: string | null, args: string[], opts: Parameters<typeof run>[2] = {}): T {
  const r = run(dataDir, args, opts);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/**
 * A journal entry as the interface contract spells it (written out here, not imported from src,
 * so the e2e tests check the contract itself rather than whatever the source types say).
 */
export interface ContractEntry {
  id: string;
  at: string;
  recordedAt: string;
  mood: number;
  energy: number | null;
  anxiety: number | null;
  sleepHours: number | null;
  emotions: string[];
  tags: string[];
  note: string;
  attended: string[];
  private: boolean;
  updatedAt: string | null;
}
