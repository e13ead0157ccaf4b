/**
 * Country codes as the directory uses them: ISO 3166-1 alpha-2, except `UK` for the United Kingdom
 * (`GB` is accepted for it), and `international`. Kept apart from filter.ts so `help-now` loads no
 * search code.
 */
import { usageError } from '../core/errors.js';
import { COUNTRY_NAMES } from './labels.js';
import { INTERNATIONAL } from './vocab.js';

/** Upper-case a country code; `GB` is accepted for `UK`, and `international` stays as it is. */
export function normalizeCountry(code: string): string {
  const c = code.trim();
  if (c.toLowerCase() === INTERNATIONAL) return INTERNATIONAL;
  const upper = c.toUpperCase();
  return upper === 'GB' ? 'UK' : upper;
}

/** Normalise one country value, or throw a usage error (exit 2) saying what a country looks like. */
export function checkCountry(raw: string): string {
  const v = normalizeCountry(raw);
  if (v !== INTERNATIONAL && !/^[A-Z]{2}$/.test(v)) {
    const known = Object.keys(COUNTRY_NAMES).filter((c) => c !== INTERNATIONAL).join(', ');
    throw usageError(
      `Unknown --country value "${raw}". Use a two-letter country code (UK for the United Kingdom) or international.`,
      `Countries in the directory: ${known}, international.`,
    );
  }
  return v;
}
