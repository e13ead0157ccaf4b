/** The questionnaire command's run functions with a real store in a temp dir and scripted prompts. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCtx, type Ctx } from '../../src/commands/context.js';
import { questionnaire, questionnaireList } from '../../src/commands/questionnaire/run.js';
import { PeerpathError } from '../../src/core/errors.js';
import { emptyPlan } from '../../src/core/plan.js';
import { JournalStore } from '../../src/store/journal.js';
import type { Prompts } from '../../src/ui/prompts.js';
import { HELP_NOW_POINTER, SAFETY_MESSAGE } from '../../src/ui/questionnaire-render.js';
import { useTempDataDirs } from '../e2e/helpers.js';

function stream(isTTY: boolean): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const s = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; text: () => string };
  let buf = '';
  s.on('data', (d) => (buf += String(d)));
  s.isTTY = isTTY;
  s.columns = 100;
  s.text = () => buf;
  return s;
}

const dataDir = useTempDataDirs();

/** Prompts whose `key` answers from a queue; a thrown value stands for Ctrl+C. */
function keys(queue: (number | Error)[]): Prompts {
  return {
    key: async () => {
      const v = queue.shift();
      if (v === undefined) throw new Error('asked more than scripted');
      if (v instanceof Error) throw v;
      return v;
    },
  } as unknown as Prompts;
}

function makeCtx(opts: { tty: boolean; prompts?: Prompts; dir?: string }): { ctx: Ctx; stdout: ReturnType<typeof stream>; stderr: ReturnType<typeof stream>; dir: string } {
  const stdout = stream(opts.tty);
  const stderr = stream(opts.tty);
  const dir = opts.dir ?? dataDir();
  const ctx = createCtx(
    { dataDir: dir, input: true, color: false },
    {
      env: { NO_COLOR: '1' },
      stdin: stream(opts.tty),
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      ...(opts.prompts ? { prompts: opts.prompts } : {}),
      now: () => new Date('2026-11-23T12:00:00Z'),
    },
  );
  return { ctx, stdout, stderr, dir };
}

describe('questionnaire (guided)', () => {
  it('PHQ-9 with item 9 = 1: the fixed message, the plan, the emergency number and a crisis line, then the score and the pointer', async () => {
    const { ctx, stdout, dir } = makeCtx({ tty: true, prompts: keys([0, 0, 0, 0, 0, 0, 0, 0, 1, 0]) });
    await new JournalStore({ dataDir: dir }).update((d) => {
      d.config.country = 'US';
      d.plan = { ...emptyPlan(), people: [{ name: 'Sam', contact: '07700 900123' }], copingAlone: ['Walk round the block'] };
    });
    await questionnaire(ctx, 'phq9', {});
    const out = stdout.text();
    expect(out.startsWith(SAFETY_MESSAGE[0])).toBe(true);
    expect(out).toContain('Sam: 07700 900123');
    expect(out).toContain('Try: Walk round the block');
    expect(out).toContain('In an emergency call 911.');
    expect(out).toContain('Someone to talk to now: 988 Suicide & Crisis Lifeline');
    expect(out.indexOf('Sam: 07700 900123')).toBeLessThan(out.indexOf('988 Suicide'));
    expect(out.indexOf('988 Suicide')).toBeLessThan(out.indexOf('PHQ-9: 1 of 27'));
    expect(out).toContain("PHQ-9: 1 of 27, in the range the questionnaire's authors call minimal (0–4).");
    expect(out).toContain('How difficult: Not difficult at all.');
    expect(out.trimEnd().endsWith(HELP_NOW_POINTER)).toBe(true);
    const saved = (await new JournalStore({ dataDir: dir }).read()).questionnaires!;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ kind: 'phq9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 1], total: 1, band: 'minimal', difficulty: 0 });
  });

  it('Ctrl+C at an item saves nothing (the cancel reaches main, which exits 130)', async () => {
    const cancel = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    const { ctx, dir } = makeCtx({ tty: true, prompts: keys([1, 2, cancel]) });
    await expect(questionnaire(ctx, 'gad7', {})).rejects.toThrow('force closed');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });
});

describe('the safety path without a country or a plan', () => {
  it('still gives a way to reach someone: the emergency advice and the international directory', async () => {
    const { ctx, stdout } = makeCtx({ tty: false });
    await questionnaire(ctx, 'phq9', { answers: '0,0,0,0,0,0,0,0,2' });
    const out = stdout.text();
    expect(out).toContain(SAFETY_MESSAGE[0]);
    expect(out).toMatch(/In an emergency/);
    expect(out).toMatch(/More ways to reach someone: `peerpath help-now`/);
    expect(out.trimEnd().endsWith(HELP_NOW_POINTER)).toBe(true);
  });
});

describe('questionnaire --answers', () => {
  it('--json prints only the saved result on stdout; the screen goes to stderr', async () => {
    const { ctx, stdout, stderr } = makeCtx({ tty: false });
    await questionnaire(ctx, 'GAD-7', { answers: '1,1,1,1,1,1,1', json: true });
    const r = JSON.parse(stdout.text());
    expect(Object.keys(r)).toEqual(['id', 'kind', 'at', 'answers', 'total', 'band']);
    expect(r).toMatchObject({ kind: 'gad7', at: expect.stringMatching(/^2026-11-23T/), answers: [1, 1, 1, 1, 1, 1, 1], total: 7, band: 'mild' });
    expect(stderr.text()).toContain("GAD-7: 7 of 21, in the range the questionnaire's authors call mild (5–9).");
    expect(stderr.text().trimEnd().endsWith(HELP_NOW_POINTER)).toBe(true);
  });

  it('shows the change since last time', async () => {
    const { ctx, stdout } = makeCtx({ tty: false });
    await questionnaire(ctx, 'phq2', { answers: '3,3' });
    await questionnaire(ctx, 'phq2', { answers: '1,1' });
    expect(stdout.text()).toContain('4 lower than last time (6 on 23 Nov 2026).');
  });

  it('without --answers and without a terminal: a usage error that says what to pass, nothing written', async () => {
    const { ctx, dir } = makeCtx({ tty: false });
    const err = await questionnaire(ctx, 'phq9', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(2);
    expect((err as Error).message).toContain('--answers');
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });
});

describe('questionnaire list', () => {
  it('--json is every result oldest first; the screen has a line per kind', async () => {
    const { ctx } = makeCtx({ tty: false });
    await questionnaire(ctx, 'phq2', { answers: '0,1' });
    await questionnaire(ctx, 'gad2', { answers: '2,2' });
    const json = makeCtx({ tty: false, dir: ctx.dataDir().dir });
    await questionnaireList(json.ctx, { json: true });
    expect((JSON.parse(json.stdout.text()) as { kind: string }[]).map((r) => r.kind)).toEqual(['phq2', 'gad2']);
    const human = makeCtx({ tty: false, dir: ctx.dataDir().dir });
    await questionnaireList(human.ctx, {});
    expect(human.stdout.text()).toMatch(/^PHQ-2 \(1\)\n.*1 of 6 {2}negative\n\nGAD-2 \(1\)\n.*4 of 6 {2}positive\n$/);
  });
});
