/**
 * `plan edit`, guided: each section in turn with its one calm sentence. What is written stays
 * ticked (untick to remove); new items are typed one at a time, and Enter on an empty line moves
 * on, so every section can be skipped. People can also be picked from saved programs.
 */
import { clonePlan, emptyPlan, itemText, parseItem, PLAN_SECTIONS, type Plan, type PlanContact, type PlanItem } from '../core/plan.js';
import { PeerpathError } from '../core/errors.js';
import type { Prompts } from './prompts.js';

export interface PlanPromptContext {
  /** The plan as it is (prefills every section). */
  plan: Plan | null | undefined;
  /** Saved programs and own groups, offered for `people` and `professionals`. */
  programs: readonly { label: string; item: PlanContact }[];
  /** Show a section's heading and sentence (stderr). */
  say: (text: string) => void;
}

/** Inquirer `validate` for one new item: the same checks as `--add`. */
function validator(key: keyof Plan) {
  return (v: string): true | string => {
    if (v.trim() === '') return true;
    try {
      parseItem(key, v);
      return true;
    } catch (err) {
      return err instanceof PeerpathError ? err.message : String(err);
    }
  };
}

export async function askPlan(p: Prompts, ctx: PlanPromptContext): Promise<Plan> {
  const plan = ctx.plan ? clonePlan(ctx.plan) : emptyPlan();
  for (const [n, s] of PLAN_SECTIONS.entries()) {
    ctx.say(`\n${n + 1}/${PLAN_SECTIONS.length}  ${s.title}\n    ${s.explain}`);
    let items: PlanItem[] = plan[s.key];
    if (items.length) {
      const keep = await p.checkbox({
        message: 'Keep these? (space to untick, Enter to go on)',
        choices: items.map((item, i) => ({ name: itemText(item), value: i, checked: true })),
        pageSize: 8,
      });
      items = items.filter((_, i) => keep.includes(i));
    }
    if (s.shape === 'contact' && ctx.programs.length) {
      const picked = await p.checkbox({
        message: 'Add any of your saved programs? (space to pick, Enter to go on)',
        choices: ctx.programs.map((g, i) => ({ name: g.label, value: i })),
        pageSize: 8,
      });
      for (const i of picked) items.push({ ...ctx.programs[i]!.item });
    }
    for (let added = 0; ; added++) {
      const message = added
        ? 'Add another, or Enter to go on'
        : s.shape === 'contact'
          ? `Add one as name: how to reach them (e.g. ${s.example}), or Enter to go on`
          : `Add one (e.g. ${s.example}), or Enter to go on`;
      const text = await p.input({
        message,
        validate: validator(s.key),
      });
      if (text.trim() === '') break;
      items.push(parseItem(s.key, text));
    }
    (plan[s.key] as PlanItem[]) = items;
  }
  return plan;
}
