// What every command definition (src/commands/<verb>/define.ts) uses. Only commander types and tiny
// helpers here: definitions load at start-up, their run modules load when the command runs.
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Ctx } from './context.js';

/** A command to hang subcommands on (the root program, or a parent such as `journal`). */
export type Parent = CommandUnknownOpts;

/** The options type commander derives from a definition's flag strings (`--last <n>` → `last?: string`). */
export type OptionsOf<F extends (...args: never[]) => CommandUnknownOpts> = ReturnType<ReturnType<F>['opts']>;

/** The arguments after `ctx` that the run function `M[K]` takes. */
export type RunArgs<M, K extends keyof M> = M[K] extends (ctx: Ctx, ...args: infer A) => Promise<void> ? A : never;

/**
 * How an action reaches its run function: `invoke(cmd, load, 'journalShow', id, opts)` loads the run
 * module, builds the context from the global options and calls `journalShow(ctx, id, opts)`. The
 * name must be an export of the module and the arguments must fit it, so renaming a flag without its
 * use is a type error. Tests pass their own invoke to see what each run function receives.
 */
export type Invoke = <M, K extends keyof M & string>(cmd: CommandUnknownOpts, load: () => Promise<M>, name: K, ...args: RunArgs<M, K>) => Promise<void>;

/** "Examples:" block shown first in a command's --help. */
export function examples(...lines: string[]): string {
  return `Examples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** Collect a repeatable option into an array. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
