/**
 * Issue 14, the habits of a terminal journal: quick entry (`checkin 6`), `last` wherever an id is
 * taken, the editor (a real editor process: a small sh script written here), `journal --full`,
 * and `journal edit`'s words.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs, type ContractEntry } from './helpers.js';

const dataDir = useTempDataDirs();
const tools = mkdtempSync(join(tmpdir(), 'peerpath-editor-bin-'));
afterAll(() => rmSync(tools, { recursive: true, force: true }));

/**
 * The fake editor: logs the file it was given and its mode to $LOG, then writes $NOTE_TEXT into it
 * (leaves it as it was when NOTE_TEXT is unset; empties it with EMPTY=1) and exits $EDITOR_EXIT.
 */
const EDITOR = join(tools, 'fake-editor.sh');
writeFileSync(
  EDITOR,
  [
    '#!/bin/sh',
    'for f; do :; done',
    'printf \'%s %s\\n\' "$f" "$(stat -c %a "$f")" >> "$LOG"',
    'cp "$f" "$LOG.seen"',
    'if [ -n "$EMPTY" ]; then : > "$f"; elif [ -n "${NOTE_TEXT+x}" ]; then printf \'%s\\n\' "$NOTE_TEXT" > "$f"; fi',
    'exit "${EDITOR_EXIT:-0}"',
    '',
  ].join('\n'),
);
chmodSync(EDITOR, 0o755);

function editorEnv(dir: string, extra: Record<string, string | undefined> = {}) {
  const log = join(dirname(dir), 'editor.log');
  return { log, env: { VISUAL: undefined, EDITOR, LOG: log, ...extra } };
}
const entries = (dir: string) => runJson<ContractEntry[]>(dir, ['journal', '--json']);

