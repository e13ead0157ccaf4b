/**
 * peerpath makes no network connection. Two independent checks:
 * 1. static — the built code in dist/ imports no networking module and names no networking global;
 * 2. dynamic — the built CLI runs its commands with every networking entry point replaced by a
 *    tripwire (test/security/fixtures/network-tripwire.mjs) and none is touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, tempDataDir } from '../e2e/helpers.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TRIPWIRE = fileURLToPath(new URL('./fixtures/network-tripwire.mjs', import.meta.url));

const NET_MODULES = ['http', 'https', 'http2', 'net', 'dns', 'tls', 'dgram', 'undici', 'ws', 'node-fetch', 'axios'];
const moduleRef = new RegExp(
  String.raw`(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["'\`](?:node:)?(` +
    NET_MODULES.join('|') +
    String.raw`)(?:/[^"'\`]*)?["'\`]`,
  'g',
);
// Globals: a call or property read of fetch/WebSocket/XMLHttpRequest/EventSource/navigator.sendBeacon.
const globalRef = /(?<![\w$.])(?:globalThis\.|window\.|self\.)?(fetch|WebSocket|XMLHttpRequest|EventSource|sendBeacon)\b(?!\s*:)/g;

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (/\.(m|c)?js$/.test(name)) out.push(p);
  }
  return out;
}

/** Strip string literal contents and comments roughly enough to avoid matching prose. */
function codeOnly(src: string): string {
  return src
    // Web addresses in the bundled data are text, not code ("https://aws-fetch.s3…" is a source page).
    .replace(/\bhttps?:\/\/[^\s"'`\\]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/[^\n]*/g, '$1 ');
}

describe('no network: static scan of dist/', () => {
  it('dist/ exists and holds the bundled CLI', () => {
    expect(existsSync(join(DIST, 'main.js'))).toBe(true);
  });

  it('no file in dist/ imports or requires a networking module', () => {
    const files = jsFiles(DIST);
    expect(files.length).toBeGreaterThan(0);
    const hits: string[] = [];
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(moduleRef)) hits.push(`${f.slice(DIST.length)}: ${m[0]}`);
    }
    expect(hits).toEqual([]);
  });

  it('no file in dist/ uses fetch, WebSocket, XMLHttpRequest, EventSource or sendBeacon', () => {
    const hits: string[] = [];
    for (const f of jsFiles(DIST)) {
      const src = codeOnly(readFileSync(f, 'utf8'));
      for (const m of src.matchAll(globalRef)) {
        const at = m.index ?? 0;
        hits.push(`${f.slice(DIST.length)}: …${src.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('the scan itself finds what it looks for (self-test on a planted sample)', () => {
    const sample = [
      'import http from "node:http";',
      'const x = require("https");',
      'await import("net");',
      'import { lookup } from "dns/promises";',
      'await fetch("https://x")',
      'new WebSocket(u)',
      'globalThis.fetch(u)',
    ].join('\n');
    expect([...sample.matchAll(moduleRef)].map((m) => m[1])).toEqual(['http', 'https', 'net', 'dns']);
    expect([...codeOnly(sample).matchAll(globalRef)].map((m) => m[1])).toEqual(['fetch', 'WebSocket', 'fetch']);
    // and does not flag ordinary words
    expect([...'const prefetch = 1; obj.fetch = 2; const net = 3; "network"'.matchAll(globalRef)]).toEqual([]);
  });
});

describe('no network: the CLI under a tripwire', () => {
  const tmp = tempDataDir();
  const log = join(tmp.dir, '..', 'tripwire.log');

  const PASS_FILE = join(tmp.dir, '..', 'pass.txt');
  beforeAll(() => {
    writeFileSync(log, '');
    writeFileSync(PASS_FILE, 'no network here please\n');
  });
  afterAll(() => tmp.cleanup());

  const runTripwired = (args: string[], input = '') => {
    const r = spawnSync(process.execPath, ['--import', TRIPWIRE, BIN, '--data-dir', tmp.dir, ...args], {
      input,
      env: cleanEnv({ PEERPATH_TRIPWIRE_LOG: log }),
      encoding: 'utf8',
      timeout: 20_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  // Commands land in stages; exercise every one the built CLI lists in its help.
  const help = spawnSync(process.execPath, [BIN, '--help'], { env: cleanEnv(), encoding: 'utf8' }).stdout ?? '';
  const listed = (args: string[]) => {
    const cmd = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--passphrase-file');
    return cmd === undefined || new RegExp(`^\\s+${cmd}\\b`, 'm').test(help);
  };
  const commands: string[][] = [
    ['--help'],
    ['checkin', '--no-input', '--mood', '6', '--tags', 'walk', '--note', 'ok'],
    ['journal', '--json'],
    ['stats', '--json'],
    ['programs', '--json'],
    ['help-now', '--country', 'US'],
    ['export', '--format', 'html'],
    ['doctor', '--json'],
    ['backups', 'list', '--json'],
    ['calendar'],
    ['programs', 'match', '--no-input', '--json'],
    ['--passphrase-file', PASS_FILE, 'encrypt'],
    ['--passphrase-file', PASS_FILE, 'checkin', '--no-input', '--mood', '4'],
    ['--passphrase-file', PASS_FILE, 'decrypt'],
  ];

  it('the built CLI lists its commands', () => expect(help).toMatch(/checkin/));

  it.each(commands.filter(listed).map((a) => [a]))('peerpath %j touches no network entry point', (args) => {
    const r = runTripwired(args);
    expect(r.stderr).not.toMatch(/tried to use the network/);
    expect(readFileSync(log, 'utf8')).toBe('');
    // The command itself is expected to work (its own tests check what it prints).
    expect(r.code, r.stderr).toBe(0);
  });

  it('the tripwire really trips (self-test)', () => {
    const r = spawnSync(process.execPath, ['--import', TRIPWIRE, '-e', 'fetch("http://127.0.0.1:9")'], {
      env: cleanEnv({ PEERPATH_TRIPWIRE_LOG: log }),
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('fetch\n');
    writeFileSync(log, '');
  });
});
