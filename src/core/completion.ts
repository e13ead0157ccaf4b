import { valueFlags, walkSpec, type ArgSpec, type CommandSpec, type OptionSpec, type ValueHint } from './command-spec.js';
import { fishQuote, shQuote } from './shell-quote.js';

/**
 * Completion scripts for bash, zsh and fish, generated from the command tree (see command-spec.ts).
 * bash and zsh share the tables (plain `case` functions that both shells run alike); fish gets its
 * own `complete` lines. Values known only at completion time (program ids, entry ids, tags) come
 * from `peerpath __complete KIND`, called with the same command word and `--data-dir` as the line.
 */

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

export function completionScript(shell: CompletionShell, root: CommandSpec): string {
  if (shell === 'fish') return fishScript(root);
  return `${header(shell)}${shTables(root)}\n${shell === 'bash' ? BASH_MAIN : ZSH_MAIN}`;
}

function header(shell: CompletionShell): string {
  const how = {
    bash: 'eval "$(peerpath completion bash)"   # in ~/.bashrc',
    zsh: 'eval "$(peerpath completion zsh)"    # in ~/.zshrc, after compinit',
    fish: 'peerpath completion fish > ~/.config/fish/completions/peerpath.fish',
  }[shell];
  return `# peerpath completion for ${shell}, generated from peerpath's own commands.\n# To use it:  ${how}\n`;
}

/** One line of help for a list entry: the first sentence-ish part of a description, short. */
function short(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
}

interface Node {
  path: string;
  cmd: CommandSpec;
  /** Own options, plus those of the default subcommand (commander runs it for bare `programs`). */
  options: OptionSpec[];
  args: ArgSpec[];
}

/** Each command with the options and arguments that apply where it stands. */
function nodes(root: CommandSpec): Node[] {
  return walkSpec(root).map(({ path, cmd }) => {
    const def = cmd.commands.find((c) => c.name === cmd.defaultCommand);
    const own = new Set(cmd.options.map((o) => o.long ?? o.short));
    const options = [...cmd.options, ...(def?.options ?? []).filter((o) => !own.has(o.long ?? o.short))];
    return { path: path.join(' '), cmd, options, args: cmd.args.length > 0 ? cmd.args : (def?.args ?? []) };
  });
}

/** "flag:description" lines for options. */
function flagLines(options: readonly OptionSpec[]): string[] {
  return options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== null).map((f) => `${f}:${short(o.description)}`));
}

/** Sets __peerpath_kind and __peerpath_vals for a value hint (sh syntax for bash and zsh). */
function shHint(v: ValueHint): string {
  switch (v.kind) {
    case 'words':
      return `__peerpath_kind=words; __peerpath_vals=${shQuote(v.words.join(' '))}`;
    case 'dynamic':
      return `__peerpath_kind=dynamic; __peerpath_vals=${v.source}`;
    default:
      return `__peerpath_kind=${v.kind}; __peerpath_vals=''`;
  }
}

const caseLabel = (s: string) => shQuote(s) === s && s !== '' ? s : `'${s.replace(/'/g, `'\\''`)}'`;

/** The tables both bash and zsh use: subcommands, flags, and what each value can be. */
function shTables(root: CommandSpec): string {
  const all = nodes(root);
  const globals = root.options;
  // Root flags that work after any command (not --version, which only the root takes).
  const everywhere = globals.filter((o) => o.long !== '--version');
  const subCases: string[] = [];
  const listCases: string[] = [];
  const flagCases: string[] = [];
  const valueCases: string[] = [];
  const argCases: string[] = [];
  for (const n of all) {
    for (const sub of n.cmd.commands) {
      const next = n.path ? `${n.path} ${sub.name}` : sub.name;
      const labels = [sub.name, ...sub.aliases].map((w) => caseLabel(`${n.path}|${w}`)).join('|');
      subCases.push(`    ${labels}) __peerpath_next=${shQuote(next)} ;;`);
    }
    if (n.cmd.commands.length > 0) {
      const lines = n.cmd.commands.flatMap((c) => [c.name, ...c.aliases].map((w) => `${w.replace(/:/g, '\\:')}:${short(c.description)}`));
      listCases.push(`    ${caseLabel(n.path)}) printf '%s\\n' ${lines.map(shQuote).join(' ')} ;;`);
    }
    const own = n.path === '' ? n.options.filter((o) => !everywhere.includes(o)) : n.options.filter((o) => !everywhere.some((g) => g.long === o.long));
    if (own.length > 0) flagCases.push(`    ${caseLabel(n.path)}) printf '%s\\n' ${flagLines(own).map(shQuote).join(' ')} ;;`);
    for (const o of n.options) {
      if (o.valueName === null || o.values.kind === 'none' || n.path === '') continue;
      const labels = [o.long, o.short].filter((f): f is string => f !== null).map((f) => caseLabel(`${n.path}|${f}`)).join('|');
      valueCases.push(`    ${labels}) ${shHint(o.values)} ;;`);
    }
    n.args.forEach((a, i) => {
      if (a.values.kind === 'none') return;
      const label = a.variadic ? `${caseLabel(`${n.path}|`)}${i > 0 ? `[${i}-9]*` : '*'}` : caseLabel(`${n.path}|${i}`);
      argCases.push(`    ${label}) ${shHint(a.values)} ;;`);
    });
  }
  // Global options take their values the same wherever they stand.
  for (const o of globals) {
    if (o.valueName === null || o.values.kind === 'none') continue;
    const labels = [o.long, o.short].filter((f): f is string => f !== null).map((f) => `*'|${f}'`).join('|');
    valueCases.push(`    ${labels}) ${shHint(o.values)} ;;`);
  }
  return `__peerpath_valueflags=' ${valueFlags(root).join(' ')} '
