import { timeParts } from './remind.js';
import { fishQuote, shQuote } from './shell-quote.js';

/**
 * The text of everything a reminder installs: prompt hooks for bash, zsh and fish, a systemd user
 * timer and service, a launchd agent, a crontab line; and the install plan that lists them. Pure:
 * paths and the command to run are arguments, nothing here touches a file.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/**
 * The prompt hook for a shell. It asks `command remind --if-due` before each prompt and shows the
 * line at most once a day per shell session; a missing peerpath or any error stays silent.
 */
export function shellHook(shell: Shell, command: readonly string[]): string {
  const add = { bash: '~/.bashrc', zsh: '~/.zshrc', fish: '~/.config/fish/config.fish' }[shell];
  const head = `# peerpath: a gentle check-in reminder at the prompt (remove these lines to stop it).\n# Add to ${add}:  ${shell === 'fish' ? 'peerpath remind shell fish | source' : `eval "$(peerpath remind shell ${shell})"`}\n`;
  if (shell === 'fish') {
    const cmd = command.map(fishQuote).join(' ');
    return `${head}function __peerpath_remind --on-event fish_prompt
    set -l day (date +%Y-%m-%d)
    test "$__peerpath_reminded" = "$day"; and return
    set -l line (command ${cmd} remind --if-due 2>/dev/null)
    if test -n "$line"
        printf '%s\\n' $line
        set -g __peerpath_reminded $day
    end
end
`;
  }
  const cmd = command.map(shQuote).join(' ');
  const body = `__peerpath_remind() {
  local day line
  ${shell === 'bash' ? `printf -v day '%(%Y-%m-%d)T' -1` : 'day=${(%):-%D{%Y-%m-%d}}'}
  [[ "$__peerpath_reminded" == "$day" ]] && return 0
  line=$(command ${cmd} remind --if-due 2>/dev/null)
  if [[ -n "$line" ]]; then
    printf '%s\\n' "$line"
    __peerpath_reminded=$day
  fi
  return 0
}
`;
  if (shell === 'bash') {
    return `${head}${body}case ";\${PROMPT_COMMAND:-};" in
  *';__peerpath_remind;'*) ;;
  *) PROMPT_COMMAND="__peerpath_remind\${PROMPT_COMMAND:+;\$PROMPT_COMMAND}" ;;
esac
`;
  }
  return `${head}${body}autoload -Uz add-zsh-hook
add-zsh-hook precmd __peerpath_remind
`;
}

/** Where and how the scheduled reminder runs. `node` and `bin` are absolute paths. */
export interface ScheduleInput {
  time: string;
  node: string;
  bin: string;
  dataDir: string;
}

/** The command the scheduler runs: the same node and peerpath, the same data folder. */
export function notifyArgv(s: ScheduleInput): string[] {
  return [s.node, s.bin, '--data-dir', s.dataDir, 'remind', '--notify'];
}

/** One word for systemd's ExecStart= (quoted when needed; % and $ escaped). */
function systemdWord(word: string): string {
  const esc = word.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%').replace(/\$/g, '$$$$');
  return /^[\w@+=:,./-]+$/.test(word) ? esc : `"${esc}"`;
}

export const UNIT_NAME = 'peerpath-remind';

/** A systemd user service (oneshot) and the daily timer that starts it. */
export function systemdUnits(s: ScheduleInput): { service: string; timer: string } {
  const service = `[Unit]
Description=peerpath: a gentle check-in reminder

[Service]
Type=oneshot
ExecStart=${notifyArgv(s).map(systemdWord).join(' ')}
`;
  const timer = `[Unit]
Description=peerpath: a gentle check-in reminder at ${s.time} each day

[Timer]
OnCalendar=*-*-* ${s.time}:00
Persistent=true
Unit=${UNIT_NAME}.service

[Install]
WantedBy=timers.target
`;
  return { service, timer };
}

