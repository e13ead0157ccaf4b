import type { JournalData } from '../../core/entry.js';
import { guessCountry, type CountryGuess } from '../../core/countries.js';
import { loadCrisisData } from '../../directory/load.js';
import { buildHelpNow, helpNowJson, renderHelpNow, type HelpNowView } from '../../ui/help-now.js';
import type { Ctx } from '../context.js';
import type { HelpNowOptions } from './define.js';

/** The machine's time zone (TZ, or the system's); undefined when the runtime cannot tell. */
function systemTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A first guess at the country from this machine's time zone and locale (see core/countries.ts). */
export function systemCountryGuess(): CountryGuess | null {
  return guessCountry(process.env, systemTimeZone());
}

/**
 * The journal, if it can be read without asking anything. Help must never be blocked by the journal:
 * missing, locked, encrypted without a passphrase file, or damaged all mean "no plan, no setting".
 * `readable: false` only when a journal exists and could not be read.
 */
export async function readQuietly(ctx: Ctx): Promise<{ data: JournalData | null; readable: boolean }> {
  try {
    const store = ctx.store();
    const bytes = await store.rawBytes();
    if (bytes === null) return { data: null, readable: true };
    // Encrypted and no passphrase file: reading would ask for the passphrase, and help-now never asks.
    const { isEncrypted } = await import('../../store/crypto.js');
    if (isEncrypted(bytes) && !ctx.global.passphraseFile && !process.env.PEERPATH_PASSPHRASE_FILE) return { data: null, readable: false };
    return { data: await store.read(), readable: true };
  } catch {
    return { data: null, readable: false };
  }
}

/**
 * Everything help-now shows, from `--country` (if given), the configured country, or a guess from
 * the locale and time zone; and the plan. Pass `data` when the journal was already read.
 */
export async function helpNowView(ctx: Ctx, opts: { given?: string | undefined; data?: Pick<JournalData, 'config' | 'plan'> | null } = {}): Promise<HelpNowView> {
  const { data, readable } = opts.data !== undefined ? { data: opts.data, readable: true } : await readQuietly(ctx);
  const crisis = loadCrisisData();
  const configured = data?.config.country ?? null;
  return buildHelpNow({
    given: opts.given,
    configured,
    guess: opts.given || configured ? null : systemCountryGuess(),
    crisisLines: crisis.lines,
    emergencyNumbers: crisis.emergencyNumbers,
    plan: data?.plan ?? null,
    planUnavailable: !readable,
  });
}

/**
 * `peerpath help-now [--country C] [--json] [--full]` (also `crisis`, `help now`): never fails,
 * never asks, one screen. An unknown country still exits 0 with the 112 advice and the directory.
 */
export async function helpNow(ctx: Ctx, opts: HelpNowOptions): Promise<void> {
  const view = await helpNowView(ctx, { given: opts.country });
  if (opts.json) {
    ctx.out.json(helpNowJson(view));
    return;
  }
  ctx.out.data(renderHelpNow(ctx.out.c, view, { width: ctx.out.width, full: Boolean(opts.full) }).join('\n'));
}
