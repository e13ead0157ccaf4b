import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, tempPrefix, writeFileAtomic } from '../../src/store/atomic.js';
import { realFsOps, type FsOps } from '../../src/store/fs-ops.js';
import { useTempDirs } from '../e2e/helpers.js';

const tempDir = useTempDirs('peerpath-atomic-');

describe('writeFileAtomic', () => {
  it('writes the bytes exactly, mode 0600, and leaves no temp files', async () => {
    const dir = tempDir();
    const target = join(dir, 'journal.json');
    const data = Buffer.from('{"note":"🙂 ünïcödé\\n"}\n', 'utf8');
    await writeFileAtomic(target, data);
    expect(readFileSync(target).equals(data)).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['journal.json']);
  });

  it('replaces an existing file by rename (a new inode) with no temp files left', async () => {
    const dir = tempDir();
    const target = join(dir, 'journal.json');
    writeFileSync(target, 'old', { mode: 0o644 });
    const before = statSync(target).ino;
    await writeFileAtomic(target, Buffer.from('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).ino).not.toBe(before);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['journal.json']);
  });

  it('many writes in a row leave only the target', async () => {
    const dir = tempDir();
    const target = join(dir, 'journal.json');
    for (let i = 0; i < 50; i++) await writeFileAtomic(target, Buffer.from(String(i)));
    expect(readFileSync(target, 'utf8')).toBe('49');
    expect(readdirSync(dir)).toEqual(['journal.json']);
  });

  it('writes large files completely', async () => {
    const dir = tempDir();
    const target = join(dir, 'journal.json');
    const big = Buffer.alloc(20 * 1024 * 1024, 'x');
    await writeFileAtomic(target, big);
    expect(statSync(target).size).toBe(big.length);
  });

  it.each(['create', 'write', 'fsync', 'close', 'rename'] as const)(
    'a failure at %s leaves the old file exactly and no temp file',
    async (step) => {
      const dir = tempDir();
      const target = join(dir, 'journal.json');
      writeFileSync(target, 'old');
      const ops: FsOps = {
        ...realFsOps,
        [step]: async () => {
          throw Object.assign(new Error(`injected ${step} failure`), { code: 'EIO' });
        },
      };
      await expect(writeFileAtomic(target, Buffer.from('new'), ops)).rejects.toThrow(`injected ${step} failure`);
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['journal.json']);
    },
  );
});

describe('removeStaleTemps', () => {
  it('removes only this target’s temp files', async () => {
    const dir = tempDir();
    const target = join(dir, 'journal.json');
    writeFileSync(target, 'x');
    writeFileSync(join(dir, `${tempPrefix(target)}123.abcdef.tmp`), 'partial');
    writeFileSync(join(dir, `${tempPrefix(target)}456.000000.tmp`), '');
    writeFileSync(join(dir, '.other.json.1.aa.tmp'), 'keep');
    writeFileSync(join(dir, 'notes.tmp'), 'keep');
    expect(await removeStaleTemps(target)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['.other.json.1.aa.tmp', 'journal.json', 'notes.tmp']);
    expect(await removeStaleTemps(join(dir, 'missing', 'journal.json'))).toBe(0);
  });
});
