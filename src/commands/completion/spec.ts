import type { EventEmitter } from 'node:events';
import { Help, type Argument, type Command, type Option } from 'commander';
import type { ArgSpec, CommandSpec, OptionSpec, ValueHint } from '../../core/command-spec.js';
import { acceptedValues } from '../../directory/facets.js';
import { COUNTRY_NAMES } from '../../directory/labels.js';

/**
 * Reads the real commander program into a CommandSpec: what completion scripts and the man page
 * are generated from. Values come from the tree itself (an option's `.choices()`), else from the
 * rules below, which name flags and arguments the same way across commands.
 */

const words = (list: readonly string[]): ValueHint => ({ kind: 'words', words: list });

/** Values of a flag that has no `.choices()`, by its name wherever it appears. */
function optionHint(o: Option): ValueHint {
  if (o.argChoices) return words(o.argChoices);
  switch (o.long) {
    case '--format':
      return words(acceptedValues('format'));
    case '--focus':
      return words(acceptedValues('focus'));
    case '--audience':
      return words(acceptedValues('audience'));
    case '--cost':
      return words(acceptedValues('cost'));
    case '--country':
      return words(Object.keys(COUNTRY_NAMES));
    case '--tag':
    case '--tags':
      return { kind: 'dynamic', source: 'tags' };
    case '--attended':
      return { kind: 'dynamic', source: 'programs' };
    case '--data-dir':
      return { kind: 'dir' };
    case '--passphrase-file':
    case '--new-passphrase-file':
    case '--output':
      return { kind: 'file' };
    default:
      return { kind: 'none' };
  }
}

/** Values of a positional argument, by its name and the command it belongs to. */
function argHint(a: Argument, path: readonly string[], root: Command, extra: ArgHints): ValueHint {
  if (a.argChoices) return words(a.argChoices);
  const name = a.name();
  const key = `${path.join(' ')} <${name}>`;
  if (extra[key]) return extra[key];
  if (name === 'id' && path[0] === 'programs') return { kind: 'dynamic', source: 'programs' };
  if (name === 'id' && path[0] === 'journal') return { kind: 'dynamic', source: 'ids' };
  if (name === 'file') return { kind: 'file' };
  if (name === 'command' && path.length === 1) return words(new Help().visibleCommands(root).map((c) => c.name()));
  return { kind: 'none' };
}

/** Extra argument values by "command path <arg>", e.g. { 'config get <key>': words([...]) }. */
export type ArgHints = Record<string, ValueHint>;

/** The text a command's addHelpText('before' | 'after') adds, read back through commander's help events. */
function helpText(cmd: Command, position: 'before' | 'after'): string {
  let text = '';
  (cmd as unknown as EventEmitter).emit(`${position}Help`, { error: false, command: cmd, write: (s: string) => (text += s) });
  return text.trimEnd();
}

function optionSpec(o: Option): OptionSpec {
  const value = /[<[]([^>\]]+)[>\]]/.exec(o.flags);
  return { long: o.long ?? null, short: o.short ?? null, valueName: value ? value[1]! : null, description: o.description, values: value ? optionHint(o) : { kind: 'none' } };
}

/** The spec of `cmd` and everything below it. `extra` adds argument values the rules do not know. */
export function commandSpec(cmd: Command, extra: ArgHints = {}, path: string[] = [], root: Command = cmd): CommandSpec {
  const help = new Help();
  const args: ArgSpec[] = cmd.registeredArguments.map((a) => ({
    name: a.name(),
    required: a.required,
    variadic: a.variadic,
    description: a.description,
    values: argHint(a, path, root, extra),
  }));
  // Commander keeps the default subcommand's name privately; it decides what bare `programs` runs.
  const defaultName = (cmd as unknown as { _defaultCommandName?: string | null })._defaultCommandName ?? null;
  return {
    name: cmd.name(),
    aliases: cmd.aliases(),
    description: cmd.description(),
    usage: cmd.usage(),
    args,
    // Commander's own help flag is added by the completion and man generators, like commander does.
    options: cmd.options.filter((o) => !o.hidden).map(optionSpec),
    commands: help
      .visibleCommands(cmd)
      .filter((c) => c.name() !== 'help' || cmd === root)
      .map((c) => commandSpec(c, extra, [...path, c.name()], root)),
    defaultCommand: defaultName,
    before: helpText(cmd, 'before'),
    after: helpText(cmd, 'after'),
  };
}
