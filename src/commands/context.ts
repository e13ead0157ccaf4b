import { readFileSync } from 'node:fs';
import { ExitCode, PeerpathError, usageError } from '../core/errors.js';
import { JournalStore } from '../store/journal.js';
import { resolveDataDir } from '../store/paths.js';
import { createOutput, type Output } from '../ui/output.js';
import { loadInquirerPrompts, type Prompts } from '../ui/prompts.js';

/** Options every command accepts (declared once on the root program). */
export interface GlobalOptions {
  dataDir?: string;
  input: boolean; // false with --no-input
  color: boolean; // false with --no-color
  pager?: boolean; // false with --no-pager
  passphraseFile?: string;
  debug?: boolean;
}

/** What a command gets: output, prompts, the store, the clock. Built once per run. */
export interface Ctx {
  readonly out: Output;
  readonly global: GlobalOptions;
  /** True when prompts may appear: stdin and stdout are terminals and --no-input is absent. */
  readonly interactive: boolean;
  now(): Date;
  prompts(): Promise<Prompts>;
  store(): JournalStore;
  dataDir(): { dir: string; from: string };
  /** All of stdin as text (for `--note -`). */
  readStdin(): Promise<string>;
}

export interface CtxDeps {
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  now?: () => Date;
  prompts?: Prompts;
}

export function createCtx(global: GlobalOptions, deps: CtxDeps = {}): Ctx {
  const env = deps.env ?? process.env;
  const stdin = deps.stdin ?? process.stdin;
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  const out = createOutput({ color: global.color, pager: global.pager !== false, env, streams: { stdout, stderr } });
  const interactive = global.input && Boolean(stdin.isTTY) && Boolean(stdout.isTTY);
  let prompts: Prompts | undefined = deps.prompts;
  let store: JournalStore | undefined;
  const dataDir = () => resolveDataDir(global.dataDir, env);
  const ctx: Ctx = {
    out,
    global,
    interactive,
    now: deps.now ?? (() => new Date()),
    async prompts() {
      if (!interactive && !deps.prompts) throw usageError('This needs an answer, and prompts are off (no terminal or --no-input).');
      prompts ??= await loadInquirerPrompts({ input: stdin, output: stderr }, { color: out.ce.level > 0 });
      return prompts;
    },
    store() {
      store ??= new JournalStore({
        dataDir: dataDir().dir,
        now: ctx.now,
        getPassphrase: () => readPassphrase(global, env, ctx),
      });
      return store;
    },
    dataDir,
    async readStdin() {
      if (stdin.isTTY) throw usageError('`--note -` reads the note from standard input; pipe it in, e.g. `peerpath checkin --mood 5 --note - < note.txt`.');
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      return Buffer.concat(chunks).toString('utf8');
    },
  };
  return ctx;
}

/** The passphrase: --passphrase-file, then PEERPATH_PASSPHRASE_FILE, then a masked prompt. Never argv or env values. */
async function readPassphrase(global: GlobalOptions, env: NodeJS.ProcessEnv, ctx: Ctx): Promise<string> {
  const file = global.passphraseFile ?? env.PEERPATH_PASSPHRASE_FILE;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new PeerpathError(`Can't read the passphrase file ${file}.`, ExitCode.passphrase);
    }
    const pass = text.replace(/\r?\n$/, '');
    if (!pass) throw new PeerpathError(`The passphrase file ${file} is empty.`, ExitCode.passphrase);
    return pass;
  }
  if (!ctx.interactive) {
    throw new PeerpathError('This journal is encrypted and no passphrase was given.', ExitCode.passphrase, 'Pass --passphrase-file FILE or set PEERPATH_PASSPHRASE_FILE.');
  }
  const p = await ctx.prompts();
  return p.password({ message: 'Passphrase for your journal:' });
}
