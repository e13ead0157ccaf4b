import { usageError } from '../../core/errors.js';
import type { Ctx } from '../context.js';
import type { ConfigGetOptions, ConfigListOptions } from './define.js';

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

export async function configGet(ctx: Ctx, key: string, opts: ConfigGetOptions): Promise<void> {
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

/** The menu's "Set my country": ask, then store it exactly as `config set country` does. */
export async function configSetCountry(ctx: Ctx): Promise<void> {
  const current = (await ctx.store().read()).config.country;
  const { askCountry } = await import('../../ui/country-prompt.js');
  const answer = await askCountry(await ctx.prompts(), { current, check: CONFIG_KEYS.country!.normalize });
  if (answer === null) {
    ctx.out.info(current ? `Kept ${current}.` : 'No country set.');
    return;
  }
  await configSet(ctx, 'country', answer);
}

export async function configUnset(ctx: Ctx, key: string): Promise<void> {
  checkKey(key);
  await ctx.store().update((data) => {
    delete data.config[key];
  });
  ctx.out.info(`Cleared ${key}.`);
}

export async function configList(ctx: Ctx, opts: ConfigListOptions): Promise<void> {
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
