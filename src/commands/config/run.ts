import { resolveCountry } from '../../core/countries.js';
import { usageError } from '../../core/errors.js';
import type { JournalData } from '../../core/entry.js';
import { parseRemindTime } from '../../core/remind.js';
import type { Ctx } from '../context.js';
import type { ConfigGetOptions, ConfigListOptions } from './define.js';

/** Settings a person can change, each with a check and a one-line description. */
export const CONFIG_KEYS: Record<string, { describe: string; normalize: (v: string) => string }> = {
  country: {
    describe: 'your country, a name or a two-letter code (Germany, DE, United Kingdom, UK …), for help-now and program lists',
    normalize: (v) => {
      const code = resolveCountry(v);
      if (!code) {
        throw usageError(`"${v.trim()}" is not a country peerpath knows.`, 'Give its English name or two-letter code, e.g. `peerpath config set country Germany` (stored as DE).');
      }
      return code;
    },
  },
  remind: {
    describe: 'a daily reminder time (HH:MM) on days without a check-in; see `peerpath remind`',
    normalize: parseRemindTime,
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

/** `quiet`: the caller (e.g. `remind set`) says what happened in its own words. */
export async function configSet(ctx: Ctx, key: string, value: string, opts: { quiet?: boolean } = {}): Promise<void> {
  checkKey(key);
  const v = CONFIG_KEYS[key]!.normalize(value);
  await ctx.store().update((data) => {
    data.config[key] = v;
  });
  if (!opts.quiet) ctx.out.info(`Saved: ${key} = ${v}`);
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

/**
 * The first-run question ("Which country are you in?"), asked once, in a terminal, when no country
 * is set: by the first guided check-in or the first menu. Null when it is not asked; otherwise the
 * answer (null country: skipped), which recordCountryAnswer saves with whatever is saved next.
 */
export async function askCountryOnce(ctx: Ctx, data: Pick<JournalData, 'config'>): Promise<{ country: string | null } | null> {
  if (!ctx.interactive || data.config.country || data.config.countryAsked) return null;
  const [{ askFirstCountry }, { systemCountryGuess }] = await Promise.all([import('../../ui/first-country-prompt.js'), import('../help-now/run.js')]);
  return { country: await askFirstCountry(await ctx.prompts(), systemCountryGuess()) };
}

/** Remember that the question was asked (so it is asked once), and the country when one was given. */
export function recordCountryAnswer(data: Pick<JournalData, 'config'>, answer: { country: string | null }): void {
  data.config.countryAsked = 'yes';
  if (answer.country) data.config.country = answer.country;
}

export async function configUnset(ctx: Ctx, key: string, opts: { quiet?: boolean } = {}): Promise<void> {
  checkKey(key);
  await ctx.store().update((data) => {
    delete data.config[key];
  });
  if (!opts.quiet) ctx.out.info(`Cleared ${key}.`);
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
