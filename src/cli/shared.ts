import { Command } from 'commander';
import type { GlobalOptions } from '../commands/context.js';

/** What an action hands to the dispatcher: positional args, this command's options, the globals. */
export interface Invocation {
  args: string[];
  opts: Record<string, unknown>;
  global: GlobalOptions;
}

export type Dispatch = (command: string, inv: Invocation) => Promise<void>;

/** Turn a command name into a commander action that forwards to the dispatcher. */
export type Act = (name: string) => (...actionArgs: unknown[]) => Promise<void>;

export function makeAct(dispatch: Dispatch): Act {
  return (name) =>
    async (...actionArgs) => {
      const cmd = actionArgs[actionArgs.length - 1] as Command;
      const args = cmd.processedArgs.filter((a: unknown) => a !== undefined).map(String);
      await dispatch(name, { args, opts: ownOpts(cmd), global: cmd.optsWithGlobals() as GlobalOptions });
    };
}

/**
 * The options of `cmd`, including those its parent command took for itself. Commander gives an
 * option to the parent when both declare it (`journal --json` and `journal show --json`), so
 * `journal show k3 --json` would otherwise reach `show` without `json`.
 */
function ownOpts(cmd: Command): Record<string, unknown> {
  const opts = cmd.opts();
  const parent = cmd.parent;
  if (!parent?.parent) return opts; // top-level commands: the root's options are the globals
  for (const o of cmd.options) {
    const key = o.attributeName();
    if (opts[key] === undefined && parent.getOptionValueSource(key) === 'cli') opts[key] = parent.getOptionValue(key);
  }
  return opts;
}

/** "Examples:" block shown first in a command's --help. */
export function examples(...lines: string[]): string {
  return `Examples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** Collect a repeatable option into an array. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The entry flags shared by `checkin` and `journal edit`. */
export function addEntryFlags(cmd: Command): Command {
  return cmd
    .option('--mood <n>', 'mood, 1 (very low) to 10 (very good)')
    .option('--energy <n>', 'energy, 1 to 5')
    .option('--anxiety <n>', 'anxiety, 1 to 5')
    .option('--sleep <hours>', 'hours slept, 0 to 24')
    .option('--emotions <list>', 'feeling words, comma-separated')
    .option('--tags <list>', 'tags, comma-separated')
    .option('--note <text>', 'a note; `-` reads it from standard input (keeps it out of shell history)')
    .option('--attended <ids>', 'program ids of groups you went to, comma-separated')
    .option('--at <when>', 'when: 2026-11-20, "yesterday 21:00", "3 days ago", "last monday"')
    .option('--private', 'keep this entry out of exports')
    .option('--json', 'print the saved entry as JSON');
}
