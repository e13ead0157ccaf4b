/** The guided plan edit, driven by a scripted Prompts (no terminal). */
import { describe, expect, it } from 'vitest';
import { emptyPlan, PLAN_SECTIONS, type Plan } from '../../src/core/plan.js';
import { askPlan } from '../../src/ui/plan-prompts.js';
import type { Choice, Prompts } from '../../src/ui/prompts.js';

/** Answers in order: each answer is used for the next prompt whose message starts with its key. */
function scripted(script: [string, unknown][]) {
  const asked: string[] = [];
  const next = (cfg: { message: string; choices?: Choice<unknown>[]; validate?: (v: string) => true | string }, kind: string) => {
    asked.push(`${kind}: ${cfg.message}`);
    const i = script.findIndex(([k]) => cfg.message.startsWith(k));
    if (i >= 0) {
      const [, v] = script.splice(i, 1)[0]!;
      if (kind === 'input' && cfg.validate) {
        const ok = cfg.validate(String(v));
        if (ok !== true) throw new Error(`rejected: ${ok}`);
      }
      return Promise.resolve(v);
    }
    if (kind === 'checkbox') return Promise.resolve((cfg.choices ?? []).filter((c) => c.checked).map((c) => c.value));
    return Promise.resolve('');
  };
  const prompts = {
    checkbox: (cfg: never) => next(cfg, 'checkbox'),
    input: (cfg: never) => next(cfg, 'input'),
  } as unknown as Prompts;
  return { prompts, asked };
}

describe('askPlan', () => {
  it('walks every section with its sentence; Enter everywhere skips and changes nothing', async () => {
    const said: string[] = [];
    const { prompts, asked } = scripted([]);
    const plan = await askPlan(prompts, { plan: null, programs: [], say: (t) => said.push(t) });
    expect(plan).toEqual(emptyPlan());
    expect(said).toHaveLength(PLAN_SECTIONS.length);
    for (const [i, s] of PLAN_SECTIONS.entries()) expect(said[i]).toContain(s.explain);
    expect(asked.every((a) => a.startsWith('input: Add one'))).toBe(true);
  });

  it('prefills: what is written stays ticked, can be unticked; new items and saved programs are added', async () => {
    const before: Plan = { ...emptyPlan(), copingAlone: ['a walk', 'music'], people: [{ name: 'Sam', contact: '0123' }] };
    const { prompts } = scripted([
      ['Keep these?', [1]], // copingAlone: keep "music" only
      ['Add one (e.g. a hot shower', 'a bath'],
      ['Add any of your saved programs?', [0]], // people
      ['Add one as name', 'Jo: 07700 900456'],
    ]);
    const plan = await askPlan(prompts, {
      plan: before,
      programs: [{ label: 'Samaritans (116 123)', item: { name: 'Samaritans', contact: '116 123' } }],
      say: () => {},
    });
    expect(plan.copingAlone).toEqual(['music', 'a bath']);
    expect(plan.people).toEqual([{ name: 'Sam', contact: '0123' }, { name: 'Samaritans', contact: '116 123' }, { name: 'Jo', contact: '07700 900456' }]);
    expect(before.copingAlone).toEqual(['a walk', 'music']);
  });

  it('an item over the limit is refused at the prompt', async () => {
    const { prompts } = scripted([['Add one (e.g.', 'x'.repeat(600)]]);
    await expect(askPlan(prompts, { plan: null, programs: [], say: () => {} })).rejects.toThrow(/rejected: .*600 characters/);
  });
});
