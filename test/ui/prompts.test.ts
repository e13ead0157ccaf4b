/** Inquirer prompts rendered with @inquirer/testing: what the person sees and what keys answer. */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { MOOD_LABELS } from '../../src/core/mood.js';
import { moodChoices } from '../../src/ui/checkin-prompts.js';
import { checkboxConfig, inputConfig, isPromptCancel } from '../../src/ui/prompts.js';

describe('mood select', () => {
  it('moodChoices lists 1–10 with their labels', () => {
    const choices = moodChoices();
    expect(choices.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const c of choices) expect(c.name).toBe(`${String(c.value).padStart(2)}  ${MOOD_LABELS[c.value]}`);
  });

  it('shows every number with its label, and the default highlighted', async () => {
    const { answer, events, getScreen } = await render(select, {
      message: 'How are you feeling right now?',
      choices: moodChoices(),
      default: 5,
      pageSize: 10,
      loop: false,
    });
    const screen = getScreen();
    expect(screen).toContain('How are you feeling right now?');
    for (const [n, label] of Object.entries(MOOD_LABELS)) expect(screen).toContain(`${n.padStart(2)}  ${label}`);
    expect(screen).toMatch(/❯\s+5 {2}getting by/);
    events.keypress('enter');
    await expect(answer).resolves.toBe(5);
  });

  it('arrow keys move and Enter answers', async () => {
    const { answer, events, getScreen } = await render(select, { message: 'Mood?', choices: moodChoices(), default: 5, pageSize: 10, loop: false });
    events.keypress('down');
    events.keypress('down');
    events.keypress('up');
    expect(getScreen()).toMatch(/❯\s+6 {2}okay/);
    events.keypress('enter');
    await expect(answer).resolves.toBe(6);
    expect(getScreen()).toContain('okay');
  });

  it('without a default it starts at 1; loop: false stops at the ends', async () => {
    const { answer, events } = await render(select, { message: 'Mood?', choices: moodChoices(), pageSize: 10, loop: false });
    events.keypress('up'); // stays on 1
    events.keypress('enter');
    await expect(answer).resolves.toBe(1);
    const r = await render(select, { message: 'Mood?', choices: moodChoices(), default: 9, pageSize: 10, loop: false });
    for (let i = 0; i < 5; i++) r.events.keypress('down');
    r.events.keypress('enter');
    await expect(r.answer).resolves.toBe(10);
  });

  it('typing a number jumps to that mood (1–10: the position is the mood)', async () => {
    const r = await render(select, { message: 'Mood?', choices: moodChoices(), default: 5, pageSize: 10, loop: false });
    r.events.type('3');
    r.events.keypress('enter');
    await expect(r.answer).resolves.toBe(3);
    const r10 = await render(select, { message: 'Mood?', choices: moodChoices(), default: 5, pageSize: 10, loop: false });
    r10.events.type('10');
    r10.events.keypress('enter');
    await expect(r10.answer).resolves.toBe(10);
  });
});

describe('other prompts used by the check-in', () => {
  it('checkbox: space picks, Enter goes on (nothing picked → empty list)', async () => {
    const words = ['hopeful', 'calm', 'tired'];
    const r1 = await render(checkbox, { message: 'Any of these words fit?', choices: words.map((w) => ({ name: w, value: w })) });
    r1.events.keypress('enter');
    await expect(r1.answer).resolves.toEqual([]);
    const r2 = await render(checkbox, { message: 'Any of these words fit?', choices: words.map((w) => ({ name: w, value: w })) });
    r2.events.keypress('space');
    r2.events.keypress('down');
    r2.events.keypress('down');
    r2.events.keypress('space');
    r2.events.keypress('enter');
    await expect(r2.answer).resolves.toEqual(['hopeful', 'tired']);
  });

  it('checkbox as peerpath configures it: no "a all • i invert" hint, and "a" does not tick everything', async () => {
    const words = ['sad', 'tired', 'anxious'];
    const r = await render(checkbox, checkboxConfig({ message: 'Any of these words fit?', choices: words.map((w) => ({ name: w, value: w })) }));
    const screen = r.getScreen();
    expect(screen).not.toMatch(/\ball\b/);
    expect(screen).not.toMatch(/invert/);
    expect(screen).toMatch(/space/);
    r.events.type('a');
    r.events.keypress('space');
    r.events.keypress('enter');
    await expect(r.answer).resolves.toEqual(['sad']);
  });

  it('input as peerpath configures it: onType hears each keystroke; the answer is unchanged', async () => {
    const heard: string[] = [];
    const r = await render(input, inputConfig({ message: 'A note?', onType: (v) => heard.push(v) }));
    r.events.type('Hi');
    expect(heard.at(-1)).toBe('Hi');
    r.events.keypress('enter');
    await expect(r.answer).resolves.toBe('Hi');
  });

  it('input: Enter with nothing typed gives the default or an empty string', async () => {
    const r1 = await render(input, { message: 'A note? (Enter to skip)' });
    r1.events.keypress('enter');
    await expect(r1.answer).resolves.toBe('');
    const r2 = await render(input, { message: 'Hours slept?', default: '7.5' });
    r2.events.keypress('enter');
    await expect(r2.answer).resolves.toBe('7.5');
    const r3 = await render(input, { message: 'A note?' });
    r3.events.type('Walked by the river 🙂');
    r3.events.keypress('enter');
    await expect(r3.answer).resolves.toBe('Walked by the river 🙂');
  });

  it('confirm: Enter takes the default (not private)', async () => {
    const r = await render(confirm, { message: 'Keep this one private?', default: false });
    expect(r.getScreen()).toContain('(y/N)');
    r.events.keypress('enter');
    await expect(r.answer).resolves.toBe(false);
  });

  it('cancelling a prompt is recognised as a cancel (exit 130 upstream)', async () => {
    const controller = new AbortController();
    const r = await render(select, { message: 'Mood?', choices: moodChoices() }, { signal: controller.signal });
    controller.abort();
    const err = await r.answer.catch((e: unknown) => e);
    expect(isPromptCancel(err)).toBe(true);
    expect(isPromptCancel(new Error('other'))).toBe(false);
    const exit = new Error('User force closed the prompt with SIGINT');
    exit.name = 'ExitPromptError';
    expect(isPromptCancel(exit)).toBe(true);
  });
});
