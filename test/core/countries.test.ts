import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryFromLocale, countryFromTimeZone, guessCountry, placeName, resolveCountry } from '../../src/core/countries.js';

describe('resolveCountry', () => {
  it.each([
    ['de', 'DE'], ['DE', 'DE'], ['Germany', 'DE'], ['GERMANY', 'DE'], ['deutschland', 'DE'],
    ['United Kingdom', 'UK'], ['england', 'UK'], ['Scotland', 'UK'], ['Wales', 'UK'], ['Britain', 'UK'], ['GB', 'UK'], ['gb', 'UK'], ['uk', 'UK'],
    ['Northern Ireland', 'UK'], ['the Netherlands', 'NL'], ['Holland', 'NL'], ['usa', 'US'], ['U.S.A.', 'US'], ['United  States', 'US'],
    ['south korea', 'KR'], ['Österreich', 'AT'], ['ireland', 'IE'], ['new zealand', 'NZ'], ['Czech Republic', 'CZ'],
  ])('%s → %s', (input, code) => expect(resolveCountry(input)).toBe(code));

  it.each(['Atlantis', 'XX', '', '   ', 'international', 'E', 'Germanyy'])('%j is unknown', (input) => expect(resolveCountry(input)).toBeNull());

  it('every code resolves to itself and every name to its code', () => {
    for (const c of COUNTRIES) {
      expect(resolveCountry(c.code.toLowerCase())).toBe(c.code);
      expect(resolveCountry(c.name.toUpperCase())).toBe(c.code);
    }
  });

  it('reads well after "in"', () => {
    expect(placeName('UK')).toBe('the United Kingdom');
    expect(placeName('DE')).toBe('Germany');
  });
});

describe('guessing the country', () => {
  it('takes the region of LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(countryFromLocale({ LANG: 'de_DE.UTF-8' })).toBe('DE');
    expect(countryFromLocale({ LANG: 'en_GB.UTF-8' })).toBe('UK');
    expect(countryFromLocale({ LANG: 'pt_BR' })).toBe('BR');
    expect(countryFromLocale({ LANG: 'sr_RS@latin' })).toBeNull(); // a region we have nothing for
    expect(countryFromLocale({ LC_ALL: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('FR');
    expect(countryFromLocale({ LC_ALL: '', LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('JP');
    expect(countryFromLocale({ LANG: 'C' })).toBeNull();
    expect(countryFromLocale({ LANG: 'C.UTF-8' })).toBeNull();
    expect(countryFromLocale({ LC_ALL: 'POSIX', LANG: 'de_DE.UTF-8' })).toBeNull();
    expect(countryFromLocale({ LANG: 'en' })).toBeNull();
    expect(countryFromLocale({})).toBeNull();
  });

  it('maps IANA time zones, whole areas included', () => {
    expect(countryFromTimeZone('Europe/Berlin')).toBe('DE');
    expect(countryFromTimeZone('Europe/London')).toBe('UK');
    expect(countryFromTimeZone('America/Indiana/Indianapolis')).toBe('US');
    expect(countryFromTimeZone('America/Argentina/Buenos_Aires')).toBe('AR');
    expect(countryFromTimeZone('Australia/Perth')).toBe('AU');
    expect(countryFromTimeZone('Asia/Kolkata')).toBe('IN');
    expect(countryFromTimeZone('UTC')).toBeNull();
    expect(countryFromTimeZone('Etc/GMT+1')).toBeNull();
    expect(countryFromTimeZone(undefined)).toBeNull();
  });

  it('every country in the table has a time zone that maps back to it', () => {
    for (const c of COUNTRIES) {
      const exact = c.zones?.find((z) => !z.endsWith('/') && z.includes('/'));
      expect(exact, c.code).toBeDefined();
      expect(countryFromTimeZone(exact), c.code).toBe(c.code);
    }
  });

  it('prefers the time zone to the locale, and says which it used', () => {
    expect(guessCountry({ LANG: 'en_US.UTF-8' }, 'Europe/Berlin')).toEqual({ code: 'DE', from: 'time zone' });
    expect(guessCountry({ LANG: 'de_DE.UTF-8' }, 'UTC')).toEqual({ code: 'DE', from: 'locale' });
    expect(guessCountry({ LANG: 'C' }, 'UTC')).toBeNull();
  });
});
