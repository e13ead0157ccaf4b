/** The plan as Markdown: a one-page card, and the section an md export adds with --include-plan. */
import { formatDay } from '../stats-render.js';
import { localDayKey } from '../dates.js';
import { itemText, PLAN_SECTIONS, type Plan } from '../plan.js';
import { escapeMd } from './md.js';

export interface PlanCardInput {
  plan: Plan;
  now: Date;
  /** Lines about help right now, e.g. "In an emergency call 112." (plain text, ours or the facts'). */
  help?: readonly string[];
}

export const PLAN_CARD_TITLE = 'My plan for hard moments';
export const PLAN_CARD_INTRO = 'Written in my own words, for the days when thinking is hard. Start at the top and go on down until something helps.';

/** Every section with its items as a numbered list (`heading` is the Markdown heading mark). */
export function planMarkdownSections(plan: Plan, heading = '##'): string[] {
  const out: string[] = [];
  for (const s of PLAN_SECTIONS) {
    out.push(`${heading} ${s.title}`, '');
    const items = plan[s.key];
    if (items.length) items.forEach((item, i) => out.push(`${i + 1}. ${escapeMd(itemText(item))}`));
    else out.push('_Nothing written yet._');
    out.push('');
  }
  return out;
}

/** The card as Markdown. */
export function planCardMarkdown(input: PlanCardInput): string {
  const out = [`# ${PLAN_CARD_TITLE}`, '', PLAN_CARD_INTRO, '', ...planMarkdownSections(input.plan)];
  if (input.help?.length) {
    out.push('## Help right now', '');
    for (const l of input.help) out.push(`- ${escapeMd(l)}`);
    out.push('');
  }
  out.push(`_Updated ${formatDay(localDayKey(input.now))} with peerpath._`, '');
  return out.join('\n');
}
