import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorPolicyInput {
  /** false when --no-color was given */
  color: boolean;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/**
 * One colour policy for every stream: --no-color, NO_COLOR (any non-empty value), TERM=dumb or a
 * stream that is not a terminal → no colour. chalk alone ignores NO_COLOR, so we decide the level.
 */
export function colorLevel({ color, env, isTTY }: ColorPolicyInput): 0 | 1 | 2 | 3 {
  if (!color) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.TERM === 'dumb') return 0;
  if (!isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/.test(env.TERM ?? '')) return 2;
  return 1;
}

export interface Output {
  /** Colours for what goes to stdout / stderr (each stream decides for itself). */
  readonly c: ChalkInstance;
  readonly ce: ChalkInstance;
  readonly color: boolean;
  /** Columns available on stdout (80 when not a terminal). */
  readonly width: number;
  readonly stdoutIsTTY: boolean;
  /** Data: stdout. */
  data(text: string): void;
  /**
   * Data that may be long (a journal listing): through `$PAGER` (default `less -FRX`) when stdout
   * is a terminal and the text is taller than it; with --no-pager it is printed as it is.
   */
  page(text: string): Promise<void>;
  /** Machine output: JSON on stdout and nothing else. */
  json(value: unknown): void;
  /** Messages, confirmations, warnings: stderr. */
  info(text: string): void;
  warn(text: string): void;
}

export interface OutputStreams {
  stdout: NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number });
  stderr: NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean });
}

export function createOutput(opts: { color: boolean; pager?: boolean; env?: NodeJS.ProcessEnv; streams?: OutputStreams }): Output {
  const env = opts.env ?? process.env;
  const { stdout, stderr } = opts.streams ?? { stdout: process.stdout, stderr: process.stderr };
  const outLevel = colorLevel({ color: opts.color, env, isTTY: Boolean(stdout.isTTY) });
  const errLevel = colorLevel({ color: opts.color, env, isTTY: Boolean(stderr.isTTY) });
  const c = new Chalk({ level: outLevel });
  const ce = new Chalk({ level: errLevel });
  const columns = (stdout as { columns?: number }).columns;
  const data = (text: string) => void stdout.write(text.endsWith('\n') ? text : text + '\n');
  const width = stdout.isTTY && columns ? columns : 80;
  return {
    c,
    ce,
    color: outLevel > 0,
    width,
    stdoutIsTTY: Boolean(stdout.isTTY),
    data,
    async page(text) {
      const rows = (stdout as { rows?: number }).rows;
      if (opts.pager !== false && stdout.isTTY && rows) {
        const { pageIfTall } = await import('./pager.js');
        if (await pageIfTall(text, { rows, columns: width, env })) return;
      }
      data(text);
    },
    json: (value) => void stdout.write(JSON.stringify(value, null, 2) + '\n'),
    info: (text) => void stderr.write(text + '\n'),
    warn: (text) => void stderr.write(ce.yellow(text) + '\n'),
  };
}
