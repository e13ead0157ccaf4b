import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/entry.js';
import { emptyPlan, type Plan } from '../../src/core/plan.js';
import { matchWarningSign } from '../../src/core/warning-signs.js';

let n = 0;
function entry(at: string, tags: string[] = [], emotions: string[] = []): Entry {
  return { id: `e${n++}`, at, recordedAt: at, mood: 3, energy: null, anxiety: null, sleepHours: null, emotions, tags, note: '', attended: [], private: false, updatedAt: null };
}
const plan: Plan = { ...emptyPlan(), warningSigns: ['skipping meals', 'Feeling numb for days', 'no-sleep nights'] };

describe('matchWarningSign', () => {
  const now = entry('2026-11-23T20:00:00.000+01:00', ['skipping-meals']);

  it('lights up when the word was there on two other days in the past week', () => {
    const past = [entry('2026-11-20T09:00:00.000+01:00', ['skipping meals']), entry('2026-11-18T09:00:00.000+01:00', ['Skipping_Meals'])];
    expect(matchWarningSign(plan, now, [...past, now])).toEqual({ sign: 'skipping meals', term: 'skipping-meals' });
  });

  it('stays quiet with only one other day, or two check-ins on the same other day, or the same day', () => {
    const sameDay = entry('2026-11-23T08:00:00.000+01:00', ['skipping-meals']);
    const d1a = entry('2026-11-21T08:00:00.000+01:00', ['skipping-meals']);
    const d1b = entry('2026-11-21T18:00:00.000+01:00', ['skipping-meals']);
    expect(matchWarningSign(plan, now, [d1a, now])).toBeNull();
    expect(matchWarningSign(plan, now, [d1a, d1b, sameDay, now])).toBeNull();
  });

  it('only counts the seven days before the check-in', () => {
    const old = entry('2026-11-15T09:00:00.000+01:00', ['skipping-meals']);
    const recent = entry('2026-11-22T09:00:00.000+01:00', ['skipping-meals']);
    const later = entry('2026-11-24T09:00:00.000+01:00', ['skipping-meals']);
    expect(matchWarningSign(plan, now, [old, recent, later, now])).toBeNull();
  });

  it('matches feeling words as whole words inside a sign, not parts of words', () => {
    const numb = entry('2026-11-23T21:00:00.000+01:00', [], ['numb']);
    const past = [entry('2026-11-19T09:00:00.000+01:00', [], ['numb']), entry('2026-11-17T09:00:00.000+01:00', [], ['numb'])];
    expect(matchWarningSign(plan, numb, [...past, numb])?.sign).toBe('Feeling numb for days');
    const nu = entry('2026-11-23T21:00:00.000+01:00', ['nu']);
    const nuPast = [entry('2026-11-19T09:00:00.000+01:00', ['nu']), entry('2026-11-17T09:00:00.000+01:00', ['nu'])];
    expect(matchWarningSign(plan, nu, [...nuPast, nu])).toBeNull();
  });

  it('is null without warning signs or without a matching word', () => {
    expect(matchWarningSign(emptyPlan(), now, [now])).toBeNull();
    expect(matchWarningSign(null, now, [now])).toBeNull();
    expect(matchWarningSign(plan, entry('2026-11-23T20:00:00.000+01:00', ['walk']), [])).toBeNull();
  });
});
