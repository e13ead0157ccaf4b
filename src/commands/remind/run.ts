import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import { REMIND_FILE } from '../../core/remind.js';
import { installPlan, shellHook, type InstallPlan, type SchedulerKind, type Shell } from '../../core/remind-schedule.js';
import { shQuote } from '../../core/shell-quote.js';
import { readRemindState } from '../../store/remind.js';
import { applyInstall, applyUninstall, readManifest, runProgram, type Outcome } from '../../store/scheduler.js';
import { configSet, configUnset } from '../config/run.js';
import type { Ctx } from '../context.js';
import type { RemindInstallOptions, RemindOptions, RemindUninstallOptions } from './define.js';
import { remindIfDueLine } from './if-due.js';

/** An executable named `name` on PATH, or null. */
function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* not here */
    }
  }
  return null;
}

/** `remind` alone shows the setting; `--if-due` prints the line when due; `--notify` shows it as a notification. */
export async function remind(ctx: Ctx, opts: RemindOptions): Promise<void> {
  if (opts.ifDue || opts.notify) {
    const line = remindIfDueLine(ctx.global.dataDir, ctx.now());
    if (!line) return;
    if (opts.notify && (await notify(line))) return;
    ctx.out.data(line);
    return;
  }
  const state = readRemindState(ctx.dataDir().dir);
  const installed = await readManifest(ctx.dataDir().dir);
  if (!state) {
    ctx.out.info('No reminder is set. `peerpath remind set 20:00` reminds you after 8 pm on days without a check-in.');
  } else {
    ctx.out.data(`Reminder at ${state.time} on days without a check-in.`);
  }
  if (installed) ctx.out.info(`A daily notification is installed (${installed.kind}); \`peerpath remind uninstall\` removes it.`);
  else if (state) ctx.out.info('At your prompt: `peerpath remind shell bash|zsh|fish`. As a notification: `peerpath remind install`.');
}

/** A desktop notification with notify-send (or macOS's osascript); false when neither is there. */
async function notify(line: string): Promise<boolean> {
  const text = line;
  if (onPath('notify-send')) {
    const r = await runProgram(['notify-send', '--app-name=peerpath', 'peerpath', text]);
    return r.code === 0;
  }
  if (process.platform === 'darwin' && onPath('osascript')) {
    // The text goes in as an argument, never into the script.
    const r = await runProgram(['osascript', '-e', 'on run argv', '-e', 'display notification (item 1 of argv) with title "peerpath"', '-e', 'end run', text]);
    return r.code === 0;
  }
  return false;
}

export async function remindSet(ctx: Ctx, time: string): Promise<void> {
  await configSet(ctx, 'remind', time, { quiet: true });
  const state = readRemindState(ctx.dataDir().dir);
  ctx.out.info(`Reminder set for ${state?.time ?? time}, on days without a check-in.`);
  const installed = await readManifest(ctx.dataDir().dir);
  if (installed) ctx.out.info('Run `peerpath remind install` again to move the daily notification to the new time.');
  else ctx.out.info('To see it at your prompt: `peerpath remind shell bash` (or zsh, fish). As a notification: `peerpath remind install`.');
}

export async function remindOff(ctx: Ctx): Promise<void> {
  await configUnset(ctx, 'remind', { quiet: true });
  ctx.out.info('Reminder off.');
  if (await readManifest(ctx.dataDir().dir)) ctx.out.info('The daily notification stays quiet now; `peerpath remind uninstall` removes it.');
}

/** The command the prompt hook runs: `peerpath` when it is on PATH, else this node and script by path. */
function selfCommand(ctx: Ctx): string[] {
  const cmd = onPath('peerpath') ? ['peerpath'] : [process.execPath, resolve(process.argv[1]!)];
  if (ctx.global.dataDir) cmd.push('--data-dir', ctx.dataDir().dir);
  return cmd;
}

export async function remindShell(ctx: Ctx, shell: Shell): Promise<void> {
  ctx.out.data(shellHook(shell, selfCommand(ctx)).trimEnd());
  if (!readRemindState(ctx.dataDir().dir)) ctx.out.info('No reminder time is set yet: `peerpath remind set 20:00`.');
}

