/** The menu (`peerpath` alone in a terminal) with scripted prompts: it comes back after each action. */
import { describe, expect, it } from 'vitest';
import { menu, MENU_ITEMS } from '../../src/commands/menu/run.js';
import { useTempDataDirs } from '../e2e/helpers.js';
import { makeTestCtx, scripted } from '../fixtures/ctx.js';

const dataDir = useTempDataDirs();
const item = (name: string) => {
  const i = MENU_ITEMS.findIndex((m) => m.name === name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  return i;
};
const NOTHING = -1;
const SKIP_COUNTRY = ''; // the first menu asks for the country once (skippable)

describe('menu', () => {
  it('offers Calendar and Set my country, and returns after each action until "Nothing for now"', async () => {
    const p = scripted([SKIP_COUNTRY, item('Read my journal'), item('Calendar'), NOTHING]);
    const { ctx, stderr, stdout } = makeTestCtx(dataDir(), p);
    await menu(ctx);
    const menus = p.asked.filter((a) => a.message === 'What would you like to do?');
    expect(menus).toHaveLength(3);
    const names = (menus[0]!.choices as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Check in', 'Read my journal', 'Calendar', 'Set my country', 'Help now']));
    expect(names.at(-1)).toBe('Nothing for now');
    expect(stderr.text()).toContain('No check-ins yet');
    expect(stdout.text()).toContain(String(new Date('2026-11-23T12:00:00Z').getFullYear())); // the calendar ran
  });

  it('"Set my country" stores it as `config set country` does; a bad answer is said and the menu goes on', async () => {
    const p = scripted([SKIP_COUNTRY, item('Set my country'), 'xyz', item('Set my country'), 'gb', NOTHING]);
    const { ctx, stderr } = makeTestCtx(dataDir(), p);
    await menu(ctx);
    expect(stderr.text()).toMatch(/^peerpath: .*"xyz"/m); // said as main says it, then the menu again
    expect(stderr.text()).toContain('Saved: country = UK');
    expect((await ctx.store().read()).config.country).toBe('UK');
  });
});
