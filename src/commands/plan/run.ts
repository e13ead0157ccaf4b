import { extname } from 'node:path';
import type { JournalData } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { addItem, checkSection, completePlan, emptyPlan, isPlanEmpty, removeItem, type Plan, type PlanContact } from '../../core/plan.js';
import { loadPrograms } from '../../directory/load.js';
import { renderPlan } from '../../ui/plan-render.js';
import type { Ctx } from '../context.js';
import { exists, existsError, writeExportFile } from '../export/run.js';
import { crisisLineBrief } from '../../ui/help-now.js';
import { helpNowView } from '../help-now/run.js';
import type { PlanEditOptions, PlanExportOptions, PlanShowOptions } from './define.js';

/** The stored plan with every section present (empty when none was written). */
function planOf(data: JournalData): Plan {
  return completePlan(data.plan);
}

/** `peerpath plan [--json]`. */
export async function planShow(ctx: Ctx, opts: PlanShowOptions): Promise<void> {
  const plan = planOf(await ctx.store().read());
  if (opts.json) {
    ctx.out.json(plan);
    return;
  }
  ctx.out.data(renderPlan(ctx.out.c, plan, ctx.out.width).join('\n'));
}

/** `--add a b --add c d` arrives as [a, b, c, d]: pairs, or a usage error naming the flag. */
function pairs(values: readonly string[] | undefined, flag: string, second: string): [string, string][] {
  if (!values?.length) return [];
  if (values.length % 2) {
    throw usageError(`${flag} takes two values each time: SECTION and ${second}.`, `For example: peerpath plan edit ${flag} ${flag === '--add' ? 'copingAlone "a walk"' : 'people 2'}`);
  }
  const out: [string, string][] = [];
  for (let i = 0; i < values.length; i += 2) out.push([values[i]!, values[i + 1]!]);
  return out;
}

/**
 * Removals first (each number as `peerpath plan` shows it before this edit, so the highest numbers
 * go first), then additions in the order given. Any bad value throws before anything is saved.
 */
export function applyPlanFlags(plan: Plan, adds: readonly [string, string][], removes: readonly [string, string][]): Plan {
  const rm = removes.map(([s, n]) => {
    const num = Number(n);
    if (!/^\d+$/.test(n.trim())) throw usageError(`--remove needs an item number (1, 2, …) after the section, not "${n}".`, 'See the numbers with `peerpath plan`.');
    return { key: checkSection(s), n: num };
  });
  const add = adds.map(([s, text]) => ({ key: checkSection(s), text }));
  let next = plan;
  // Check every number against the plan as it was, then remove from the end.
  for (const r of rm) removeItem(plan, r.key, r.n);
  const seen = new Set<string>();
  for (const r of [...rm].sort((a, b) => b.n - a.n)) {
    const id = `${r.key}:${r.n}`;
    if (seen.has(id)) continue;
    seen.add(id);
    next = removeItem(next, r.key, r.n);
  }
  for (const a of add) next = addItem(next, a.key, a.text);
  return next;
}

/** Saved programs and own groups, as people or services someone could pick for their plan. */
export function planProgramChoices(data: JournalData): { label: string; item: PlanContact }[] {
  const bundled = new Map(loadPrograms().map((p) => [p.id, p]));
  const own = data.mine.map((g) => {
    const contact = g.where ?? g.when ?? null;
    return { label: `${g.name} (yours)`, item: { name: g.name, contact } };
  });
  const saved = data.saved.flatMap((id) => {
    const p = bundled.get(id);
    if (!p) return [];
    const contact = p.contact?.phone ?? p.contact?.text ?? p.url ?? null;
    return [{ label: contact ? `${p.name} (${contact})` : p.name, item: { name: p.name, contact } }];
  });
  return [...own, ...saved];
}

/** `peerpath plan edit`: guided in a terminal, or --add / --remove with no questions. */
export async function planEdit(ctx: Ctx, opts: PlanEditOptions): Promise<void> {
  const adds = pairs(opts.add, '--add', 'TEXT');
  const removes = pairs(opts.remove, '--remove', 'N');
  const store = ctx.store();
  if (adds.length || removes.length) {
    const plan = await store.update((data) => {
      const next = applyPlanFlags(planOf(data), adds, removes);
      data.plan = next;
      return next;
    });
    ctx.out.info(`Saved your plan. ${isPlanEmpty(plan) ? 'It is empty now.' : 'Read it with `peerpath plan`.'}`);
    return;
  }
  if (!ctx.interactive) {
    throw usageError('plan edit asks one section at a time, and prompts are off (no terminal or --no-input).', 'Without prompts: peerpath plan edit --add SECTION TEXT, or --remove SECTION N.');
  }
  const data = await store.read();
  const [{ askPlan }, prompts] = await Promise.all([import('../../ui/plan-prompts.js'), ctx.prompts()]);
  ctx.out.info('Your plan for hard moments, one section at a time. Enter moves on; nothing has to be filled in.');
  const answer = await askPlan(prompts, {
    plan: data.plan ?? emptyPlan(),
    programs: planProgramChoices(data),
    say: (t) => ctx.out.info(ctx.out.ce.bold(t.split('\n').filter(Boolean)[0] ?? '') + '\n' + t.split('\n').slice(2).join('\n')),
  });
  await store.update((d) => {
    d.plan = answer;
  });
  ctx.out.info('Saved your plan. Read it with `peerpath plan`; print it with `peerpath plan export --format html --output plan.html`.');
}

/** `peerpath plan export --format md|html [--output FILE] [--force]`: a one-page card. */
export async function planExport(ctx: Ctx, given: PlanExportOptions): Promise<void> {
  const opts = given.output === '-' ? { ...given, output: undefined } : given;
  const ext = opts.output ? extname(opts.output).toLowerCase() : '';
  const format = opts.format ?? (ext === '.md' || ext === '.markdown' ? 'md' : ext === '.html' || ext === '.htm' ? 'html' : undefined);
  if (!format) throw usageError('Which format? Pass --format md or html.', 'For example: peerpath plan export --format html --output plan.html');
  if (opts.output && !opts.force && (await exists(opts.output))) throw existsError(opts.output);
  const data = await ctx.store().read();
  const view = await helpNowView(ctx, { data });
  const help: string[] = [];
  if (view.emergency) help.push(`In an emergency call ${view.emergency.number}.`);
  const first = view.lines[0];
  if (first) help.push(crisisLineBrief(first));
  const input = { plan: planOf(data), now: ctx.now(), help };
  const content = format === 'md'
    ? (await import('../../core/export/plan-md.js')).planCardMarkdown(input)
    : (await import('../../core/export/plan-html.js')).planCardHtml(input);
  if (opts.output) {
    await writeExportFile(opts.output, content, Boolean(opts.force));
    ctx.out.info(`Saved your plan as ${format} to ${opts.output}.`);
  } else {
    ctx.out.data(content);
  }
  if (isPlanEmpty(data.plan)) ctx.out.info('Your plan is empty, so the card has space to write on by hand. `peerpath plan edit` fills it in.');
}
