/**
 * In a pseudo-terminal: the low-mood block with colour on (as visible as "Saved.", never dim), the
 * first-run country question (asked once), and the guided plan edit.
 */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs } from './helpers.js';
import { KEY, spawnCli } from './pty.js';

const dataDir = useTempDataDirs();
const COLOUR = { NO_COLOR: undefined, TERM: 'xterm-256color', CI: undefined, LANG: 'C', TZ: 'UTC' };

describe('help in a terminal', () => {
  it('after mood 2, with colour on: the plan, a line to call and the pointers, none of it dim', async () => {
    const dir = dataDir();
    run(dir, ['config', 'set', 'country', 'UK']);
    run(dir, ['plan', 'edit', '--add', 'people', 'Sam: 07700 900123']);
    const s = spawnCli(['--data-dir', dir, 'checkin', '--mood', '2'], COLOUR);
    expect(await s.exit).toBe(0);
    const raw = s.raw();
    expect(raw).toMatch(/\u001b\[32mSaved\./); // colour is on
    const start = raw.indexOf('From your plan:');
    expect(start).toBeGreaterThan(0);
    const block = raw.slice(start);
    for (const text of ['Call Sam: 07700 900123', 'Samaritans: Call 116 123', '`peerpath help-now`', '`peerpath programs match`']) {
      expect(stripVTControlCharacters(block)).toContain(text);
    }
    expect(block).not.toContain('\u001b[2m'); // not dim
  });

  it('the first guided check-in asks for the country once, preselecting the guess', async () => {
    const dir = dataDir();
    const answerCheckin = async (s: ReturnType<typeof spawnCli>) => {
      await s.answer('How are you feeling right now?', KEY.enter);
      for (const q of ['Any of these words fit?', 'Energy?', 'Anxiety?', 'Hours slept?']) await s.answer(q, KEY.enter);
      await s.answer(/Tags\b.*\?/, KEY.enter);
      if (s.text().includes('New tags')) await s.answer('New tags', KEY.enter);
      await s.answer('A note?', KEY.enter);
      await s.answer('Keep this one private', KEY.enter);
    };
    const first = spawnCli(['--data-dir', dir, 'checkin'], { TZ: 'Europe/Berlin', LANG: 'C' });
    await answerCheckin(first);
    await first.waitFor('Which country are you in? (for crisis lines and local groups)');
    await first.waitFor('Germany');
    await first.answer('Skip for now', KEY.enter); // Enter takes the preselected guess
    expect(await first.exit).toBe(0);
    expect(first.text()).toContain('Saved: country = DE');
    expect(runJson(dir, ['config', 'get', 'country', '--json'])).toEqual({ country: 'DE' });

    run(dir, ['config', 'unset', 'country']);
    const second = spawnCli(['--data-dir', dir, 'checkin'], { TZ: 'Europe/Berlin', LANG: 'C' });
    await answerCheckin(second);
    expect(await second.exit).toBe(0);
    expect(second.text()).not.toContain('Which country are you in?');
    expect(runJson<unknown[]>(dir, ['journal', '--json'])).toHaveLength(2);
  }, 60_000);

  it('plan edit, guided: each section with its sentence, prefilled, skippable', async () => {
    const dir = dataDir();
    run(dir, ['plan', 'edit', '--add', 'copingAlone', 'a walk', '--add', 'copingAlone', 'music']);
    const s = spawnCli(['--data-dir', dir, 'plan', 'edit'], {}, 60_000);
    // `? ` starts a prompt that waits for an answer (a done one starts with ✓).
    const ask = (start: string) => new RegExp(`\\? ${start.replace(/[()]/g, '\\$&')}`);
    await s.answer(ask('Add one (e.g. not answering'), KEY.enter); // warning signs: skipped
    await s.waitFor('Small things that have helped you');
    await s.answer(ask('Keep these?'), KEY.space, KEY.enter); // untick "a walk"
    await s.answer(ask('Add one (e.g. a hot shower'), 'a bath', KEY.enter);
    await s.answer(ask('Add another'), KEY.enter);
    await s.answer(ask('Add one (e.g. the library'), KEY.enter);
    await s.answer(ask('Add one as name: how to reach them (e.g. Sam'), 'Sam: 07700 900123', KEY.enter);
    await s.answer(ask('Add another'), KEY.enter);
    for (const next of ['Add one as name: how to reach them (e.g. Dr Lee', 'Add one (e.g. ask Sam', 'Add one (e.g. my niece']) await s.answer(ask(next), KEY.enter);
    expect(await s.exit).toBe(0);
    expect(runJson<Record<string, unknown[]>>(dir, ['plan', '--json']), s.text()).toMatchObject({
      copingAlone: ['music', 'a bath'],
      people: [{ name: 'Sam', contact: '07700 900123' }],
      warningSigns: [],
    });
  }, 90_000);
});
