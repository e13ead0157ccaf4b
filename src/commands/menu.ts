import type { Ctx } from './context.js';
import { handlers } from './index.js';

/** What the menu offers: only actions that exist in this build. */
export const MENU_ITEMS: { name: string; command: string; args?: string[]; opts?: Record<string, unknown> }[] = [
  { name: 'Check in', command: 'checkin' },
  { name: 'Read my journal', command: 'journal list', opts: { last: '20' } },
  { name: 'Find a peer program', command: 'programs match' },
  { name: 'Stats', command: 'stats' },
  { name: 'Export a summary', command: 'export', opts: { format: 'md' } },
  { name: 'Help now', command: 'help-now' },
];

/** `peerpath` alone in a terminal: a short menu of the main actions. Without a terminal, main prints help. */
export async function menu(ctx: Ctx): Promise<void> {
  const p = await ctx.prompts();
  const items = MENU_ITEMS.filter((i) => handlers[i.command]);
  const choice = await p.select({
    message: 'What would you like to do?',
    choices: [...items.map((i) => ({ name: i.name, value: i.command })), { name: 'Nothing for now', value: '' }],
  });
  if (!choice) return;
  const item = items.find((i) => i.command === choice)!;
  await handlers[choice]!(ctx, item.args ?? [], item.opts ?? {});
}
