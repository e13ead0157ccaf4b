#!/usr/bin/env node
// Bundles src/ into dist/ with esbuild: one small entry chunk for fast start-up, and
// split chunks for what only some commands load (Inquirer, exporters) via `await import()`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const entry = join(out, 'main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

if (process.argv.includes('--if-needed') && existsSync(entry)) {
  const built = statSync(entry).mtimeMs;
  const inputs = Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'data')), statSync(join(root, 'package-lock.json')).mtimeMs);
  if (built >= inputs) process.exit(0);
}

// Build beside dist/ and swap it in, so a test run using dist/ meanwhile never sees it half-written.
const staging = `${out}.${process.pid}.tmp`;
rmSync(staging, { recursive: true, force: true });
// `remind --if-due` (a shell prompt hook): its own single-file bundle, loaded by main.ts as
// ./if-due.js, so answering it reads one module instead of a handful of shared chunks.
const ifDueEntry = { name: 'if-due-entry', setup: (b) => b.onResolve({ filter: /^\.\/if-due\.js$/ }, (a) => (a.importer.endsWith('main.ts') ? { path: './if-due.js', external: true } : undefined)) };
await build({
  entryPoints: [join(root, 'src/if-due.ts')],
  outfile: join(staging, 'if-due.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  plugins: [ifDueEntry],
  entryPoints: [join(root, 'src/main.ts')],
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minifySyntax: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (proper-lockfile, graceful-fs) call require() for Node built-ins.
  banner: { js: "import { createRequire as __peerpathCreateRequire } from 'node:module'; const require = __peerpathCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
const old = `${out}.${process.pid}.old`;
if (existsSync(out)) renameSync(out, old);
renameSync(staging, out);
rmSync(old, { recursive: true, force: true });

// The man page, generated from the command tree just built (the same tree and help text as --help),
// written only when it changed. package.json's "man" field points at it.
const manPath = join(root, 'docs/peerpath.1');
const man = execFileSync(process.execPath, [entry, '__manpage'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
if (!existsSync(manPath) || readFileSync(manPath, 'utf8') !== man) writeFileSync(manPath, man);
