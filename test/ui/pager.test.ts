/** The pager decision and a real pager process (a sh script that records what it was given). */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageIfTall, pagerCommand, screenRows } from '../../src/ui/pager.js';

const base = mkdtempSync(join(tmpdir(), 'peerpath-pager-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const got = join(base, 'paged.txt');
const pager = join(base, 'pager.sh');
writeFileSync(pager, `#!/bin/sh\necho "args: $*" > "${got}"\ncat >> "${got}"\n`);
chmodSync(pager, 0o755);

describe('pager', () => {
  it('counts the rows text takes, wrapped lines and wide characters included, colour codes not', () => {
    expect(screenRows('a\nb\nc\n', 80)).toBe(3);
    expect(screenRows('x'.repeat(81), 80)).toBe(2);
    expect(screenRows('日本'.repeat(21), 80)).toBe(2); // 84 columns
    expect(screenRows('\u001b[32m' + 'x'.repeat(80) + '\u001b[39m', 80)).toBe(1);
  });

  it('uses $PAGER split the shell way, less -FRX by default, none for an empty PAGER or cat', () => {
    expect(pagerCommand({})).toEqual(['less', '-FRX']);
    expect(pagerCommand({ PAGER: 'most -s' })).toEqual(['most', '-s']);
    expect(pagerCommand({ PAGER: '' })).toBeNull();
    expect(pagerCommand({ PAGER: 'cat' })).toBeNull();
  });

  it('text taller than the terminal goes through the pager; shorter text does not', async () => {
    const tall = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    expect(await pageIfTall('one\ntwo', { rows: 24, columns: 80, env: { ...process.env, PAGER: `${pager} -x` } })).toBe(false);
    expect(existsSync(got)).toBe(false);
    expect(await pageIfTall(tall, { rows: 24, columns: 80, env: { ...process.env, PAGER: `${pager} -x` } })).toBe(true);
    expect(readFileSync(got, 'utf8')).toBe(`args: -x\n${tall}\n`);
  });

  it('a missing pager program: not paged, so the caller prints', async () => {
    expect(await pageIfTall('a\n'.repeat(50), { rows: 24, columns: 80, env: { ...process.env, PAGER: 'no-such-pager-xyz' } })).toBe(false);
  });
});
