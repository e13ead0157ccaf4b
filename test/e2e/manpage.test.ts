/**
 * docs/peerpath.1: written by scripts/build.mjs from the built command tree (`__manpage`), so it
 * says what --help says; it renders with man, and groff reads it without a warning.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const PAGE = fileURLToPath(new URL('../../docs/peerpath.1', import.meta.url));
const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { man?: string; files?: string[] };
const has = (cmd: string) => spawnSync('/bin/sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('the man page', () => {
  it('is the page the built binary generates, and package.json names it', () => {
    const r = run(null, ['__manpage']);
    expect(r.code).toBe(0);
    expect(readFileSync(PAGE, 'utf8')).toBe(r.stdout);
    expect(pkg.man).toBe('./docs/peerpath.1');
    expect(pkg.files).toContain('docs/peerpath.1');
  });

  it('covers every command with its flags and help, and no hidden one', () => {
    const page = readFileSync(PAGE, 'utf8');
    for (const heading of ['peerpath remind set', 'peerpath completion', 'peerpath journal show', 'peerpath programs match']) {
      expect(page).toContain(`.SS "${heading.replace(/-/g, '\\-')}`);
    }
    expect(page).toContain('\\fB\\-\\-if\\-due\\fR');
    expect(page).toContain('.SH EXIT STATUS');
    expect(page).not.toMatch(/__complete|__manpage|peerpath menu/);
  });

  it.skipIf(!has('groff'))('groff reads it without warnings', () => {
    const r = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', PAGE], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!has('man'))('man -l renders it', () => {
    const r = spawnSync('man', ['-l', PAGE], { encoding: 'utf8', env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '80' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^PEERPATH\(1\)/);
    expect(r.stdout).toContain('remind set');
    expect(r.stdout).toContain('no medical advice');
  });
});
