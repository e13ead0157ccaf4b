/**
 * The directory commands with a scripted terminal: prompts answered from a queue, output captured.
 * (The e2e tests cover the same commands through flags and the built binary.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { emptyJournal } from '../../src/core/entry.js';
import { createCtx, type Ctx } from '../../src/commands/context.js';
import { attendanceChoices, programName, validateAttended } from '../../src/commands/programs/lookup.js';
import { programsBrowse } from '../../src/commands/programs/browse.js';
import { programsMatch } from '../../src/commands/programs/match.js';
import { ownId, programsAdd, programsRemove } from '../../src/commands/programs/own.js';
import { programsUnsave } from '../../src/commands/programs/saved.js';
import { PeerpathError } from '../../src/core/errors.js';
import { isForSpecificGroups } from '../../src/directory/audience.js';
import { loadPrograms } from '../../src/directory/load.js';
import type { Prompts } from '../../src/ui/prompts.js';

interface Asked {
  kind: string;
  message: string;
  choices?: unknown[];
}

/** Prompts that answer from a queue and record what was asked. */
function scripted(answers: unknown[]): Prompts & { asked: Asked[] } {
  const asked: Asked[] = [];
  const next = (kind: string, cfg: { message: string; choices?: unknown[] }) => {
    asked.push({ kind, message: cfg.message, choices: cfg.choices });
    if (!answers.length) throw new Error(`No scripted answer for: ${cfg.message}`);
    return Promise.resolve(answers.shift());
  };
  return {
    asked,
    select: (cfg) => next('select', cfg) as never,
    checkbox: (cfg) => next('checkbox', cfg) as never,
    input: (cfg) => next('input', cfg) as never,
    confirm: (cfg) => next('confirm', cfg) as never,
    password: (cfg) => next('password', cfg) as never,
    key: (cfg) => next('key', cfg) as never,
  };
}

function tty(): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const s = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; text: () => string };
  let buf = '';
  s.on('data', (d) => (buf += String(d)));
  s.isTTY = true;
  s.columns = 100;
  s.text = () => buf;
  return s;
}

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'peerpath-dir-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function makeCtx(prompts: Prompts): { ctx: Ctx; stdout: ReturnType<typeof tty>; stderr: ReturnType<typeof tty> } {
  const stdout = tty();
  const stderr = tty();
  const stdin = tty();
  const ctx = createCtx(
    { dataDir: join(base, 'data'), input: true, color: false },
    {
      env: { NO_COLOR: '1' },
      stdin,
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      prompts,
      now: () => new Date('2026-11-23T12:00:00Z'),
    },
  );
  return { ctx, stdout, stderr };
}

describe('programs match, guided', () => {
  test('asks each question once, every one skippable, and ranks by the answers', async () => {
    const p = scripted([
      ['online-video'], // how to meet
      ['bipolar'], // about
      [], // who (skipped)
      'free', // cost
      'gb', // country
      '', // language (skipped)
      false, // peer-led: no preference
    ]);
    const { ctx, stdout } = makeCtx(p);
    await programsMatch(ctx, {});
    expect(p.asked.map((a) => a.kind)).toEqual(['checkbox', 'checkbox', 'checkbox', 'select', 'input', 'input', 'select']);
    expect(stdout.text()).toMatch(/^ 1\. Bipolar UK support groups/);
    expect(stdout.text()).toContain('Available in UK · Meets online (video) · About bipolar · Free');
  });

  test('skipping everything lists every program open to anyone (--json in a terminal still asks)', async () => {
    const p = scripted([[], [], [], '', '', '', false]);
    const { ctx, stdout } = makeCtx(p);
    await programsMatch(ctx, { json: true });
    expect(p.asked).toHaveLength(7);
    expect(JSON.parse(stdout.text())).toHaveLength(loadPrograms().filter((x) => !isForSpecificGroups(x)).length);
  });

  test('flags skip the questions', async () => {
    const p = scripted([]);
    const { ctx, stdout } = makeCtx(p);
    await programsMatch(ctx, { focus: ['grief'], json: true });
    expect(p.asked).toEqual([]);
    const items = JSON.parse(stdout.text()) as { focus: string[] }[];
    expect(items.every((i) => i.focus.includes('grief') || i.focus.includes('general'))).toBe(true);
  });

  test('the configured country is offered as the default', async () => {
    const seed = makeCtx(scripted([]));
    await seed.ctx.store().update((d) => {
      d.config.country = 'AU';
    });
    const p = scripted([[], [], [], '', 'AU', '', false]);
    const { ctx } = makeCtx(p);
    let defaultCountry: string | undefined;
    const input = p.input;
    p.input = (cfg) => {
      if (/country/.test(cfg.message)) defaultCountry = cfg.default;
      return input(cfg);
    };
    await programsMatch(ctx, {});
    expect(defaultCountry).toBe('AU');
  });
});