export const LAUNCHD_LABEL = 'org.peerpath.remind';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A launchd agent (macOS) that runs the reminder each day at the time. */
export function launchdPlist(s: ScheduleInput): string {
  const { hour, minute } = timeParts(s.time);
  const args = notifyArgv(s).map((a) => `    <string>${xml(a)}</string>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>${LAUNCHD_LABEL}</string>
  <key>ProgramArguments</key>
  <array>
${args}
  </array>
  <key>StartCalendarInterval</key>
  <dict>
    <key>Hour</key>
    <integer>${hour}</integer>
    <key>Minute</key>
    <integer>${minute}</integer>
  </dict>
</dict>
</plist>
`;
}

/** Marks our crontab line, so uninstall removes that line and no other. */
export const CRON_MARK = '# peerpath-remind';

/** One crontab line (cron's /bin/sh runs it; % is special to cron). */
export function crontabLine(s: ScheduleInput): string {
  const { hour, minute } = timeParts(s.time);
  return `${minute} ${hour} * * * ${notifyArgv(s).map(shQuote).join(' ').replace(/%/g, '\\%')} ${CRON_MARK}`;
}

/** The crontab with our line added (replacing an older line of ours). */
export function crontabWith(current: string, line: string): string {
  const kept = crontabWithout(current);
  return `${kept}${kept === '' || kept.endsWith('\n') ? '' : '\n'}${line}\n`;
}

/** The crontab with every line of ours removed, nothing else changed. */
export function crontabWithout(current: string): string {
  return current
    .split('\n')
    .filter((l) => !l.endsWith(CRON_MARK))
    .join('\n');
}

export type SchedulerKind = 'systemd' | 'launchd' | 'cron';

export interface PlannedFile {
  path: string;
  content: string;
}

/** Everything `remind install` does, shown before it is done. */
export interface InstallPlan {
  kind: SchedulerKind;
  files: PlannedFile[];
  /** cron: the line added to the crontab. */
  cronLine: string | null;
  /** Commands run after writing the files (each an argv). */
  activate: string[][];
  /** Commands run before removing them at uninstall. */
  deactivate: string[][];
  /** Commands run after removing them at uninstall. */
  afterRemove: string[][];
}

export interface PlanInput extends ScheduleInput {
  kind: SchedulerKind;
  home: string;
  /** $XDG_CONFIG_HOME when absolute, else null (then ~/.config). */
  xdgConfigHome: string | null;
}

/** The install plan for a scheduler: files with their contents, and the commands that load them. */
export function installPlan(p: PlanInput): InstallPlan {
  const none = { cronLine: null, activate: [], deactivate: [], afterRemove: [] };
  if (p.kind === 'systemd') {
    const dir = `${p.xdgConfigHome ?? `${p.home}/.config`}/systemd/user`;
    const { service, timer } = systemdUnits(p);
    const reload = ['systemctl', '--user', 'daemon-reload'];
    return {
      ...none,
      kind: 'systemd',
      files: [
        { path: `${dir}/${UNIT_NAME}.service`, content: service },
        { path: `${dir}/${UNIT_NAME}.timer`, content: timer },
      ],
      activate: [reload, ['systemctl', '--user', 'enable', '--now', `${UNIT_NAME}.timer`]],
      deactivate: [['systemctl', '--user', 'disable', '--now', `${UNIT_NAME}.timer`]],
      afterRemove: [reload],
    };
  }
  if (p.kind === 'launchd') {
    const path = `${p.home}/Library/LaunchAgents/${LAUNCHD_LABEL}.plist`;
    return {
      ...none,
      kind: 'launchd',
      files: [{ path, content: launchdPlist(p) }],
      activate: [['launchctl', 'load', '-w', path]],
      deactivate: [['launchctl', 'unload', '-w', path]],
    };
  }
  return { ...none, kind: 'cron', files: [], cronLine: crontabLine(p) };
}
