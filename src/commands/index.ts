import type { Invocation } from '../cli/shared.js';
import { createCtx, type Ctx, type CtxDeps } from './context.js';

type Handler = (ctx: Ctx, args: string[], opts: Record<string, unknown>) => Promise<void>;

/**
 * Command name → handler. Each handler imports its module on first use, so a run only loads the
 * code of the command it runs (start-up stays close to bare Node).
 */
export const handlers: Record<string, Handler> = {
  menu: async (ctx) => (await import('./menu.js')).menu(ctx),
  checkin: async (ctx, _a, o) => (await import('./checkin.js')).checkin(ctx, o),
  'journal list': async (ctx, _a, o) => (await import('./journal.js')).journalList(ctx, o),
  'journal show': async (ctx, a, o) => (await import('./journal.js')).journalShow(ctx, a[0]!, o),
  'journal edit': async (ctx, a, o) => (await import('./journal.js')).journalEdit(ctx, a[0]!, o),
  'journal delete': async (ctx, a, o) => (await import('./journal.js')).journalDelete(ctx, a[0]!, o),
  doctor: async (ctx, _a, o) => (await import('./doctor.js')).doctor(ctx, o),
  'config get': async (ctx, a, o) => (await import('./config.js')).configGet(ctx, a[0]!, o),
  'config set': async (ctx, a) => (await import('./config.js')).configSet(ctx, a[0]!, a[1]!),
  'config unset': async (ctx, a) => (await import('./config.js')).configUnset(ctx, a[0]!),
  'backups list': async (ctx, _a, o) => (await import('./backups.js')).backupsList(ctx, o),
  'backups restore': async (ctx, a, o) => (await import('./backups.js')).backupsRestore(ctx, a[0]!, o),
  encrypt: async (ctx, _a, o) => (await import('./crypto.js')).encrypt(ctx, o),
  decrypt: async (ctx) => (await import('./crypto.js')).decrypt(ctx),
  'config list': async (ctx, _a, o) => (await import('./config.js')).configList(ctx, o),
  stats: async (ctx, _a, o) => (await import('./stats.js')).stats(ctx, o),
  calendar: async (ctx, _a, o) => (await import('./calendar.js')).calendar(ctx, o),
  export: async (ctx, _a, o) => (await import('./export.js')).exportCommand(ctx, o),
  import: async (ctx, a, o) => (await import('./import.js')).importCommand(ctx, a[0]!, o),
  'programs list': async (ctx, _a, o) => (await import('./programs.js')).programsList(ctx, o),
  'programs show': async (ctx, a, o) => (await import('./programs.js')).programsShow(ctx, a[0]!, o),
  'programs match': async (ctx, _a, o) => (await import('./programs.js')).programsMatch(ctx, o),
  'programs save': async (ctx, a) => (await import('./programs.js')).programsSave(ctx, a[0]!),
  'programs unsave': async (ctx, a) => (await import('./programs.js')).programsUnsave(ctx, a[0]!),
  'programs add': async (ctx, _a, o) => (await import('./programs.js')).programsAdd(ctx, o),
  'programs remove': async (ctx, a, o) => (await import('./programs.js')).programsRemove(ctx, a[0]!, o),
  'programs guide': async (ctx) => (await import('./programs.js')).programsGuide(ctx),
  'programs browse': async (ctx, _a, o) => (await import('./programs.js')).programsBrowse(ctx, o),
  'help-now': async (ctx, _a, o) => (await import('./help-now.js')).helpNow(ctx, o),
};

/** The real dispatcher: build the context from the global options and run the handler. */
export function createDispatch(deps: CtxDeps = {}): (name: string, inv: Invocation) => Promise<void> {
  return async (name, inv) => {
    const handler = handlers[name];
    if (!handler) throw new Error(`No handler for command "${name}"`);
    await handler(createCtx(inv.global, deps), inv.args, inv.opts);
  };
}