describe('programs browse', () => {
  test('pick filters, open one, save it', async () => {
    const p = scripted([
      ':filters',
      [], // formats
      ['bipolar'], // focus
      [], // audience
      'UK', // country
      false, // only free
      '', // search
      'bipolar-uk-groups', // open it
      'toggle', // save it
      ':done',
    ]);
    const { ctx, stderr } = makeCtx(p);
    await programsBrowse(ctx, {});
    const data = await ctx.store().read();
    expect(data.saved).toEqual(['bipolar-uk-groups']);
    expect(stderr.text()).toContain('Bipolar UK support groups');
    // The second list was filtered.
    const lists = p.asked.filter((a) => a.kind === 'select' && /programs/.test(a.message));
    expect(lists[1]!.message).toMatch(/^\d+ programs \(focus bipolar; country UK\)/);
  });
});

describe('own groups, guided', () => {
  test('add asks for name, when, where, notes; remove asks to confirm', async () => {
    const p = scripted(['  Walk   and talk ', 'Saturdays 10am', '', 'bring water', false, true]);
    const { ctx } = makeCtx(p);
    await programsAdd(ctx, {});
    let data = await ctx.store().read();
    expect(data.mine).toEqual([
      { id: 'my-walk-and-talk', name: 'Walk and talk', when: 'Saturdays 10am', where: null, notes: 'bring water', createdAt: '2026-11-23T12:00:00.000Z' },
    ]);
    await programsRemove(ctx, 'my-walk-and-talk', {}); // answers: false → kept
    data = await ctx.store().read();
    expect(data.mine).toHaveLength(1);
    await programsRemove(ctx, 'MY-WALK-AND-TALK', {}); // answers: true → removed
    data = await ctx.store().read();
    expect(data.mine).toHaveLength(0);
  });

  test.each([
    ['Tuesday Circle', [], 'my-tuesday-circle'],
    ['Tuesday Circle', ['my-tuesday-circle'], 'my-tuesday-circle-2'],
    ['Tuesday Circle', ['my-tuesday-circle', 'my-tuesday-circle-2'], 'my-tuesday-circle-3'],
    ['Café Ünïcode', [], 'my-cafe-unicode'],
    ['週末の会', [], 'my-group'],
    ['   ', [], 'my-group'],
    ['a'.repeat(80), [], `my-${'a'.repeat(32)}`],
  ])('ownId(%j)', (name, taken, expected) => {
    expect(ownId(name, new Set(taken))).toBe(expected);
  });
});

describe('attendance', () => {
  const data = { ...emptyJournal(), saved: ['smart-recovery', 'gone-program'], mine: [{ id: 'my-walk', name: 'Walk', when: null, where: null, notes: null, createdAt: '2026-11-01T00:00:00Z' }] };

  test('"Did you go to a group today?" offers own groups, then saved programs by name (not ids the directory no longer has)', () => {
    expect(attendanceChoices(data)).toEqual([
      { id: 'my-walk', name: 'Walk (yours)' },
      { id: 'smart-recovery', name: 'SMART Recovery' },
    ]);
  });

  test('a saved id the directory no longer has can still be unsaved', async () => {
    const { ctx, stderr } = makeCtx(scripted([]));
    await ctx.store().update((d) => {
      d.saved = ['gone-program', 'smart-recovery'];
    });
    await programsUnsave(ctx, 'gone-program');
    expect((await ctx.store().read()).saved).toEqual(['smart-recovery']);
    expect(stderr.text()).toMatch(/Removed gone-program/);
    await expect(programsUnsave(ctx, 'never-saved')).rejects.toThrow(/Unknown program id/);
  });

  test('validateAttended accepts bundled and own ids, rejects others with the closest', () => {
    expect(() => validateAttended(['smart-recovery', 'my-walk'], data)).not.toThrow();
    try {
      validateAttended(['my-wlk'], data);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PeerpathError);
      expect((e as PeerpathError).exitCode).toBe(2);
      expect((e as Error).message).toMatch(/Did you mean: my-walk/);
    }
  });

  test('programName', () => {
    expect(programName('my-walk', data)).toBe('Walk');
    expect(programName('smart-recovery', data)).toBe('SMART Recovery');
    expect(programName('unknown', data)).toBe('unknown');
  });
});
