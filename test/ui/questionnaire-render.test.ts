import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { changeSince } from '../../src/core/questionnaires/history.js';
import { makeResult } from '../../src/core/questionnaires/score.js';
import { HELP_NOW_POINTER, renderIntro, renderResult, renderResultList, SAFETY_MESSAGE, stalePhq9Line } from '../../src/ui/questionnaire-render.js';
import { FHIRPATH_PHQ9 } from '../fixtures/phq9-fhirpath.js';

const c = new Chalk({ level: 0 });
const help = { plan: ['Your plan:', '  Call Sam: 07700 900123'], shortForm: ['In an emergency call 999 or 112.', 'Samaritans: call 116 123 (24 hours)'] };
const noPlan = { plan: [], shortForm: help.shortForm };
const zeros = (n: number) => Array.from({ length: n }, () => 0);
const AT1 = '2026-11-01T09:00:00.000+00:00';
const AT2 = '2026-11-20T09:00:00.000+00:00';

/** Words a result screen never uses about the person (the item wording itself is not on it). */
const DIAGNOSIS_WORDS = /depress|disorder|diagnosed|you have|suffer|illness|patient|treatment|medication|therapy|clinical|symptom/i;

describe('renderResult', () => {
  it('a zero still ends with the help-now pointer, says what a score is not, and opens no safety path', () => {
    const r = makeResult('phq9', { id: 'kaaaaa', at: AT1, answers: zeros(9) });
    const lines = renderResult(c, r, null, help, 100);
    expect(lines.at(-1)).toBe(HELP_NOW_POINTER);
    expect(lines.join('\n')).toContain("PHQ-9: 0 of 27, in the range the questionnaire's authors call minimal (0–4).");
    expect(lines.join('\n')).toContain('A score is not a diagnosis.');
    expect(lines.join('\n')).toContain('first one');
    expect(lines.join('\n')).not.toContain(SAFETY_MESSAGE[0]);
    expect(lines.join('\n')).not.toContain('Call Sam');
    expect(lines.join('\n')).not.toMatch(DIAGNOSIS_WORDS);
  });

  it('item 9 above 0 with a low total: the fixed message, the plan and the short form come first', () => {
    const r = makeResult('phq9', { id: 'kbbbbb', at: AT2, answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    const lines = renderResult(c, r, null, help, 100);
    expect(lines.slice(0, 2)).toEqual([...SAFETY_MESSAGE]);
    const text = lines.join('\n');
    expect(text.indexOf('Call Sam: 07700 900123')).toBeLessThan(text.indexOf('PHQ-9: 1'));
    expect(text.indexOf('Samaritans')).toBeLessThan(text.indexOf('PHQ-9: 1'));
    expect(lines.at(-1)).toBe(HELP_NOW_POINTER);
    // the message is the same whatever the answer: it does not score or judge
    const worst = makeResult('phq9', { id: 'kccccc', at: AT2, answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] });
    expect(renderResult(c, worst, null, help, 100).slice(0, 2)).toEqual([...SAFETY_MESSAGE]);
    expect(SAFETY_MESSAGE.join(' ')).not.toMatch(/\d|score|risk|danger|severe|worr/i);
  });

  it('without a plan the short form still shows', () => {
    const r = makeResult('phq9', { id: 'kddddd', at: AT2, answers: [...FHIRPATH_PHQ9.answers] });
    const text = renderResult(c, r, null, noPlan, 100).join('\n');
    expect(text).toContain('Samaritans: call 116 123');
    expect(text).toContain("PHQ-9: 15 of 27, in the range the questionnaire's authors call moderately severe (15–19).");
  });

  it('shows the change since last time and the difficulty answer', () => {
    const before = makeResult('phq9', { id: 'keeeee', at: AT1, answers: [...FHIRPATH_PHQ9.answers] });
    const now = makeResult('phq9', { id: 'kfffff', at: AT2, answers: [1, 1, 1, 1, 1, 1, 1, 1, 0], difficulty: 1 });
    const text = renderResult(c, now, changeSince(before, now), help, 100).join('\n');
    expect(text).toContain('7 lower than last time (15 on 1 Nov 2026).');
    expect(text).toContain('How difficult: Somewhat difficult.');
    const same = makeResult('phq9', { id: 'kggggg', at: AT2, answers: [...FHIRPATH_PHQ9.answers] });
    expect(renderResult(c, same, changeSince(before, same), help, 100).join('\n')).toContain('The same total as last time (15 on 1 Nov 2026).');
  });

  it('two-item screens: the authors\' words for positive and negative, and where the longer one is', () => {
    const pos = renderResult(c, makeResult('gad2', { id: 'khhhhh', at: AT1, answers: [2, 1] }), null, help, 100).join('\n');
    expect(pos).toContain("GAD-2: 3 of 6, what the questionnaire's authors call positive (3 or more).");
    expect(pos).toContain('`peerpath questionnaire gad7`');
    const neg = renderResult(c, makeResult('phq2', { id: 'kiiiii', at: AT1, answers: [1, 1] }), null, help, 100).join('\n');
    expect(neg).toContain("PHQ-2: 2 of 6, what the questionnaire's authors call negative (0–2).");
    expect(neg).not.toContain('longer');
  });
});

describe('renderResult at 80 columns', () => {
  it('wraps every line it writes itself to 80 columns', () => {
    const r = makeResult('phq9', { id: 'kjjjjj', at: AT2, answers: [...FHIRPATH_PHQ9.answers] });
    const lines = renderResult(c, r, null, noPlan, 80);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(80);
    expect(lines.join(' ')).toContain("PHQ-9: 15 of 27, in the range the questionnaire's authors call moderately severe (15–19).");
  });
});

describe('renderIntro, renderResultList, stalePhq9Line', () => {
  it('the intro carries the instruction, the labelled keys and the attribution', () => {
    const text = renderIntro(c, 'gad7').join('\n');
    expect(text).toContain('Over the last 2 weeks, how often have you been bothered by the following problems?');
    expect(text).toContain('0 Not at all · 1 Several days · 2 More than half the days · 3 Nearly every day');
    expect(text).toContain('with an educational grant from Pfizer Inc.');
  });

  it('lists each kind with a small trend, oldest first', () => {
    const list = [
      makeResult('phq9', { id: 'kaaaaa', at: AT2, answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] }),
      makeResult('gad2', { id: 'kbbbbb', at: AT1, answers: [0, 1] }),
      makeResult('phq9', { id: 'kccccc', at: AT1, answers: [...FHIRPATH_PHQ9.answers] }),
    ];
    const lines = renderResultList(c, list);
    expect(lines[0]).toMatch(/^PHQ-9 \(2\) {2}\S{2} {2}15 → 8$/);
    expect(lines[1]).toBe('  kccccc  1 Nov 2026   15 of 27  moderately severe');
    expect(lines[2]).toBe('  kaaaaa  20 Nov 2026   8 of 27  mild');
    expect(lines).toContain('GAD-2 (1)');
  });

  it('the stale line is one line', () => {
    expect(stalePhq9Line(20)).toBe('Your last PHQ-9 was 20 days ago. If you would like a new one: `peerpath questionnaire phq9`.');
  });
});
