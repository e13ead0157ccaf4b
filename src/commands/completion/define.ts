import { Argument, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { DYNAMIC_KINDS } from '../../core/command-spec.js';
import { COMPLETION_SHELLS } from '../../core/completion.js';
import { examples, type Invoke, type Parent } from '../shared.js';

const run = () => import('./run.js');

/**
 * `peerpath completion bash|zsh|fish`, generated from the command tree; and two hidden helpers:
 * `__complete programs|ids|tags` (values the scripts ask for at Tab time) and `__manpage` (the
 * roff page scripts/build.mjs writes to docs/peerpath.1). See ./run.ts. `fullProgram` builds the
 * whole command tree afresh (start-up may define only the command being run).
 */
export function defineCompletion(parent: Parent, invoke: Invoke, fullProgram: () => CommandUnknownOpts): void {
  parent
    .command('completion')
    .description('print a shell completion script: commands, flags, facet values, program ids and tags')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(COMPLETION_SHELLS))
    .addHelpText('before', examples(
      'echo \'eval "$(peerpath completion bash)"\' >> ~/.bashrc',
      'echo \'eval "$(peerpath completion zsh)"\' >> ~/.zshrc      # after compinit',
      'peerpath completion fish > ~/.config/fish/completions/peerpath.fish',
    ))
    .action((shell, _opts, cmd) => invoke(cmd, run, 'completion', shell, fullProgram()));
  parent
    .command('__complete', { hidden: true })
    .description('values for completion scripts, one per line')
    .addArgument(new Argument('<kind>').choices(DYNAMIC_KINDS))
    .action((kind, _opts, cmd) => invoke(cmd, run, 'complete', kind));
  parent
    .command('__manpage', { hidden: true })
    .description('the man page (roff), as scripts/build.mjs writes it to docs/peerpath.1')
    .action((_opts, cmd) => invoke(cmd, run, 'manpage', fullProgram()));
}
