/**
 * Every interactive question goes through this one interface, so commands can be tested with a
 * scripted implementation and the real one (Inquirer) is loaded only when a prompt is needed.
 * Prompts draw on stderr, so stdout stays clean for data even in a terminal.
 */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

/** A choice answered by pressing its key (one character, e.g. "0"). */
export interface KeyChoice<T> {
  key: string;
  name: string;
  value: T;
}

export interface Prompts {
  select<T>(cfg: { message: string; choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>;
  checkbox<T>(cfg: { message: string; choices: Choice<T>[]; pageSize?: number }): Promise<T[]>;
  /** `onType` hears the text as it is typed (to keep a draft if the person cancels mid-way). */
  input(cfg: { message: string; default?: string; validate?: (v: string) => true | string; onType?: (v: string) => void }): Promise<string>;
  confirm(cfg: { message: string; default?: boolean }): Promise<boolean>;
  password(cfg: { message: string; validate?: (v: string) => true | string }): Promise<string>;
  /** One key answers at once (the questionnaires' 0–3). */
  key<T>(cfg: { message: string; choices: KeyChoice<T>[] }): Promise<T>;
}

/** Ctrl+C at a prompt (Inquirer's ExitPromptError) → the command is cancelled, nothing saved. */
export function isPromptCancel(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}

const PROMPT_THEME = { prefix: { idle: '?', done: '✓' } };

/**
 * Inquirer's checkbox config for ours: no "a all • i invert" shortcuts (nor their hint line — a
 * stray "a" should not tick every feeling), just space to pick and Enter to go on.
 */
export function checkboxConfig<T>(cfg: Parameters<Prompts['checkbox']>[0] & { choices: Choice<T>[] }) {
  return { ...cfg, theme: PROMPT_THEME, loop: false, shortcuts: { all: null, invert: null } };
}

/** Inquirer's input config for ours: `onType` rides on the transformer, which sees every keystroke. */
export function inputConfig(cfg: Parameters<Prompts['input']>[0]) {
  const { onType, ...rest } = cfg;
  const transformer = onType
    ? (value: string) => {
        onType(value);
        return value;
      }
    : undefined;
  return { ...rest, theme: PROMPT_THEME, ...(transformer ? { transformer } : {}) };
}

/**
 * The real prompts (Inquirer), imported on first use. `color: false` (our colour policy said no:
 * --no-color, TERM=dumb, stderr not a terminal) turns Inquirer's own colours off too.
 */
export async function loadInquirerPrompts(
  streams: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {},
  opts: { color?: boolean } = {},
): Promise<Prompts> {
  // Inquirer colours through yoctocolors, which decides once, when it is first loaded, from
  // NO_COLOR / TERM alone: it knows nothing of --no-color. Say NO_COLOR before loading it, and
  // drop FORCE_COLOR, which Node's colour check puts above NO_COLOR.
  if (opts.color === false) {
    if (!process.env.NO_COLOR) process.env.NO_COLOR = '1';
    delete process.env.FORCE_COLOR;
  }
  const inq = await import('@inquirer/prompts');
  const context = { input: streams.input ?? process.stdin, output: streams.output ?? process.stderr, clearPromptOnDone: false };
  const theme = PROMPT_THEME;
  return {
    select: (cfg) => inq.select({ ...cfg, theme, loop: false }, context),
    checkbox: (cfg) => inq.checkbox(checkboxConfig(cfg), context),
    input: (cfg) => inq.input(inputConfig(cfg), context),
    confirm: (cfg) => inq.confirm({ ...cfg, theme }, context),
    password: (cfg) => inq.password({ ...cfg, mask: '•', theme }, context),
    key: async <T>(cfg: { message: string; choices: KeyChoice<T>[] }) => {
      const { keyPrompt } = await import('./key-prompt.js');
      return (await keyPrompt({ ...cfg, theme }, context)) as T;
    },
  };
}
