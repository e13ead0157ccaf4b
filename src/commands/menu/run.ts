import { PeerpathError } from '../../core/errors.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { Ctx } from '../context.js';

/**
 * What the menu offers. Each item calls a command's run function directly (typed, loaded on use),
 * with the options its flags would give.
 */
export const MENU_ITEMS: readonly { name: string; run: (ctx: Ctx) => Promise<void> }[] = [
  { name: 'Check in', run: async (ctx) => (await import('../checkin/run.js')).checkin(ctx, {}) },
  { name: 'Read my journal', run: async (ctx) => (await import('../journal/run.js')).journalList(ctx, { last: '20' }) },
  { name: 'Find a peer program', run: async (ctx) => (await import('../programs/match.js')).programsMatch(ctx, {}) },
  { name: 'Stats', run: async (ctx) => (await import('../stats/run.js')).stats(ctx, {}) },
  { name: 'Calendar', run: async (ctx) => (await import('../calendar/run.js')).calendar(ctx, {}) },
  { name: 'Export a summary', run: async (ctx) => (await import('../export/run.js')).exportCommand(ctx, { format: 'md', notes: true }) },
  { name: 'Set my country', run: async (ctx) => (await import('../config/run.js')).configSetCountry(ctx) },
  { name: 'My plan for hard moments', run: async (ctx) => (await import('../plan/run.js')).planShow(ctx, {}) },
  { name: 'Help now', run: async (ctx) => (await import('../help-now/run.js')).helpNow(ctx, {}) },
];

const NOTHING = -1;

/**
 * The first menu asks for the country once, like the first guided check-in. A journal that cannot
 * be read without a question (encrypted, damaged) is left alone: the menu must not stand between
 * someone and "Help now".
 */
async function askCountryFirstTime(ctx: Ctx): Promise<void> {
  const [{ readQuietly }, { askCountryOnce, recordCountryAnswer }] = await Promise.all([import('../help-now/run.js'), import('../config/run.js')]);
  const { data, readable } = await readQuietly(ctx);
  if (!readable) return;
  const answer = await askCountryOnce(ctx, data ?? { config: {} });
  if (!answer) return;
  await ctx.store().update((d) => recordCountryAnswer(d, answer));
  ctx.out.info(answer.country ? `Saved: country = ${answer.country}.` : 'No country for now; `peerpath config set country XX` sets it any time.');
}

/**
 * `peerpath` alone in a terminal: a short menu of the main actions, shown again after each one until
 * the person picks "Nothing for now". Without a terminal, main prints the help instead.
 */
export async function menu(ctx: Ctx): Promise<void> {
  const p = await ctx.prompts();
  await askCountryFirstTime(ctx);
  for (;;) {
    const choice = await p.select<number>({
      message: 'What would you like to do?',
      choices: [...MENU_ITEMS.map((item, i) => ({ name: item.name, value: i })), { name: 'Nothing for now', value: NOTHING }],
      pageSize: MENU_ITEMS.length + 1,
    });
    if (choice === NOTHING) return;
    try {
      await MENU_ITEMS[choice]!.run(ctx);
    } catch (err) {
      // A message such as "Which format?" should not end the menu; Ctrl+C and real faults still do.
      if (!(err instanceof PeerpathError)) throw err;
      ctx.out.warn(`peerpath: ${sanitizeForTerminal(err.message)}`);
    }
    ctx.out.info('');
  }
}
