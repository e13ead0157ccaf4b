import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PeerpathError } from '../../src/core/errors.js';
import {
  addItem, checkSection, emptyPlan, isPlanEmpty, itemText, parseContact, parseItem, PLAN_ITEM_MAX, PLAN_KEYS, PLAN_SECTIONS, planShapeProblem,
  planShortForm, removeItem, type Plan,
} from '../../src/core/plan.js';
import { validateJournal } from '../../src/core/journal-schema.js';

const usage = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(2);
    return (err as PeerpathError).message;
  }
  throw new Error('expected a usage error');
};

describe('plan sections', () => {
  it('are the contract keys, in order, each with a title and one sentence', () => {
    expect(PLAN_KEYS).toEqual(['warningSigns', 'copingAlone', 'distractions', 'people', 'professionals', 'saferSpace', 'reasons']);
    for (const s of PLAN_SECTIONS) {
      expect(s.title.length).toBeGreaterThan(3);
      expect(s.explain.trim().split(/(?<=[.!?])\s+/)).toHaveLength(1 + (s.explain.match(/\. [A-Z]/g)?.length ?? 0));
      expect(s.explain).not.toMatch(/WRAP|Safety Plan/i);
    }
    expect(PLAN_SECTIONS.filter((s) => s.shape === 'contact').map((s) => s.key)).toEqual(['people', 'professionals']);
  });

  it('accepts a section key in any case or with dashes; an unknown one is a usage error', () => {
    expect(checkSection('warningSigns')).toBe('warningSigns');
    expect(checkSection('WARNING-SIGNS')).toBe('warningSigns');
    expect(checkSection(' copingalone ')).toBe('copingAlone');
    expect(usage(() => checkSection('feelings'))).toMatch(/Unknown plan section "feelings"/);
  });
});

describe('plan items', () => {
  it('splits name: contact at the first colon', () => {
    expect(parseContact('Sam: 07700 900123')).toEqual({ name: 'Sam', contact: '07700 900123' });
    expect(parseContact('Dr Lee: https://clinic.example/book')).toEqual({ name: 'Dr Lee', contact: 'https://clinic.example/book' });
    expect(parseContact('Mum')).toEqual({ name: 'Mum', contact: null });
    expect(parseContact('Jo:')).toEqual({ name: 'Jo', contact: null });
    expect(parseItem('people', 'Sam: 1')).toEqual({ name: 'Sam', contact: '1' });
    expect(parseItem('reasons', '  my   cat  ')).toBe('my cat');
  });

  it('refuses an empty item, an empty name and an item over the limit', () => {
    expect(usage(() => parseItem('copingAlone', '   '))).toMatch(/empty/);
    expect(usage(() => parseItem('people', ': 0123'))).toMatch(/name is empty/);
    expect(usage(() => parseItem('reasons', 'x'.repeat(10_000)))).toMatch(/10000 characters/);
    expect(parseItem('reasons', 'é'.repeat(PLAN_ITEM_MAX))).toHaveLength(PLAN_ITEM_MAX);
  });

  it('add and remove (1-based) leave the original plan untouched', () => {
    const a = addItem(emptyPlan(), 'people', 'Sam: 07700 900123');
    const b = addItem(a, 'people', 'Jo: 0123');
    expect(a.people).toHaveLength(1);
    expect(removeItem(b, 'people', 1).people).toEqual([{ name: 'Jo', contact: '0123' }]);
    expect(usage(() => removeItem(b, 'people', 3))).toMatch(/1 to 2/);
    expect(usage(() => removeItem(b, 'reasons', 1))).toMatch(/no items/);
    expect(usage(() => removeItem(b, 'people', 0))).toMatch(/got 0/);
  });

  it('itemText is the inverse of parseItem (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}( [A-Za-z0-9]{1,8}){0,3}$/);
    fc.assert(
      fc.property(word, fc.option(word, { nil: null }), (name, contact) => {
        const item = { name, contact };
        expect(parseContact(itemText(item))).toEqual(item);
      }),
    );
  });
});

describe('plan short form', () => {
  const plan: Plan = {
    ...emptyPlan(),
    people: [{ name: 'Sam', contact: '07700 900123' }, { name: 'Jo', contact: 'jo@example.org' }],
    copingAlone: ['a hot shower'],
    professionals: [{ name: 'Dr Lee', contact: 'https://clinic.example' }],
    reasons: ['my cat'],
  };
  it('puts the first person first, as an action, then something to do alone', () => {
    expect(planShortForm(plan, 2)).toEqual(['Call Sam: 07700 900123', 'Try: a hot shower']);
    expect(planShortForm(plan, 9)).toEqual(['Call Sam: 07700 900123', 'Try: a hot shower', 'Contact Dr Lee: https://clinic.example', 'Remember: my cat']);
    expect(planShortForm({ ...emptyPlan(), people: [{ name: 'Mum', contact: null }] }, 2)).toEqual(['Reach out to Mum']);
    expect(planShortForm(emptyPlan(), 2)).toEqual([]);
    expect(planShortForm(null, 2)).toEqual([]);
    expect(isPlanEmpty(emptyPlan())).toBe(true);
    expect(isPlanEmpty(plan)).toBe(false);
  });
});

describe('the plan in the journal file', () => {
  const head = { schemaVersion: 1, entries: [], saved: [], mine: [], config: {} };
  it('is optional; a stored plan is read back with every section present', () => {
    expect(validateJournal(head).data.plan).toBeUndefined();
    const { data } = validateJournal({ ...head, plan: { people: [{ name: 'Sam', contact: null }] } });
    expect(data.plan).toEqual({ ...emptyPlan(), people: [{ name: 'Sam', contact: null }] });
  });
  it('a malformed plan makes the file unreadable (exit 3 upstream), never silently dropped', () => {
    expect(planShapeProblem([])).toMatch(/not an object/);
    expect(() => validateJournal({ ...head, plan: { people: ['Sam'] } })).toThrow(/plan.people/);
    expect(() => validateJournal({ ...head, plan: { reasons: 'cat' } })).toThrow(/plan.reasons is not a list/);
  });
});
