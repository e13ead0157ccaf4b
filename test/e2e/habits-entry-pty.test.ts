/**
 * Issue 14 in a pseudo-terminal: a note typed before Ctrl+C comes back as a draft, the guided
 * check-in opens the editor at the note step, and a journal taller than the terminal goes through
 * $PAGER (a script that records it was called) unless --no-pager.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyJournal } from '../../src/core/entry.js';
import { serializeJournal } from '../../src/core/journal-schema.js';
import { makeEntry } from '../store/reliability-helpers.js';
import { runJson, useTempDataDirs, type ContractEntry } from './helpers.js';
import { KEY, spawnCli, type Session } from './pty.js';

const dataDir = useTempDataDirs();
const DRAFT = 'note-draft';

/** Enter through the extras up to the note question. */
async function toTheNote(s: Session, first: string = 'How are you feeling right now?') {
  await s.answer(first, KEY.enter);
  await s.answer('Any of these words fit?', KEY.enter);
  await s.answer('Energy?', KEY.enter);
  await s.answer('Anxiety?', KEY.enter);
  await s.answer('Hours slept?', KEY.enter);
  await s.answer('Tags, comma-separated?', KEY.enter);
}

describe('guided check-in habits in a pseudo-terminal', () => {
  it('a note typed before Ctrl+C is kept as a 0600 draft, and the next check-in offers it back', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, 'checkin']);
    await toTheNote(s);
    await s.answer('A note?', 'Half a thought about the river', KEY.ctrlC);
    expect(await s.exit).toBe(130);
    expect(s.text()).toMatch(/kept as a draft/);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    expect(statSync(join(dir, DRAFT)).mode & 0o777).toBe(0o600);

    const again = spawnCli(['--data-dir', dir, 'checkin']);
    await again.answer('You started a note', KEY.enter); // yes, use it
    expect(again.text()).toContain('“Half a thought about the river”');
    await toTheNote(again);
    await again.answer('A note?', KEY.enter); // the draft is the answer Enter gives
    await again.answer('Keep this one private', KEY.enter);
    await again.answer('Which country are you in?', KEY.enter); // asked once, on the first guided check-in
    expect(await again.exit).toBe(0);
    expect(runJson<ContractEntry[]>(dir, ['journal', '--json']).map((e) => e.note)).toEqual(['Half a thought about the river']);
    expect(existsSync(join(dir, DRAFT))).toBe(false);
  });

  it('the note step opens the editor when asked ("e"), and its text becomes the note', async () => {
    const dir = dataDir();
    const editor = join(dirname(dir), 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\nprintf "Written in my editor\\nline two\\n" > "$1"\n');
    chmodSync(editor, 0o755);
    const s = spawnCli(['--data-dir', dir, 'checkin'], { VISUAL: editor });
    await toTheNote(s);
    await s.answer('write it in your editor', 'e', KEY.enter);
    await s.answer('Keep this one private', KEY.enter);
    await s.answer('Which country are you in?', KEY.enter);
    expect(await s.exit).toBe(0);
    expect(runJson<ContractEntry[]>(dir, ['journal', '--json'])[0]!.note).toBe('Written in my editor\nline two');
  });

  it('a journal taller than the terminal goes through $PAGER; --no-pager prints it directly', async () => {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const data = emptyJournal();
    data.entries = Array.from({ length: 40 }, (_, i) => makeEntry(i));
    writeFileSync(join(dir, 'journal.json'), serializeJournal(data), { mode: 0o600 });
    const marker = join(dirname(dir), 'paged.txt');
    const pager = join(dirname(dir), 'pager.sh');
    writeFileSync(pager, `#!/bin/sh\necho "pager called: $*" > "${marker}"\ncat >> "${marker}"\n`);
    chmodSync(pager, 0o755);

    const paged = spawnCli(['--data-dir', dir, 'journal'], { PAGER: `${pager} --quiet` });
    expect(await paged.exit).toBe(0);
    const got = readFileSync(marker, 'utf8').split('\n');
    expect(got[0]).toBe('pager called: --quiet');
    expect(got.filter((l) => /entry number \d+$/.test(l))).toHaveLength(40);

    const direct = spawnCli(['--data-dir', dir, 'journal', '--no-pager'], { PAGER: `${pager} --second-run` });
    expect(await direct.exit).toBe(0);
    expect(readFileSync(marker, 'utf8')).not.toContain('--second-run');
    expect(direct.text()).toContain('entry number 39');
  });
});
