import { usageError } from '../core/errors.js';
import type { Ctx } from './context.js';

/** Settings a person can change, each with a check and a one-line description. */
export const CONFIG_KEYS: Record<string, { describe: string; normalize: (v: string) => string }> = {
  country: {
    describe: 'your country, as a two-letter code (US, CA, UK, IE, AU, NZ …), for help-now and program lists',
    normalize: (v) => {
      const s = v.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(s)) throw usageError(`country must be a two-letter code such as US, UK, CA, IE, AU or NZ (got "${v}").`);
      return s === 'GB' ? 'UK' : s;
    },
  },
};

function checkKey(key: string): void {
  if (!(key in CONFIG_KEYS)) throw usageError(`Unknown setting "${key}". Settings: ${Object.keys(CONFIG_KEYS).join(', ')}.`);
}

export async function configGet(ctx: Ctx, key: string, opts: { json?: boolean }): Promise<void> {
  checkKey(key);
  const data = await ctx.store().read();
  const value = data.config[key] ?? null;
  if (opts.json) ctx.out.json({ [key]: value });
  else if (value === null) ctx.out.info(`${key} is not set. Set it with \`peerpath config set ${key} VALUE\`.`);
  else ctx.out.data(value);
}

export async function configSet(ctx: Ctx, key: string, value: string): Promise<void> {
  checkKey(key);
  const v = CONFIG_KEYS[key]!.normalize(value);
  await ctx.store().update((data) => {
    data.config[key] = v;
  });
  ctx.out.info(`Saved: ${key} = ${v}`);
}

export async function configUnset(ctx: Ctx, key: string): Promise<void> {
  checkKey(key);
  await ctx.store().update((data) => {
    delete data.config[key];
  });
  ctx.out.info(`Cleared ${key}.`);
}

export async function configList(ctx: Ctx, opts: { json?: boolean }): Promise<void> {
  const data = await ctx.store().read();
  if (opts.json) {
    ctx.out.json(Object.fromEntries(Object.keys(CONFIG_KEYS).map((k) => [k, data.config[k] ?? null])));
    return;
  }
  ctx.out.data(
    Object.entries(CONFIG_KEYS)
      .map(([k, d]) => `${k.padEnd(10)}${data.config[k] ?? ctx.out.c.dim('(not set)')}  ${ctx.out.c.dim(d.describe)}`)
      .join('\n'),
  );
}
