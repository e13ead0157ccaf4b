import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { colorLevel, createOutput } from '../../src/ui/output.js';

describe('colorLevel (one colour policy)', () => {
  it.each([
    [{ color: true, env: {}, isTTY: true }, 1],
    [{ color: true, env: { TERM: 'xterm-256color' }, isTTY: true }, 2],
    [{ color: true, env: { COLORTERM: 'truecolor' }, isTTY: true }, 3],
    [{ color: false, env: {}, isTTY: true }, 0], // --no-color
    [{ color: true, env: { NO_COLOR: '1' }, isTTY: true }, 0],
    [{ color: true, env: { NO_COLOR: 'false' }, isTTY: true }, 0], // any non-empty value
    [{ color: true, env: { NO_COLOR: '' }, isTTY: true }, 1], // empty means unset (no-color.org)
    [{ color: true, env: { TERM: 'dumb' }, isTTY: true }, 0],
    [{ color: true, env: {}, isTTY: false }, 0], // pipe or file
    [{ color: true, env: { FORCE_COLOR: '3' }, isTTY: false }, 0],
  ])('%j → %i', (input, level) => {
    expect(colorLevel(input as Parameters<typeof colorLevel>[0])).toBe(level);
  });
});

function tty(isTTY: boolean, columns?: number) {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  s.isTTY = isTTY;
  if (columns) s.columns = columns;
  let text = '';
  s.on('data', (d: Buffer) => (text += d.toString()));
  return { s, text: () => text };
}

describe('createOutput', () => {
  it('data and JSON go to stdout, messages to stderr', () => {
    const out = tty(false);
    const err = tty(false);
    const o = createOutput({ color: true, env: {}, streams: { stdout: out.s, stderr: err.s } });
    o.data('line');
    o.json({ a: [1] });
    o.info('Saved.');
    o.warn('careful');
    expect(out.text()).toBe('line\n{\n  "a": [\n    1\n  ]\n}\n');
    expect(err.text()).toBe('Saved.\ncareful\n');
    expect(o.width).toBe(80);
  });

  it('each stream decides colour for itself', () => {
    const out = tty(false);
    const err = tty(true);
    const o = createOutput({ color: true, env: {}, streams: { stdout: out.s, stderr: err.s } });
    expect(o.c.red('x')).toBe('x');
    expect(o.ce.red('x')).toContain('\x1b[');
    expect(o.color).toBe(false);
    const o2 = createOutput({ color: true, env: { NO_COLOR: '1' }, streams: { stdout: tty(true, 120).s, stderr: err.s } });
    expect(o2.c.red('x')).toBe('x');
    expect(o2.ce.red('x')).toBe('x');
    expect(o2.width).toBe(120);
  });
});
