/** `peerpath plan` on screen: every section, numbered items (the numbers `--remove` takes). */
import type { ChalkInstance } from 'chalk';
import { isPlanEmpty, itemText, PLAN_SECTIONS, type Plan } from '../core/plan.js';
import { sanitizeLine as safeLine } from '../core/sanitize.js';
import { wrapText } from '../core/text.js';

export const PLAN_INTRO = 'Your plan for hard moments: what helps, who to ask, in your own words.';

export function renderPlan(c: ChalkInstance, plan: Plan | null | undefined, width: number): string[] {
  const w = Math.max(40, Math.min(width, 100));
  if (!plan || isPlanEmpty(plan)) {
    return [
      ...wrapText(PLAN_INTRO, w),
      '',
      ...wrapText('Nothing written yet. `peerpath plan edit` goes through it one step at a time; every step can be skipped.', w),
    ];
  }
  const out: string[] = [];
  for (const s of PLAN_SECTIONS) {
    out.push(c.bold(s.title) + c.dim(`  (${s.key})`));
    const items = plan[s.key];
    if (!items.length) out.push(c.dim('  nothing yet'));
    items.forEach((item, i) => {
      const mark = `${i + 1}.`.padStart(4);
      wrapText(safeLine(itemText(item)), w - 5).forEach((line, j) => out.push(`${j === 0 ? mark : '    '} ${line}`));
    });
    out.push('');
  }
  out.push(c.dim('Change it: `peerpath plan edit`. Print it: `peerpath plan export --format html --output plan.html`.'));
  return out;
}
