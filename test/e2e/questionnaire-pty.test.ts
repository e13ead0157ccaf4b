/**
 * The questionnaire in a real pseudo-terminal: one key per question, the safety path after PHQ-9
 * item 9 = 1 (the plan and a crisis line on screen), and Ctrl+C saving nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson, useTempDataDirs } from './helpers.js';
import { KEY, spawnCli } from './pty.js';

const dataDir = useTempDataDirs();

describe('questionnaire in a pseudo-terminal', () => {
  it('a full PHQ-9 with item 9 = 1: the fixed message, the plan, the crisis line, the score, the pointer; saved', async () => {
    const dir = dataDir();
    expect(run(dir, ['config', 'set', 'country', 'US']).code).toBe(0);
    expect(run(dir, ['plan', 'edit', '--add', 'people', 'Sam: 07700 900123']).code).toBe(0);
    const s = spawnCli(['--data-dir', dir, 'questionnaire', 'phq9']);
    await s.waitFor('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    const answers = ['1', '0', '2', '1', '0', '0', '1', '0', '1'];
    for (const [i, key] of answers.entries()) await s.answer(`${i + 1}/9`, key);
    await s.answer('how difficult have these problems made it for you', '1');
    await s.waitFor('If you need someone to talk to now: `peerpath help-now`.');
    expect(await s.exit).toBe(0);
    const screen = s.text();
    expect(screen).toContain('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(screen).toContain('Thank you for answering that last question.');
    const after = screen.slice(screen.indexOf('Thank you for answering'));
    expect(after).toContain('Sam: 07700 900123');
    expect(after).toContain('In an emergency call 911.');
    expect(after).toContain('988 Suicide & Crisis Lifeline');
    expect(after.indexOf('Sam: 07700 900123')).toBeLessThan(after.indexOf('988 Suicide & Crisis Lifeline'));
    expect(after.indexOf('988 Suicide & Crisis Lifeline')).toBeLessThan(after.indexOf('PHQ-9: 6 of 27'));
    expect(screen).toContain("PHQ-9: 6 of 27, in the range the questionnaire's authors call mild (5–9).");
    const saved = runJson<{ answers: number[]; total: number; difficulty?: number }[]>(dir, ['questionnaire', 'list', '--json']);
    expect(saved).toEqual([expect.objectContaining({ answers: answers.map(Number), total: 6, band: 'mild', difficulty: 1 })]);
  });

  it('Ctrl+C at a question: exit 130, nothing saved', async () => {
    const dir = dataDir();
    const s = spawnCli(['--data-dir', dir, 'q', 'gad7']);
    await s.answer('1/7', '2');
    await s.answer('2/7', KEY.ctrlC);
    expect(await s.exit).toBe(130);
    expect(s.text()).toContain('Nothing was saved.');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });
});