# $1 path, $2 word: is the word a subcommand there? Sets __peerpath_next to the new path.
__peerpath_sub() {
  case "$1|$2" in
${subCases.join('\n')}
    *) return 1 ;;
  esac
}
# Subcommands at a path, as name:description lines.
__peerpath_subs() {
  case "$1" in
${listCases.join('\n')}
  esac
}
# Flags at a path, as flag:description lines.
__peerpath_flags() {
  case "$1" in
${flagCases.join('\n')}
  esac
  printf '%s\\n' ${[...flagLines(everywhere), '--help:show help for this command'].map(shQuote).join(' ')}
}
# $1 path, $2 flag: what its value can be (sets __peerpath_kind and __peerpath_vals).
__peerpath_value() {
  __peerpath_kind=none; __peerpath_vals=''
  case "$1|$2" in
${valueCases.join('\n')}
  esac
}
# $1 path, $2 index of the positional argument: what it can be.
__peerpath_arg() {
  __peerpath_kind=none; __peerpath_vals=''
  case "$1|$2" in
${argCases.join('\n')}
  esac
}
# Walks the words before the cursor ("$@", the command word first) and sets __peerpath_path (the
# command path, e.g. "journal show"), __peerpath_n (arguments so far), __peerpath_datadir, and
# __peerpath_valueflag (the flag whose value is being typed, if any).
__peerpath_walk() {
  local w
  __peerpath_path='' __peerpath_n=0 __peerpath_datadir='' __peerpath_valueflag=''
  shift
  while (( $# > 0 )); do
    w=$1; shift
    case $w in
      --data-dir=*) __peerpath_datadir=\${w#*=} ;;
      --data-dir) __peerpath_datadir=\${1-} ;;
    esac
    if [[ $w == -* ]]; then
      if [[ $w != *=* && $__peerpath_valueflags == *" $w "* ]]; then
        if (( $# == 0 )); then __peerpath_valueflag=$w; else shift; fi
      fi
      continue
    fi
    if __peerpath_sub "$__peerpath_path" "$w"; then __peerpath_path=$__peerpath_next; __peerpath_n=0; else (( __peerpath_n++ )); fi
  done
  # The folder as typed: without its quotes, ~ expanded.
  __peerpath_datadir=\${__peerpath_datadir#[\\"\\']}; __peerpath_datadir=\${__peerpath_datadir%[\\"\\']}
  [[ $__peerpath_datadir == "~/"* ]] && __peerpath_datadir=$HOME/\${__peerpath_datadir#"~/"}
  return 0
}
# $1 the command as typed: runs 'peerpath __complete KIND' for the same data folder.
__peerpath_dynamic() {
  "$1" \${__peerpath_datadir:+--data-dir} \${__peerpath_datadir:+"$__peerpath_datadir"} __complete "$__peerpath_vals" 2>/dev/null
}
`;
}

const BASH_MAIN = `_peerpath() {
  local cur=\${COMP_WORDS[COMP_CWORD]}
  __peerpath_walk "\${COMP_WORDS[@]:0:COMP_CWORD}"
  COMPREPLY=()
  if [[ -n $__peerpath_valueflag ]]; then
    __peerpath_value "$__peerpath_path" "$__peerpath_valueflag"
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(__peerpath_flags "$__peerpath_path" | cut -d: -f1)" -- "$cur"))
    return 0
  else
    __peerpath_arg "$__peerpath_path" "$__peerpath_n"
    local subs
    subs=$(__peerpath_subs "$__peerpath_path" | cut -d: -f1)
    [[ -n $subs ]] && COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  fi
  local prefix='' word=$cur vals
  case $__peerpath_kind in
    file) COMPREPLY+=($(compgen -f -- "$cur")) ;;
    dir) COMPREPLY+=($(compgen -d -- "$cur")) ;;
    words|dynamic)
      if [[ $cur == *,* ]]; then prefix=\${cur%,*},; word=\${cur##*,}; fi
      if [[ $__peerpath_kind == words ]]; then vals=$__peerpath_vals
      else vals=$(__peerpath_dynamic "\${COMP_WORDS[0]}"); fi
      COMPREPLY+=($(compgen -P "$prefix" -W "$vals" -- "$word")) ;;
  esac
  return 0
}
complete -F _peerpath peerpath
`;

const ZSH_MAIN = `_peerpath() {
  local cur=\${words[CURRENT]}
  local -a list vals
  __peerpath_walk "\${(@)words[1,CURRENT-1]}"
  if [[ -n $__peerpath_valueflag ]]; then
    __peerpath_value "$__peerpath_path" "$__peerpath_valueflag"
  elif [[ $cur == -* ]]; then
    list=(\${(f)"$(__peerpath_flags "$__peerpath_path")"})
    _describe -t options 'option' list
    return
  else
    __peerpath_arg "$__peerpath_path" "$__peerpath_n"
    list=(\${(f)"$(__peerpath_subs "$__peerpath_path")"})
    (( \${#list} )) && _describe -t commands 'command' list
  fi
  case $__peerpath_kind in
    file) _files ;;
    dir) _files -/ ;;
    words|dynamic)
      if [[ $__peerpath_kind == words ]]; then vals=(\${=__peerpath_vals})
      else vals=(\${(f)"$(__peerpath_dynamic "\${words[1]}")"}); fi
      compset -P '*,'
      compadd -a vals ;;
  esac
}
compdef _peerpath peerpath
`;

/** fish: a helper that finds the command path on the line, then one `complete` line per thing. */
function fishScript(root: CommandSpec): string {
  const all = nodes(root);
  const subCases: string[] = [];
  const lines: string[] = [];
  const at = (path: string) => `-n ${fishQuote(`__peerpath_at ${fishQuote(path)}`)}`;
  const values = (v: ValueHint): string => {
    switch (v.kind) {
      case 'words':
        return `-x -a ${fishQuote(v.words.join(' '))}`;
      case 'dynamic':
        return `-x -a ${fishQuote(`(__peerpath_dynamic ${v.source})`)}`;
      case 'file':
        return '-r -F';
      case 'dir':
        return `-x -a ${fishQuote('(__fish_complete_directories)')}`;
      default:
        return '-x';
    }
  };
  const optionLine = (o: OptionSpec, cond: string) => {
    const parts = ['complete -c peerpath'];
    if (cond) parts.push(cond);
    if (o.long) parts.push(`-l ${o.long.slice(2)}`);
    if (o.short) parts.push(`-s ${o.short.slice(1)}`);
    if (o.valueName !== null) parts.push(values(o.values));
    parts.push(`-d ${fishQuote(short(o.description))}`);
    return parts.join(' ');
  };
  for (const o of root.options) lines.push(optionLine(o, o.long === '--version' ? at('') : ''));
  lines.push(`complete -c peerpath -s h -l help -d ${fishQuote('show help for this command')}`);
  for (const n of all) {
    for (const sub of n.cmd.commands) {
      const next = n.path ? `${n.path} ${sub.name}` : sub.name;
      subCases.push(`        case ${[sub.name, ...sub.aliases].map((w) => fishQuote(`${n.path}|${w}`)).join(' ')}\n            set p ${fishQuote(next)}`);
      for (const w of [sub.name, ...sub.aliases]) lines.push(`complete -c peerpath ${at(n.path)} -a ${fishQuote(w)} -d ${fishQuote(short(sub.description))}`);
    }
    if (n.path !== '') for (const o of n.options) lines.push(optionLine(o, at(n.path)));
    const arg = n.args[0];
    if (arg && arg.values.kind !== 'none') {
      lines.push(`complete -c peerpath ${at(n.path)} ${arg.values.kind === 'file' ? '-F' : values(arg.values).replace(/^-x /, '')}`);
    }
  }
  return `${header('fish')}complete -c peerpath -f
# The command path on the line so far ("journal show"), skipping flags and their values.
function __peerpath_path
    set -l vf ${valueFlags(root).map(fishQuote).join(' ')}
    set -l p ''
    set -l skip 0
    set -l tokens (commandline -opc)
    set -e tokens[1]
    for w in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        if string match -q -- '-*' $w
            if not string match -q -- '*=*' $w; and contains -- $w $vf
                set skip 1
            end
            continue
        end
        switch "$p|$w"
${subCases.join('\n')}
        end
    end
    echo $p
end
function __peerpath_at
    test (__peerpath_path) = "$argv[1]"
end
# Values only peerpath knows (program ids, entry ids, tags), from the same data folder as the line.
function __peerpath_dynamic
    set -l tokens (commandline -opc)
    set -l dd
    set -l i (contains -i -- --data-dir $tokens)
    if test -n "$i"; and test (count $tokens) -gt $i
        set dd --data-dir $tokens[(math $i + 1)]
    end
    command -q $tokens[1]; or return 0
    command $tokens[1] $dd __complete $argv[1] 2>/dev/null
end
${lines.join('\n')}
`;
}
