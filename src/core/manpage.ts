import { walkSpec, type CommandSpec, type OptionSpec } from './command-spec.js';

/**
 * The man page (roff, man(7) macros) generated from the command tree and its help text, so it says
 * what `--help` says. Sections the tree does not hold (exit codes, environment, files) are passed in.
 */

export interface ManExtras {
  version: string;
  /** [term, meaning] pairs for EXIT STATUS, ENVIRONMENT and FILES. */
  exitStatus: readonly (readonly [string, string])[];
  environment: readonly (readonly [string, string])[];
  files: readonly (readonly [string, string])[];
}

/**
 * Text safe in roff: backslashes escaped, no line starting with a control character, and anything
 * beyond ASCII as a named Unicode escape (\[u2014]), which groff and mandoc read without preconv.
 */
export function roffText(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`)
    .split('\n')
    .map((l) => (/^[.']/.test(l) ? `\\&${l}` : l))
    .join('\n');
}

/** A flag or command word in roff: hyphens as real minus signs, so they can be searched and copied. */
const word = (s: string) => roffText(s).replace(/-/g, '\\-');

/** Preformatted text (examples, notes) kept as written. */
function block(text: string): string {
  return text.trim() === '' ? '' : `.PP\n.nf\n.RS 4\n${roffText(text.replace(/^\n+|\n+$/g, ''))}\n.RE\n.fi\n`;
}

function optionItem(o: OptionSpec): string {
  const flags = [o.short, o.long].filter((f): f is string => f !== null).map((f) => `\\fB${word(f)}\\fR`).join(', ');
  const value = o.valueName ? ` \\fI${word(o.valueName)}\\fR` : '';
  return `.TP\n${flags}${value}\n${roffText(o.description)}\n`;
}

function pairs(title: string, items: readonly (readonly [string, string])[]): string {
  return `.SH ${title}\n${items.map(([term, meaning]) => `.TP\n\\fB${word(term)}\\fR\n${roffText(meaning)}\n`).join('')}`;
}

export function manPage(root: CommandSpec, extras: ManExtras): string {
  const name = root.name;
  const out: string[] = [];
  out.push(`.TH ${name.toUpperCase()} 1 "" "${name} ${extras.version}" "User Commands"\n`);
  out.push(`.SH NAME\n${name} \\- ${roffText(root.description)}\n`);
  out.push(`.SH SYNOPSIS\n.B ${name}\n[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]\n`);
  out.push(`.SH DESCRIPTION\n${block(root.before)}${block(root.after)}`);
  out.push(`.SH GLOBAL OPTIONS\nThese work with every command.\n${root.options.map(optionItem).join('')}.TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nshow help for a command\n`);
  out.push('.SH COMMANDS\n');
  for (const { path, cmd } of walkSpec(root).slice(1)) {
    if (cmd.name === 'help' && path.length === 1) continue;
    const aliases = cmd.aliases.length > 0 ? ` (alias: ${cmd.aliases.map(word).join(', ')})` : '';
    out.push(`.SS "${[name, ...path].map(word).join(' ')} ${word(cmd.usage).replace(/"/g, "'")}"\n${roffText(cmd.description)}${aliases}\n`);
    if (cmd.defaultCommand) out.push(`.PP\nWith no subcommand, runs \\fB${word(cmd.defaultCommand)}\\fR.\n`);
    for (const a of cmd.args) if (a.description) out.push(`.TP\n\\fI${word(a.name)}\\fR\n${roffText(a.description)}\n`);
    out.push(cmd.options.map(optionItem).join(''));
    out.push(block(cmd.before));
    out.push(block(cmd.after));
  }
  out.push(pairs('EXIT STATUS', extras.exitStatus));
  out.push(pairs('ENVIRONMENT', extras.environment));
  out.push(pairs('FILES', extras.files));
  return out.join('');
}
