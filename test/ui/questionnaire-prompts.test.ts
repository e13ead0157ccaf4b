/** The one-key prompt (rendered with @inquirer/testing) and the questionnaire flow (scripted prompts). */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { ANSWER_LABELS, DIFFICULTY_QUESTION, QUESTIONNAIRES } from '../../src/core/questionnaires/items.js';
import { keyPrompt } from '../../src/ui/key-prompt.js';
import type { KeyChoice, Prompts } from '../../src/ui/prompts.js';
import { isPromptCancel } from '../../src/ui/prompts.js';
import { askQuestionnaire } from '../../src/ui/questionnaire-prompts.js';

const choices: KeyChoice<number>[] = ANSWER_LABELS.map((name, value) => ({ key: String(value), name, value }));

describe('keyPrompt', () => {
  it('lists every key with its label; one key answers without Enter', async () => {
    const { answer, events, getScreen } = await render(keyPrompt, { message: '1/9  Little interest or pleasure in doing things', choices });
    const screen = getScreen();
    expect(screen).toContain('Little interest or pleasure in doing things');
    for (const [i, label] of ANSWER_LABELS.entries()) expect(screen).toContain(`${i} ${label}`);
    events.type('2');
    await expect(answer).resolves.toBe(2);
    expect(getScreen()).toContain('2 More than half the days');
  });

  it('another key or Enter only says which keys answer', async () => {
    const { answer, events, getScreen } = await render(keyPrompt, { message: 'Q', choices });
    events.type('7');
    events.keypress('enter');
    expect(getScreen()).toContain('Press 0, 1, 2 or 3.');
    events.type('0');
    await expect(answer).resolves.toBe(0);
  });

  it('Ctrl+C cancels', async () => {
    const { answer, events } = await render(keyPrompt, { message: 'Q', choices });
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toSatisfy(isPromptCancel);
  });
});

/** Prompts whose `key` answers from a queue and records each question. */
function keys(queue: number[]): { p: Prompts; asked: string[] } {
  const asked: string[] = [];
  const p = {
    key: async ({ message }: { message: string }) => {
      asked.push(message);
      const v = queue.shift();
      if (v === undefined) throw new Error(`no answer for ${message}`);
      return v;
    },
  } as unknown as Prompts;
  return { p, asked };
}

describe('askQuestionnaire', () => {
  it('asks each PHQ-9 item verbatim, then the difficulty question when the total is above 0', async () => {
    const { p, asked } = keys([0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(await askQuestionnaire(p, 'phq9')).toEqual({ answers: [0, 0, 0, 0, 0, 0, 0, 0, 1], difficulty: 2 });
    expect(asked.slice(0, 9)).toEqual(QUESTIONNAIRES.phq9.items.map((item, i) => `${i + 1}/9  ${item}`));
    expect(asked[9]).toBe(DIFFICULTY_QUESTION);
  });

  it('skips the difficulty question at a total of 0, and GAD-7 never asks it', async () => {
    const zero = keys([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await askQuestionnaire(zero.p, 'phq9')).toEqual({ answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(zero.asked).toHaveLength(9);
    const gad = keys([3, 3, 3, 3, 3, 3, 3]);
    expect(await askQuestionnaire(gad.p, 'gad7')).toEqual({ answers: [3, 3, 3, 3, 3, 3, 3] });
    expect(gad.asked).toHaveLength(7);
  });
});
