/**
 * editText with real editor processes: small sh scripts written here that do what an editor does
 * (change the file they are given, then exit with some status).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PeerpathError } from '../../src/core/errors.js';
import { editorCommand, editText } from '../../src/ui/editor.js';

const bases: string[] = [];
afterEach(() => {
  for (const b of bases.splice(0)) rmSync(b, { recursive: true, force: true });
});

/** A data dir that does not exist yet, and a folder (with a space in its name) for editor scripts. */
function setup() {
  const base = mkdtempSync(join(tmpdir(), 'peerpath-editor-'));
  bases.push(base);
  const bin = join(base, 'my editors');
  mkdirSync(bin);
  return { dir: join(base, 'data'), bin, log: join(base, 'log') };
}

/** An editor script: records the file it got (its last argument, "$f") and that file's mode, then runs `body`. */
function script(bin: string, name: string, body: string): string {
  const path = join(bin, name);
  writeFileSync(path, `#!/bin/sh\nfor f; do :; done\nprintf '%s %s\\n' "$f" "$(stat -c %a "$f")" >> "$LOG"\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const logged = (log: string) => readFileSync(log, 'utf8').trim().split(' ');

describe('editText', () => {
  it('opens $EDITOR (quoted path plus arguments) on a 0600 file inside the data dir, returns what was written, removes the file', async () => {
    const { dir, bin, log } = setup();
    const ed = script(bin, 'ed.sh', 'printf "Walked to the river\\nfrom %s\\n" "$1" >> "$f"');
    const text = await editText({ dir, initial: 'Before', env: { ...process.env, VISUAL: '', EDITOR: `"${ed}" --flag`, LOG: log } });
    expect(text).toBe('Before\nWalked to the river\nfrom --flag');
    const [file, mode] = logged(log);
    expect(dirname(file!)).toBe(dir);
    expect(mode).toBe('600');
    expect(existsSync(file!)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('$VISUAL wins over $EDITOR; vi is the fallback', () => {
    expect(editorCommand({ VISUAL: 'nano -w', EDITOR: 'ed' }).argv).toEqual(['nano', '-w']);
    expect(editorCommand({ EDITOR: 'ed' })).toEqual({ argv: ['ed'], from: 'EDITOR' });
    expect(editorCommand({ VISUAL: '  ' })).toEqual({ argv: ['vi'], from: null });
  });

  it('an empty file means no note', async () => {
    const { dir, bin, log } = setup();
    const ed = script(bin, 'empty.sh', ': > "$f"');
    expect(await editText({ dir, initial: 'old note', env: { ...process.env, VISUAL: ed, LOG: log } })).toBe('');
  });

  it('an editor that exits non-zero: exit 1 naming the status, temp file removed', async () => {
    const { dir, bin, log } = setup();
    const ed = script(bin, 'fail.sh', 'echo "half a note" >> "$f"; exit 3');
    const err = await editText({ dir, env: { ...process.env, VISUAL: ed, LOG: log } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(1);
    expect((err as PeerpathError).message).toMatch(/exited with status 3, so nothing was saved/);
    expect(existsSync(logged(log)[0]!)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an editor that does not exist: one clear line, exit 2, no temp file left', async () => {
    const { dir } = setup();
    const err = (await editText({ dir, env: { ...process.env, VISUAL: undefined, EDITOR: 'no-such-editor-xyz --wait' } }).catch((e: unknown) => e)) as PeerpathError;
    expect(err).toBeInstanceOf(PeerpathError);
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe('Can\'t open your editor: "no-such-editor-xyz" (from $EDITOR) was not found. Nothing was saved.');
    expect(err.hint).toMatch(/export EDITOR=/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unmatched quote in $EDITOR is a usage error', async () => {
    const { dir } = setup();
    const err = (await editText({ dir, env: { ...process.env, VISUAL: undefined, EDITOR: '"vim' } }).catch((e: unknown) => e)) as PeerpathError;
    expect(err.exitCode).toBe(2);
    expect(err.message).toMatch(/\$EDITOR has an unmatched quote/);
  });

  it('removes note files left by a run that was killed mid-edit, not those of a live run', async () => {
    const { dir, bin, log } = setup();
    mkdirSync(dir);
    const orphan = join(dir, '.note-edit-999999999-abcdef.txt');
    const live = join(dir, `.note-edit-${process.pid}-abcdef.txt`);
    writeFileSync(orphan, 'left behind', { mode: 0o600 });
    writeFileSync(live, 'in use', { mode: 0o600 });
    await editText({ dir, env: { ...process.env, VISUAL: script(bin, 'noop.sh', 'true'), LOG: log } });
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