/** The scheduler this system has: launchd on macOS, a systemd user session, or cron. */
async function detectScheduler(): Promise<SchedulerKind | null> {
  if (process.platform === 'darwin') return 'launchd';
  if (onPath('systemctl') && (await runProgram(['systemctl', '--user', 'show-environment'])).code === 0) return 'systemd';
  if (onPath('crontab')) return 'cron';
  return null;
}

const shown = (argv: readonly string[]) => argv.map(shQuote).join(' ');

function printPlan(ctx: Ctx, plan: InstallPlan, dryRun: boolean): void {
  const will = dryRun ? 'Would write' : 'Writing';
  for (const f of plan.files) ctx.out.data(`${will} ${f.path}:\n${f.content.replace(/^/gm, '    ').trimEnd()}\n`);
  if (plan.cronLine) ctx.out.data(`${dryRun ? 'Would add' : 'Adding'} this line to your crontab:\n    ${plan.cronLine}\n`);
  if (plan.activate.length > 0) ctx.out.data(`${dryRun ? 'Would then run' : 'Then running'}:\n${plan.activate.map((a) => `    ${shown(a)}`).join('\n')}\n`);
}

function reportFailures(ctx: Ctx, out: Outcome): void {
  for (const f of out.failed) ctx.out.warn(`\`${shown(f.argv)}\` did not work: ${f.reason}`);
}

export async function remindInstall(ctx: Ctx, opts: RemindInstallOptions): Promise<void> {
  const dataDir = ctx.dataDir().dir;
  const state = readRemindState(dataDir);
  if (!state) throw usageError('Set a reminder time first, e.g. `peerpath remind set 20:00`.', `The time lives in ${join(dataDir, REMIND_FILE)} once set.`);
  const kind = opts.scheduler ?? (await detectScheduler());
  if (!kind) {
    throw usageError('No scheduler found here (no systemd user session, launchd or crontab).', 'The reminder at your prompt needs none: `peerpath remind shell bash` (or zsh, fish).');
  }
  const xdg = process.env.XDG_CONFIG_HOME;
  const plan = installPlan({
    kind,
    time: state.time,
    node: process.execPath,
    bin: resolve(process.argv[1]!),
    dataDir,
    home: homedir(),
    xdgConfigHome: xdg && isAbsolute(xdg) ? xdg : null,
  });
  printPlan(ctx, plan, Boolean(opts.dryRun));
  if (opts.dryRun) {
    ctx.out.info('Nothing was written (--dry-run).');
    return;
  }
  const out = await applyInstall(dataDir, plan);
  reportFailures(ctx, out);
  if (out.failed.length > 0 && plan.activate.length > 0) {
    ctx.out.info(`The files are in place; once the scheduler can be reached, run:\n${plan.activate.map((a) => `  ${shown(a)}`).join('\n')}`);
  } else {
    ctx.out.info(`Installed: a notification each day at ${state.time} on days without a check-in. \`peerpath remind uninstall\` removes it.`);
  }
}

export async function remindUninstall(ctx: Ctx, opts: RemindUninstallOptions): Promise<void> {
  const dataDir = ctx.dataDir().dir;
  const manifest = await readManifest(dataDir);
  if (!manifest) {
    ctx.out.info('Nothing to remove: no daily notification was installed for this data folder.');
    return;
  }
  if (opts.dryRun) {
    for (const f of manifest.files) ctx.out.data(`Would remove ${f.path}`);
    if (manifest.cronLine) ctx.out.data(`Would remove this line from your crontab:\n    ${manifest.cronLine}`);
    ctx.out.info('Nothing was changed (--dry-run).');
    return;
  }
  const out = (await applyUninstall(dataDir))!;
  for (const r of out.removed) ctx.out.data(`Removed ${r}`);
  for (const k of out.keptChanged) ctx.out.warn(`Left ${k} in place: it was changed after peerpath wrote it.`);
  reportFailures(ctx, out);
  ctx.out.info('The daily notification is removed.');
}