describe('quick entry: checkin MOOD', () => {
  it('`checkin 6` is `--mood 6`; `checkin 6 --tags walk` takes flags too', () => {
    const dir = dataDir();
    const r = run(dir, ['checkin', '6']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Saved\. Mood 6 \(okay\)/);
    expect(run(dir, ['checkin', '6', '--tags', 'walk']).code).toBe(0);
    expect(entries(dir).map((e) => [e.mood, e.tags])).toEqual([[6, []], [6, ['walk']]]);
  });

  it.each([['11'], ['six'], ['0'], ['6.5']])('`checkin %s` → exit 2, one line, nothing written', (mood) => {
    const dir = dataDir();
    const r = run(dir, ['checkin', mood]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^peerpath: .*1 to 10/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });

  it('a mood given twice (`checkin 6 --mood 7`) is refused', () => {
    const dir = dataDir();
    const r = run(dir, ['checkin', '6', '--mood', '7']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^peerpath: /);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });
});

describe('`last` wherever an id is taken', () => {
  it('show, edit and delete `last`: the most recent entry (the last line of `journal`)', () => {
    const dir = dataDir();
    run(dir, ['checkin', '4', '--at', '2 days ago']);
    const newest = runJson<ContractEntry>(dir, ['checkin', '7', '--note', 'newest', '--json']);
    run(dir, ['checkin', '5', '--at', 'yesterday']); // recorded later, but happened earlier
    expect(runJson<ContractEntry>(dir, ['journal', 'show', 'last', '--json']).id).toBe(newest.id);
    const shown = run(dir, ['journal', 'show', 'last']);
    expect(shown.stdout).toContain(newest.id);
    expect(shown.stdout).toContain('newest');

    const edited = run(dir, ['journal', 'edit', 'last', '--mood', '8', '--json']);
    expect(edited.code).toBe(0);
    expect(JSON.parse(edited.stdout)).toMatchObject({ id: newest.id, mood: 8 });

    const del = run(dir, ['journal', 'delete', 'last', '--yes']);
    expect(del.code).toBe(0);
    expect(del.stderr).toContain(`Deleted ${newest.id}`);
    expect(entries(dir).map((e) => e.mood)).toEqual([4, 5]);
  });

  it('`last` with no entries: exit 2, a kind line', () => {
    const r = run(dataDir(), ['journal', 'show', 'last']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^peerpath: No check-ins yet/);
  });
});

describe('--editor', () => {
  it('checkin --editor: the note is what the editor saved; the temp file was 0600 inside the data dir and is gone', () => {
    const dir = dataDir();
    const { log, env } = editorEnv(dir, { NOTE_TEXT: 'Walked to the river.\nSlept well after.' });
    const r = run(dir, ['checkin', '6', '--editor', '--json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mood: 6, note: 'Walked to the river.\nSlept well after.' });
    const [file, mode] = readFileSync(log, 'utf8').trim().split(' ');
    expect(dirname(file!)).toBe(dir);
    expect(mode).toBe('600');
    expect(existsSync(file!)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.note-edit'))).toEqual([]);
  });

  it('an editor that exits non-zero: exit 1 naming the status, nothing saved, temp file removed', () => {
    const dir = dataDir();
    const { log, env } = editorEnv(dir, { NOTE_TEXT: 'never saved', EDITOR_EXIT: '4' });
    const r = run(dir, ['checkin', '6', '--editor'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^peerpath: Your editor \(.*fake-editor\.sh\) exited with status 4, so nothing was saved\./);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    expect(existsSync(readFileSync(log, 'utf8').trim().split(' ')[0]!)).toBe(false);
  });

  it('an $EDITOR that does not exist: one clear line, exit 2, nothing written', () => {
    const dir = dataDir();
    const r = run(dir, ['checkin', '6', '--editor'], { env: { VISUAL: undefined, EDITOR: 'no-such-editor-xyz' } });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('peerpath: Can\'t open your editor: "no-such-editor-xyz" (from $EDITOR) was not found. Nothing was saved.');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });

  it('an empty file means no note', () => {
    const dir = dataDir();
    const { env } = editorEnv(dir, { EMPTY: '1' });
    expect(runJson<ContractEntry>(dir, ['checkin', '6', '--editor', '--json'], { env }).note).toBe('');
  });

  it('journal edit --editor starts from the current note; an unchanged note says "No changes." and writes nothing', () => {
    const dir = dataDir();
    const saved = runJson<ContractEntry>(dir, ['checkin', '5', '--note', 'first words', '--json']);
    const { log, env } = editorEnv(dir); // leaves the file as it is
    const before = readFileSync(join(dir, 'journal.json'));
    const same = run(dir, ['journal', 'edit', 'last', '--editor'], { env });
    expect(same.code).toBe(0);
    expect(readFileSync(`${log}.seen`, 'utf8')).toBe('first words\n');
    expect(same.stderr).toContain(`Editing ${saved.id}`);
    expect(same.stderr).toContain('No changes.');
    expect(readFileSync(join(dir, 'journal.json')).equals(before)).toBe(true);

    const changed = run(dir, ['journal', 'edit', saved.id, '--editor', '--json'], { env: { ...env, NOTE_TEXT: 'better words' } });
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout)).toMatchObject({ id: saved.id, note: 'better words' });
  });

  it('with an encrypted journal it says, once, that the editor sees the note in plain text', () => {
    const dir = dataDir();
    const pass = join(dirname(dir), 'pass');
    writeFileSync(pass, 'quiet harbour lights\n', { mode: 0o600 });
    expect(run(dir, ['--passphrase-file', pass, 'encrypt']).code).toBe(0);
    const { env } = editorEnv(dir, { NOTE_TEXT: 'private thoughts' });
    const r = run(dir, ['--passphrase-file', pass, 'checkin', '6', '--editor'], { env, timeout: 60_000 });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/plain text/g)).toHaveLength(1);
    expect(readFileSync(join(dir, 'journal.json')).includes(Buffer.from('private thoughts'))).toBe(false);
  });
});

describe('journal edit', () => {
  it('--no-private clears the mark; an edit that changes nothing says "No changes."', () => {
    const dir = dataDir();
    const saved = runJson<ContractEntry>(dir, ['checkin', '5', '--private', '--json']);
    const r = run(dir, ['journal', 'edit', 'last', '--no-private', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: saved.id, private: false });
    const again = run(dir, ['journal', 'edit', 'last', '--no-private', '--mood', '5']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('No changes.');
    expect(runJson<ContractEntry>(dir, ['journal', 'show', 'last', '--json']).updatedAt).toBe(JSON.parse(r.stdout).updatedAt);
  });
});

describe('journal --full', () => {
  it('shows whole notes and feeling words; the short list ends a longer note with …', () => {
    const dir = dataDir();
    run(dir, ['checkin', '3', '--emotions', 'tired,anxious', '--note', '-'], { input: 'A long day.\nCalled my sister.\n' });
    const short = run(dir, ['journal']).stdout;
    expect(short).toMatch(/A long day\.…\n$/);
    expect(short).not.toContain('sister');
    const full = run(dir, ['journal', '--full', '--no-pager']);
    expect(full.code).toBe(0);
    expect(full.stdout).toContain('tired, anxious');
    expect(full.stdout).toMatch(/\n {4}A long day\.\n {4}Called my sister\.\n/);
  });
});
