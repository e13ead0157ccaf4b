/**
 * Insights commands run in-process with a scripted Prompts and captured streams: the paths that
 * need a terminal (the Daylio mood prompt) and colour.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/commands/context.js';
import { importCommand } from '../../src/commands/import/run.js';
import { calendar } from '../../src/commands/calendar/run.js';
import { stats } from '../../src/commands/stats/run.js';
import { PeerpathError } from '../../src/core/errors.js';
import { JournalStore } from '../../src/store/journal.js';
import { createOutput } from '../../src/ui/output.js';
import type { Prompts } from '../../src/ui/prompts.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const NOW = new Date('2026-11-23T12:00:00.000Z');

class Sink extends Writable {
  text = '';
  isTTY: boolean;
  columns = 80;
  constructor(isTTY: boolean) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

function scripted(answers: unknown[]): Prompts & { asked: string[] } {
  const asked: string[] = [];
  const next = async (cfg: { message: string }) => {
    asked.push(cfg.message);
    if (!answers.length) throw new Error(`unexpected prompt: ${cfg.message}`);
    return answers.shift();
  };
  return { asked, select: next, checkbox: next, input: next, confirm: next, password: next } as unknown as Prompts & { asked: string[] };
}

describe('insights commands in-process', () => {
  let dir: string;
  let stdout: Sink;
  let stderr: Sink;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'peerpath-cmd-'));
    stdout = new Sink(true);
    stderr = new Sink(true);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function ctx(opts: { interactive: boolean; prompts?: Prompts; color?: boolean }): Ctx {
    const store = new JournalStore({ dataDir: join(dir, 'data'), now: () => NOW });
    const env = opts.color ? { COLORTERM: 'truecolor' } : { NO_COLOR: '1' };
    return {
      out: createOutput({ color: Boolean(opts.color), env, streams: { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream } }),
      global: { input: opts.interactive, color: Boolean(opts.color) },
      interactive: opts.interactive,
      now: () => NOW,
      prompts: async () => {
        if (!opts.prompts) throw new Error('no prompts');
        return opts.prompts;
      },
      store: () => store,
      dataDir: () => ({ dir: join(dir, 'data'), from: 'test' }),
      readStdin: async () => '',
    };
  }

  it('asks for the level of each unknown Daylio mood on a terminal, then imports', async () => {
    const prompts = scripted([9, 6]);
    const file = new URL('daylio-9-renamed.csv', FIXTURES).pathname;
    await importCommand(ctx({ interactive: true, prompts }), file, {});
    expect(prompts.asked).toHaveLength(2);
    expect(prompts.asked[0]).toMatch(/"great" \(2 entries\)/);
    expect(prompts.asked[1]).toMatch(/"okay-ish" \(1 entry\)/);
    expect(stderr.text).toContain('--mood-map "great=9,okay-ish=6"');
    const data = JSON.parse(readFileSync(join(dir, 'data', 'journal.json'), 'utf8'));
    expect(data.entries.map((e: { mood: number }) => e.mood).sort()).toEqual([6, 9, 9]);
  });

  it('without a terminal, an unknown mood is a usage error naming --mood-map and nothing is written', async () => {
    const file = new URL('daylio-9-renamed.csv', FIXTURES).pathname;
    const err = await importCommand(ctx({ interactive: false }), file, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(2);
    expect((err as PeerpathError).hint).toContain('--mood-map');
    expect(() => readFileSync(join(dir, 'data', 'journal.json'))).toThrow();
  });

  it('stats and calendar colour only through the output policy', async () => {
    const file = new URL('daylio-8.csv', FIXTURES).pathname;
    await importCommand(ctx({ interactive: false }), file, {});
    stdout.text = '';
    await calendar(ctx({ interactive: false, color: true }), { year: '2021' });
    expect(stdout.text).toContain('\u001b[48;2;');
    stdout.text = '';
    await calendar(ctx({ interactive: false, color: false }), { year: '2021' });
    expect(stdout.text).not.toContain('\u001b');
    expect(stdout.text).toMatch(/^Sep (?: ·){25} 5 3 8/m);
    stdout.text = '';
    await stats(ctx({ interactive: false }), { from: '2021-09-01', to: '2021-09-30', json: true });
    expect(JSON.parse(stdout.text)).toMatchObject({ count: 3, daysCheckedIn: 3, mood: { min: 3, max: 8 } });
  });
});
