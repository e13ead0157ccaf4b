/**
 * The real interactive check-in in a pseudo-terminal (node-pty): answer each prompt when its
 * question appears, then read the entry back. Also Ctrl+C (exit 130, nothing saved) and the menu.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs, type ContractEntry } from './helpers.js';
import { KEY, runInPty, spawnCli } from './pty.js';

const dataDir = useTempDataDirs();

type Entry = ContractEntry;

describe('interactive check-in in a pseudo-terminal', () => {
  it('mood by arrow keys, extras skipped with Enter, a typed note → saved, exit 0, and readable back', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, 'checkin']);
    await s.answer('How are you feeling right now?', KEY.down, KEY.enter); // from the default 5 to 6
    await s.answer('Any of these words fit?', KEY.enter);
    await s.answer('Energy?', KEY.enter);
    await s.answer('Anxiety?', KEY.enter);
    await s.answer('Hours slept?', KEY.enter);
    await s.answer('Tags, comma-separated?', KEY.enter);
    await s.answer('A note?', 'Walked to the river 🙂', KEY.enter);
    await s.answer('Keep this one private', KEY.enter);
    await s.answer('Which country are you in?', KEY.enter); // asked once, on the first guided check-in
    await s.waitFor('Saved.');
    expect(await s.exit).toBe(0);
    expect(s.text()).toContain('Saved. Mood 6 (okay).');
    expect(s.text()).not.toMatch(/\u001b\[3\dm/); // NO_COLOR: no colour codes (cursor moves are fine)

    const list = runJson<Entry[]>(dir, ['journal', '--json']);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      mood: 6, energy: null, anxiety: null, sleepHours: null, emotions: [], tags: [], note: 'Walked to the river 🙂', private: false, updatedAt: null,
    });
  });

  it('answers every extra: feelings, energy, anxiety, sleep, tags, private', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, 'checkin']);
    await s.answer('How are you feeling right now?', KEY.up, KEY.up, KEY.enter); // 3
    await s.answer('Any of these words fit?', KEY.space, KEY.down, KEY.space, KEY.enter); // a low mood lists sad, tired first
    await s.answer('Energy?', KEY.down, KEY.down, KEY.enter); // 2
    await s.answer('Anxiety?', KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter); // 4
    await s.answer('Hours slept?', '6.5', KEY.enter);
    await s.answer('Tags, comma-separated?', 'Walk, SLEEP,walk', KEY.enter);
    await s.answer('A note?', KEY.enter);
    await s.answer('Keep this one private', 'y', KEY.enter);
    await s.answer('Which country are you in?', KEY.enter);
    expect(await s.exit).toBe(0);
    const [e] = runJson<Entry[]>(dir, ['journal', '--json']);
    expect(e).toMatchObject({ mood: 3, emotions: ['sad', 'tired'], energy: 2, anxiety: 4, sleepHours: 6.5, tags: ['walk', 'sleep'], note: '', private: true });
  });

  it('flags given with the prompts prefill them (nothing typed on the command line is lost)', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, 'checkin', '--tags', 'Walk', '--private', '--energy', '2', '--note', 'from the flag']);
    await s.answer('How are you feeling right now?', KEY.enter);
    await s.answer('Any of these words fit?', KEY.enter);
    await s.answer('Energy?', KEY.enter);
    await s.answer('Anxiety?', KEY.enter);
    await s.answer('Hours slept?', KEY.enter);
    await s.answer('Tags?', KEY.enter);
    await s.answer('New tags', KEY.enter);
    await s.answer('A note?', KEY.enter);
    await s.answer('Keep this one private', KEY.enter);
    await s.answer('Which country are you in?', KEY.enter);
    expect(await s.exit).toBe(0);
    expect(runJson<Entry[]>(dir, ['journal', '--json'])[0]).toMatchObject({ mood: 5, energy: 2, tags: ['walk'], note: 'from the flag', private: true });
  });

  it('a bad sleep answer is refused in place and can be corrected', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, 'checkin']);
    await s.answer('How are you feeling right now?', KEY.enter);
    await s.answer('Any of these words fit?', KEY.enter);
    await s.answer('Energy?', KEY.enter);
    await s.answer('Anxiety?', KEY.enter);
    await s.answer('Hours slept?', '30', KEY.enter);
    await s.answer('0 to 24', '\u007f\u007f', '8', KEY.enter);
    await s.answer('Tags, comma-separated?', KEY.enter);
    await s.answer('A note?', KEY.enter);
    await s.answer('Keep this one private', KEY.enter);
    await s.answer('Which country are you in?', KEY.enter);
    expect(await s.exit).toBe(0);
    expect(runJson<Entry[]>(dir, ['journal', '--json'])[0]).toMatchObject({ mood: 5, sleepHours: 8 });
  });

  it('Ctrl+C at the first prompt: exit 130, "Nothing was saved", no journal file', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, 'checkin']);
    await s.answer('How are you feeling right now?', KEY.ctrlC);
    expect(await s.exit).toBe(130);
    expect(s.text()).toContain('Nothing was saved');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });

  it('Ctrl+C at the last prompt saves nothing either', async () => {
    const dir = dataDir();
    run(dir, ['checkin', '--mood', '7', '--tags', 'walk']);
    const before = runJson<Entry[]>(dir, ['journal', '--json']);
    const s = spawnCli(['--data-dir', dir, 'checkin']);
    await s.answer('How are you feeling right now?', KEY.enter);
    await s.answer('Any of these words fit?', KEY.enter);
    await s.answer('Energy?', KEY.enter);
    await s.answer('Anxiety?', KEY.enter);
    await s.answer('Hours slept?', KEY.enter);
    await s.answer('Tags?', KEY.space, KEY.enter); // earlier tags are offered to tick
    await s.answer('New tags', 'rain', KEY.enter);
    await s.answer('A note?', 'never saved', KEY.enter);
    await s.answer('Keep this one private', KEY.ctrlC);
    expect(await s.exit).toBe(130);
    expect(runJson<Entry[]>(dir, ['journal', '--json'])).toEqual(before);
  });

  it('journal edit without flags names the entry and prompts prefilled; Enter everywhere changes nothing', async () => {
    const dir = dataDir();
    const saved = runJson<Entry>(dir, ['checkin', '--mood', '8', '--energy', '4', '--sleep', '7.5', '--tags', 'garden', '--note', 'Planted tulips', '--json']);
    const s = spawnCli(['--data-dir', dir, 'journal', 'edit', saved.id.slice(0, 4)]);
    await s.answer('How are you feeling right now?', KEY.enter);
    await s.answer('Any of these words fit?', KEY.enter);
    await s.answer('Energy?', KEY.enter);
    await s.answer('Anxiety?', KEY.enter);
    await s.answer('Hours slept?', KEY.enter);
    await s.answer('Tags?', KEY.enter);
    await s.answer('New tags', KEY.enter);
    await s.answer('A note?', KEY.enter);
    await s.answer('Keep this one private', KEY.enter);
    expect(await s.exit).toBe(0);
    expect(s.text()).toContain(`Editing ${saved.id} · `);
    expect(s.text()).toContain('press Tab to put it on the line');
    expect(s.text()).toContain('No changes.');
    expect(runJson<Entry>(dir, ['journal', 'show', saved.id, '--json'])).toEqual(saved); // not even updatedAt
  });

  it('journal delete asks to confirm; Enter (No) keeps the entry, y deletes it', async () => {
    const dir = dataDir();
    const saved = runJson<Entry>(dir, ['checkin', '--mood', '5', '--json']);
    const keep = spawnCli(['--data-dir', dir, 'journal', 'delete', saved.id]);
    await keep.answer('Delete this entry?', KEY.enter);
    expect(await keep.exit).toBe(0);
    expect(keep.text()).toContain('Nothing was deleted');
    expect(runJson<Entry[]>(dir, ['journal', '--json'])).toHaveLength(1);
    const del = spawnCli(['--data-dir', dir, 'journal', 'delete', saved.id]);
    await del.answer('Delete this entry?', 'y', KEY.enter);
    expect(await del.exit).toBe(0);
    expect(runJson<Entry[]>(dir, ['journal', '--json'])).toHaveLength(0);
  });
});

describe('peerpath alone in a terminal', () => {
  it('shows the menu of main actions; "Read my journal" runs it, then the menu returns until "Nothing for now"', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir]);
    await s.answer('Which country are you in?', KEY.enter); // the first menu asks once
    await s.waitFor('What would you like to do?');
    await s.waitFor('Nothing for now');
    for (const item of ['Check in', 'Read my journal', 'Calendar', 'Set my country', 'My plan for hard moments', 'Help now']) expect(s.text()).toContain(item);
    expect(s.text()).not.toContain('Usage:');
    await s.answer('Read my journal', KEY.down, KEY.enter);
    await s.waitFor('No check-ins yet');
    await s.answer('What would you like to do?', ...Array<string>(9).fill(KEY.down), KEY.enter); // the last item
    expect(await s.exit).toBe(0);
  });

  it('"Set my country" stores the country as `config set country` does', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir]);
    await s.answer('Which country are you in?', KEY.down, KEY.down, KEY.enter); // skip it the first time
    await s.answer('Nothing for now', ...Array<string>(6).fill(KEY.down), KEY.enter);
    await s.answer('Which country are you in?', 'gb', KEY.enter);
    await s.waitFor('Saved: country = UK');
    await s.answer('What would you like to do?', ...Array<string>(9).fill(KEY.down), KEY.enter);
    expect(await s.exit).toBe(0);
    expect(runJson<{ country: string }>(dir, ['config', 'get', 'country', '--json'])).toEqual({ country: 'UK' });
  });

  it('Ctrl+C at the menu exits 130', async () => {
    const s = spawnCli(['--data-dir', dataDir()]);
    await s.answer('Which country are you in?', KEY.enter);
    await s.answer('What would you like to do?', KEY.ctrlC);
    expect(await s.exit).toBe(130);
  });

  it('with --no-input it prints the help instead', async () => {
    const s = spawnCli(['--data-dir', dataDir(), '--no-input']);
    expect(await s.exit).toBe(0);
    expect(s.text()).toContain('Usage: peerpath');
  });
});

describe('--no-input in a terminal never prompts', () => {
  it('checkin without --mood → exit 2 naming --mood; delete without --yes → exit 2', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, '--no-input', 'checkin']);
    expect(await s.exit).toBe(2);
    expect(s.text()).toContain('--mood');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    const saved = runJson<Entry>(dir, ['checkin', '--mood', '5', '--json']);
    const d = spawnCli(['--data-dir', dir, '--no-input', 'journal', 'delete', saved.id]);
    expect(await d.exit).toBe(2);
    expect(d.text()).toContain('--yes');
    expect(runJson<Entry[]>(dir, ['journal', '--json'])).toHaveLength(1);
  });
});

describe('colour in a terminal', () => {
  // eslint-disable-next-line no-control-regex
  const SGR = /\u001b\[[0-9;]*m/;

  /**
   * Every screen that can have colour, each run in a terminal: the journal list and one entry,
   * a low-mood check-in (its confirmation and the help-now block), doctor, a prompt, and an error
   * with a hint (coloured by main.ts, a separate path).
   */
  async function screens(args: string[], env: Record<string, string | undefined>) {
    const dir = dataDir();
    const id = runJson<Entry>(dir, ['checkin', '--mood', '7', '--tags', 'walk', '--json']).id;
    const inPty = async (...cmd: string[]) => {
      const r = await runInPty(['--data-dir', dir, ...args, ...cmd], env);
      return r.raw;
    };
    const out = {
      checkin: await inPty('checkin', '--mood', '2', '--note', 'hello'),
      list: await inPty('journal'),
      show: await inPty('journal', 'show', id),
      doctor: await inPty('doctor'),
      error: await inPty('stats', '--last', '2x'),
      prompt: '',
    };
    const prompt = spawnCli(['--data-dir', dir, ...args, 'checkin'], env);
    await prompt.answer('How are you feeling right now?', KEY.ctrlC);
    expect(await prompt.exit).toBe(130);
    out.prompt = prompt.raw();
    expect(stripVTControlCharacters(out.list)).toContain('#walk');
    expect(stripVTControlCharacters(out.error)).toMatch(/^peerpath: /m);
    return out;
  }

  it('is on by default in a terminal (every screen, the prompts and the error hint)', async () => {
    // Inquirer's colours follow Node's own terminal check, which counts any CI=… environment as a
    // two-colour terminal (no colour): this is about a person's terminal, so leave CI out.
    const out = await screens([], { NO_COLOR: undefined, TERM: 'xterm-256color', CI: undefined });
    for (const [name, raw] of Object.entries(out)) expect(raw, name).toMatch(SGR);
  }, 60_000);

  it.each([
    ['--no-color (even with FORCE_COLOR)', ['--no-color'], { NO_COLOR: undefined, TERM: 'xterm-256color', FORCE_COLOR: '1' }],
    ['NO_COLOR=1', [], { NO_COLOR: '1', TERM: 'xterm-256color' }],
    ['TERM=dumb', [], { NO_COLOR: undefined, TERM: 'dumb' }],
  ])('is off with %s, prompts included', async (_name, args, env) => {
    const out = await screens(args, env);
    for (const [name, raw] of Object.entries(out)) expect(raw, name).not.toMatch(SGR);
  }, 60_000);
});
