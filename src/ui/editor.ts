import { randomBytes } from 'node:crypto';
import { promises as fsp, constants } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, PeerpathError } from '../core/errors.js';
import { processAlive } from '../store/lock.js';
import { commandFromEnv, runInTerminal } from './terminal-process.js';

const TEMP = /^\.note-edit-(\d+)-[0-9a-f]+\.txt$/;

export interface EditTextOptions {
  /** The data folder: the temporary file lives here (never in /tmp), 0600, and is removed afterwards. */
  dir: string;
  /** Text the file starts with (the current note when editing). */
  initial?: string;
  env?: NodeJS.ProcessEnv;
}

/** Which editor `editText` opens: `$VISUAL`, then `$EDITOR`, then `vi`. */
export function editorCommand(env: NodeJS.ProcessEnv = process.env) {
  return commandFromEnv(env, ['VISUAL', 'EDITOR'], ['vi']);
}

/**
 * Let the person write text in their own editor and return what they saved ('' for an empty file;
 * the newline editors add at the end is dropped). The file is created 0600 inside `dir`, never
 * readable by others, and removed whatever happens. An editor that exits non-zero or is stopped by
 * a signal means "do not save" (exit 1, naming the status); an editor that cannot be found is a
 * clear one-line error (exit 2).
 */
export async function editText(opts: EditTextOptions): Promise<string> {
  const env = opts.env ?? process.env;
  const { argv, from } = editorCommand(env);
  await fsp.mkdir(opts.dir, { recursive: true, mode: 0o700 });
  await removeOrphans(opts.dir);
  const file = join(opts.dir, `.note-edit-${process.pid}-${randomBytes(6).toString('hex')}.txt`);
  const fh = await fsp.open(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
  try {
    try {
      await fh.writeFile(opts.initial ? `${opts.initial}\n` : '', 'utf8');
    } finally {
      await fh.close();
    }
    const name = argv[0]!;
    let result;
    try {
      result = await runInTerminal([...argv, file], { env });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES') {
        throw new PeerpathError(
          `Can't open your editor: "${name}"${from ? ` (from $${from})` : ''} ${code === 'ENOENT' ? 'was not found' : 'is not a program that can run'}. Nothing was saved.`,
          ExitCode.usage,
          from ? `Set ${from} to an editor you have, e.g. export ${from}=nano` : 'Set EDITOR to an editor you have, e.g. export EDITOR=nano',
        );
      }
      throw err;
    }
    if (result.code !== 0) {
      const how = result.signal ? `was stopped by ${result.signal}` : `exited with status ${result.code}`;
      throw new PeerpathError(`Your editor (${name}) ${how}, so nothing was saved.`, ExitCode.unexpected);
    }
    const text = (await fsp.readFile(file, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    return text.trim() === '' ? '' : text.replace(/\n+$/, '');
  } finally {
    await fsp.rm(file, { force: true });
  }
}

/** Temporary note files of peerpath runs that no longer exist (killed mid-edit): remove them. */
async function removeOrphans(dir: string): Promise<void> {
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && !processAlive(Number(m[1]))) await fsp.rm(join(dir, name), { force: true });
  }
}
