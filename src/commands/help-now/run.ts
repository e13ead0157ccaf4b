import { PeerpathError } from '../../core/errors.js';
import { checkCountry } from '../../directory/country.js';
import { COUNTRY_NAMES } from '../../directory/labels.js';
import { loadCrisisLines } from '../../directory/load.js';
import type { CrisisLine } from '../../directory/schema.js';
import { INTERNATIONAL } from '../../directory/vocab.js';
import { renderCrisisLine, renderCrisisLineShort } from '../../ui/directory-render.js';
import type { Ctx } from '../context.js';
import type { HelpNowOptions } from './define.js';

export const EMERGENCY_LINE = 'If you are in danger right now, call your local emergency number.';

export interface HelpNowResult {
  /** The country shown, or null when none is set (then every country is listed). */
  country: string | null;
  /** Lines for that country (every country's lines when country is null). */
  lines: CrisisLine[];
  /** Directories of helplines in other countries. */
  international: CrisisLine[];
}

/** "the United Kingdom", "Canada", or the code itself when we have no name for it. */
export function placeName(code: string): string {
  const name = COUNTRY_NAMES[code];
  if (!name) return code;
  return /^United /.test(name) ? `the ${name}` : name;
}

/** Pure: the crisis lines to show for a country (null = all of them). */
export function helpNowFor(country: string | null, all: readonly CrisisLine[] = loadCrisisLines()): HelpNowResult {
  const international = all.filter((l) => l.country === INTERNATIONAL);
  const national = all.filter((l) => l.country !== INTERNATIONAL);
  return {
    country,
    lines: country === null ? national : national.filter((l) => l.country === country),
    international,
  };
}

/**
 * The configured country, if the journal can be read. Help must never be blocked by the journal:
 * a locked, encrypted or damaged journal just means no configured country.
 */
async function configuredCountry(ctx: Ctx): Promise<string | null> {
  try {
    const store = ctx.store();
    if ((await store.rawBytes()) === null) return null;
    return (await store.read()).config.country ?? null;
  } catch (err) {
    if (err instanceof PeerpathError) return null;
    throw err;
  }
}

/** `peerpath help-now [--country C] [--json]`: one screen, readable without colour. */
export async function helpNow(ctx: Ctx, opts: HelpNowOptions): Promise<void> {
  const given = opts.country !== undefined ? checkCountry(opts.country) : undefined;
  const country = given === INTERNATIONAL ? null : (given ?? (await configuredCountry(ctx)));
  const result = helpNowFor(country);
  if (opts.json) {
    ctx.out.json(result);
    return;
  }
  const { c, width } = ctx.out;
  const out: string[] = [];
  if (country === null) out.push('Crisis and support lines, by country:');
  else out.push(`Crisis and support lines for ${placeName(country)}:`);
  out.push('');
  if (country !== null && result.lines.length === 0) {
    out.push(`peerpath has no lines listed for ${country} yet.`, '');
  }
  if (country === null) {
    // Every country: short lines so it still fits about one screen.
    let last = '';
    for (const line of result.lines) {
      if (line.country !== last) {
        if (last) out.push('');
        out.push(c.bold(COUNTRY_NAMES[line.country] ?? line.country));
        last = line.country;
      }
      out.push(...renderCrisisLineShort(c, line, width));
    }
    out.push('');
  } else {
    for (const line of result.lines) out.push(...renderCrisisLine(c, line, width), '');
  }
  if (result.international.length) {
    out.push(country === null ? 'Anywhere else:' : 'In other countries:');
    for (const line of result.international) out.push(...renderCrisisLine(c, line, width));
    out.push('');
  }
  out.push(EMERGENCY_LINE);
  ctx.out.data(out.join('\n'));
  if (opts.country === undefined && country === null) {
    ctx.out.info(ctx.out.ce.dim('To see only your country: `peerpath config set country UK` (or US, CA, IE, AU, NZ).'));
  }
}
