import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { emptyPlan, type Plan } from '../../src/core/plan.js';
import type { CrisisLine } from '../../src/directory/schema.js';
import { loadCrisisData } from '../../src/directory/load.js';
import { COUNTRIES, resolveCountry } from '../../src/core/countries.js';
import { buildHelpNow, helpNowJson, renderHelpNow, type EmergencyNumberLike } from '../../src/ui/help-now.js';

const c = new Chalk({ level: 0 });
const line = (country: string, name: string, extra: Partial<CrisisLine> = {}): CrisisLine => ({
  id: `${country.toLowerCase()}-${name.toLowerCase().replace(/\W+/g, '-')}`,
  country, name, contact: { phone: '0800 000' }, hours: '24/7', languages: null, source: 'https://example.org', verifiedOn: '2026-11-23', ...extra,
});
const LINES = [
  line('DE', 'Line A'),
  line('DE', 'Line B', { hours: null, caution: 'Hours not confirmed on the pages seen.' }),
  line('UK', 'Line C'),
  line('international', 'Find A Helpline (directory of free helplines by country)', { contact: {}, hours: null, url: 'https://findahelpline.com' }),
];
const NUMBERS: EmergencyNumberLike[] = [
  { country: 'DE', general: '112', notes: 'Police 110.' },
  { country: 'UK', general: '999 or 112', notes: null },
  { country: 'EU', general: '112', notes: 'Every EU member.' },
];
const plan: Plan = { ...emptyPlan(), people: [{ name: 'Sam', contact: '07700 900123' }], copingAlone: ['a walk'] };

describe('buildHelpNow', () => {
  it('given beats configured beats guessed; names resolve', () => {
    const v = buildHelpNow({ given: 'germany', configured: 'UK', guess: { code: 'US', from: 'locale' }, crisisLines: LINES, emergencyNumbers: NUMBERS });
    expect(v).toMatchObject({ country: 'DE', countryName: 'Germany', countryFrom: 'given', emergency: { number: '112', notes: 'Police 110.' } });
    expect(v.lines.map((l) => l.name)).toEqual(['Line A', 'Line B']);
    expect(buildHelpNow({ configured: 'UK', guess: { code: 'DE', from: 'locale' }, crisisLines: LINES, emergencyNumbers: NUMBERS }).countryFrom).toBe('config');
    expect(buildHelpNow({ guess: { code: 'UK', from: 'time zone' }, crisisLines: LINES, emergencyNumbers: NUMBERS })).toMatchObject({ country: 'UK', countryFrom: 'time zone', emergency: { number: '999 or 112' } });
  });

  it('an unknown country keeps the international directory and no emergency number', () => {
    const v = buildHelpNow({ given: 'Atlantis', crisisLines: LINES, emergencyNumbers: NUMBERS });
    expect(v).toMatchObject({ country: null, countryName: null, emergency: null, lines: [], unknownCountry: 'Atlantis' });
    expect(v.international).toHaveLength(1);
  });

  it('an EU member without its own entry gets the EU 112', () => {
    expect(buildHelpNow({ given: 'Greece', crisisLines: LINES, emergencyNumbers: NUMBERS }).emergency).toEqual({ number: '112', notes: 'Every EU member.' });
  });

  it('JSON has the contract keys; an empty plan is null', () => {
    const json = helpNowJson(buildHelpNow({ given: 'DE', crisisLines: LINES, emergencyNumbers: NUMBERS, plan: emptyPlan() }));
    expect(Object.keys(json).slice(0, 6)).toEqual(['country', 'countryName', 'emergency', 'lines', 'international', 'plan']);
    expect(json.plan).toBeNull();
  });
});

describe('renderHelpNow', () => {
  it('plan first, then the emergency number, the lines, the directory', () => {
    const out = renderHelpNow(c, buildHelpNow({ given: 'DE', crisisLines: LINES, emergencyNumbers: NUMBERS, plan }), { width: 80 }).join('\n');
    const order = ['Your plan', 'Call Sam: 07700 900123', 'In an emergency call 112.', 'Line A', 'Line B', 'Hours: not stated', 'Please note: Hours not confirmed', 'Anywhere else: Find A Helpline, https://findahelpline.com'];
    let at = -1;
    for (const s of order) {
      const i = out.indexOf(s);
      expect(i, s).toBeGreaterThan(at);
      at = i;
    }
  });

  it('says when the country was guessed and how to change it', () => {
    const out = renderHelpNow(c, buildHelpNow({ guess: { code: 'UK', from: 'locale' }, crisisLines: LINES, emergencyNumbers: NUMBERS }), { width: 80 }).join('\n');
    expect(out).toContain('In an emergency call 999 or 112.');
    expect(out).toContain('Guessed from your locale; to change it: `peerpath config set country XX`');
  });

  it('unknown: the 112 advice, the directory, how to set the country', () => {
    const out = renderHelpNow(c, buildHelpNow({ given: 'XX', crisisLines: LINES, emergencyNumbers: NUMBERS }), { width: 80 }).join('\n');
    expect(out).toContain('112 works in many countries');
    expect(out).toContain('https://findahelpline.com');
    expect(out).toContain('peerpath config set country');
  });

  it('drops cautions (and says where they are) rather than go past the line budget', () => {
    const v = buildHelpNow({ given: 'DE', crisisLines: LINES, emergencyNumbers: NUMBERS });
    const short = renderHelpNow(c, v, { width: 80, maxLines: 9 });
    expect(short.join('\n')).not.toContain('Please note');
    expect(short.join('\n')).toContain('peerpath help-now --country DE --full');
    expect(renderHelpNow(c, v, { width: 80, maxLines: 9, full: true }).join('\n')).toContain('Police 110.');
  });

  it('journal unreadable: one quiet line instead of the plan', () => {
    const out = renderHelpNow(c, buildHelpNow({ given: 'DE', crisisLines: LINES, emergencyNumbers: NUMBERS, planUnavailable: true }), { width: 80 });
    expect(out[0]).toMatch(/could not be opened/);
  });
});

describe('with the bundled data', () => {
  const data = loadCrisisData();
  const codes = data.emergencyNumbers.map((e) => e.country).filter((c) => c !== 'EU');

  it('knows every country the data has, by code and by name', () => {
    const known = new Set(COUNTRIES.map((c) => c.code));
    for (const code of new Set([...codes, ...data.lines.map((l) => l.country).filter((c) => c !== 'international')])) {
      expect(known.has(code), code).toBe(true);
      expect(resolveCountry(COUNTRIES.find((c) => c.code === code)!.name)).toBe(code);
    }
  });

  it.each(codes)('%s: the facts\' number exactly, and one screen (≤ 20 lines of ≤ 80 columns) even when guessed', (code) => {
    for (const v of [
      buildHelpNow({ given: code, crisisLines: data.lines, emergencyNumbers: data.emergencyNumbers }),
      buildHelpNow({ guess: { code, from: 'time zone' }, crisisLines: data.lines, emergencyNumbers: data.emergencyNumbers }),
    ]) {
      expect(v.emergency?.number).toBe(data.emergencyNumbers.find((e) => e.country === code)!.general);
      expect(v.lines.length).toBeGreaterThan(0);
      const out = renderHelpNow(c, v, { width: 80 });
      expect(out.length).toBeLessThanOrEqual(20);
      for (const l of out) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
      expect(out.join('\n')).toContain(`In an emergency call ${v.emergency!.number}.`);
    }
  });
});
