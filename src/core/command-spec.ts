/**
 * A plain description of the command tree (names, aliases, flags, arguments, the values each may
 * take, help text), read from the real commander program. Completion scripts and the man page are
 * generated from it, so they cannot drift from the commands.
 */

/** Values only known at completion time, from `peerpath __complete KIND`. */
export const DYNAMIC_KINDS = ['programs', 'ids', 'tags'] as const;
export type DynamicKind = (typeof DYNAMIC_KINDS)[number];

/** What a value can be completed with. */
export type ValueHint =
  | { kind: 'words'; words: readonly string[] }
  | { kind: 'dynamic'; source: DynamicKind }
  | { kind: 'file' }
  | { kind: 'dir' }
  | { kind: 'none' };

export interface OptionSpec {
  long: string | null;
  short: string | null;
  /** The value's name as in `--from <date>`, or null for a flag that takes no value. */
  valueName: string | null;
  description: string;
  values: ValueHint;
}

export interface ArgSpec {
  name: string;
  required: boolean;
  variadic: boolean;
  description: string;
  values: ValueHint;
}

export interface CommandSpec {
  name: string;
  aliases: string[];
  description: string;
  /** e.g. "[options] <id>" */
  usage: string;
  args: ArgSpec[];
  options: OptionSpec[];
  /** Visible subcommands only (hidden ones are left out of completion and the man page). */
  commands: CommandSpec[];
  /** The subcommand commander runs when none is named (`programs` → `list`), or null. */
  defaultCommand: string | null;
  /** Help text shown before and after commander's own help (examples, notes). */
  before: string;
  after: string;
}

/** Every command below `root` with its path of names ("journal show"), depth first. */
export function walkSpec(root: CommandSpec): { path: string[]; cmd: CommandSpec }[] {
  const out: { path: string[]; cmd: CommandSpec }[] = [];
  const visit = (cmd: CommandSpec, path: string[]) => {
    out.push({ path, cmd });
    for (const sub of cmd.commands) visit(sub, [...path, sub.name]);
  };
  visit(root, []);
  return out;
}

/** The flags (long and short) that take a value, anywhere in the tree. */
export function valueFlags(root: CommandSpec): string[] {
  const flags = new Set<string>();
  for (const { cmd } of walkSpec(root)) {
    for (const o of cmd.options) {
      if (o.valueName === null) continue;
      if (o.long) flags.add(o.long);
      if (o.short) flags.add(o.short);
    }
  }
  return [...flags].sort();
}
