import { Argument, Option } from '@commander-js/extra-typings';
import { SHELLS } from '../../core/remind-schedule.js';
import { examples, type Invoke, type OptionsOf, type Parent } from '../shared.js';

const run = () => import('./run.js');

const remindCommand = (parent: Parent) =>
  parent
    .command('remind')
    .description('a gentle daily reminder to check in: at your shell prompt or as a notification (opt-in)')
    .addHelpText('before', examples(
      'peerpath remind set 20:00                       # remind me after 8 pm when I have not checked in',
      'eval "$(peerpath remind shell bash)"            # in ~/.bashrc: one line at the prompt when due',
      'peerpath remind install --dry-run               # show the daily notification files, write nothing',
      'peerpath remind off',
    ))
    .addHelpText('after', '\nA reminder says one kind line, at most once a day, only when there is no check-in yet that day.\nNo streaks, no counts.')
    .option('--if-due', 'print the reminder line if it is due, else nothing (fast; for a shell prompt; always exits 0)')
    .option('--notify', 'like --if-due, as a desktop notification (notify-send) when there is one; the scheduler runs this');
export type RemindOptions = OptionsOf<typeof remindCommand>;

const installCommand = (remind: Parent) =>
  remind
    .command('install')
    .description('a daily desktop notification through your system scheduler (systemd timer, launchd or cron)')
    .addHelpText('before', examples('peerpath remind install --dry-run', 'peerpath remind install', 'peerpath remind install --scheduler cron'))
    .addHelpText('after', '\nEvery file is shown before it is written. `peerpath remind uninstall` removes exactly what was written.')
    .option('--dry-run', 'show every file and command, change nothing')
    .addOption(new Option('--scheduler <name>', 'which scheduler to use (default: the one this system has)').choices(['systemd', 'launchd', 'cron'] as const));
export type RemindInstallOptions = OptionsOf<typeof installCommand>;

const uninstallCommand = (remind: Parent) =>
  remind
    .command('uninstall')
    .description('remove the daily notification: exactly the files and crontab line install wrote')
    .addHelpText('before', examples('peerpath remind uninstall', 'peerpath remind uninstall --dry-run'))
    .option('--dry-run', 'show what would be removed, change nothing');
export type RemindUninstallOptions = OptionsOf<typeof uninstallCommand>;

/** `peerpath remind`: set, off, shell, install, uninstall; --if-due and --notify. See ./run.ts. */
export function defineRemind(parent: Parent, invoke: Invoke): void {
  const remind = remindCommand(parent);
  remind.action((opts, cmd) => invoke(cmd, run, 'remind', opts));
  remind
    .command('set')
    .description('remind me at this time each day (24-hour HH:MM, local time) when I have not checked in')
    .argument('<time>', 'HH:MM, e.g. 20:00')
    .addHelpText('before', examples('peerpath remind set 20:00', 'peerpath remind set 7:30'))
    .action((time, _opts, cmd) => invoke(cmd, run, 'remindSet', time));
  remind
    .command('off')
    .description('no more reminders (a scheduled notification stays quiet; `remind uninstall` removes it)')
    .addHelpText('before', examples('peerpath remind off'))
    .action((_opts, cmd) => invoke(cmd, run, 'remindOff'));
  remind
    .command('shell')
    .description('print the prompt hook for your shell (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText('before', examples(
      'echo \'eval "$(peerpath remind shell bash)"\' >> ~/.bashrc',
      'echo \'eval "$(peerpath remind shell zsh)"\' >> ~/.zshrc',
      "echo 'peerpath remind shell fish | source' >> ~/.config/fish/config.fish",
    ))
    .action((shell, _opts, cmd) => invoke(cmd, run, 'remindShell', shell));
  installCommand(remind).action((opts, cmd) => invoke(cmd, run, 'remindInstall', opts));
  uninstallCommand(remind).action((opts, cmd) => invoke(cmd, run, 'remindUninstall', opts));
}
