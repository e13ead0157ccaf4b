/**
 * The first-run question, asked once (the first guided check-in or the first menu) and skippable:
 * "Which country are you in?", with the guess from the locale or time zone preselected.
 */
import { countryName, resolveCountry, type CountryGuess } from '../core/countries.js';
import type { Prompts } from './prompts.js';

export const FIRST_COUNTRY_QUESTION = 'Which country are you in? (for crisis lines and local groups)';

const SKIP = '';
const OTHER = '?';

/** The code picked or typed, or null when skipped. */
export async function askFirstCountry(p: Prompts, guess: CountryGuess | null): Promise<string | null> {
  const choices = [
    ...(guess ? [{ name: countryName(guess.code), value: guess.code }] : []),
    { name: guess ? 'Another country (type its name)' : 'Type its name or code', value: OTHER },
    { name: 'Skip for now (peerpath config set country can do it later)', value: SKIP },
  ];
  const picked = await p.select<string>({ message: FIRST_COUNTRY_QUESTION, choices, default: guess ? guess.code : SKIP });
  if (picked !== OTHER) return picked === SKIP ? null : picked;
  const typed = await p.input({
    message: 'Country (a name or a two-letter code; Enter to skip):',
    validate: (v) => v.trim() === '' || resolveCountry(v) !== null || `peerpath does not know "${v.trim()}" yet. Try its English name or two-letter code, or leave it empty.`,
  });
  return typed.trim() === '' ? null : resolveCountry(typed);
}
