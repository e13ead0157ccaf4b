import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Ctx, CtxDeps, GlobalOptions } from './context.js';
import type { Invoke } from './shared.js';

/**
 * The real `invoke`: load the command's run module and the context on first use (start-up stays
 * small), build the context from the global options, call the run function.
 */
export function createInvoke(deps: CtxDeps = {}): Invoke {
  return async (cmd: CommandUnknownOpts, load, name, ...args) => {
    const [mod, { createCtx }] = await Promise.all([load(), import('./context.js')]);
    const run = mod[name] as (ctx: Ctx, ...rest: unknown[]) => Promise<void>;
    // The root declares exactly these options (src/cli.ts); commander types them there, not here.
    await run(createCtx(cmd.optsWithGlobals() as unknown as GlobalOptions, deps), ...args);
  };
}
