import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PeerpathError } from '../../src/core/errors.js';
import { loadPrograms } from '../../src/directory/load.js';
import { ageLimits, isForSpecificGroups, personFits } from '../../src/directory/audience.js';
import { countryFirst } from '../../src/directory/order.js';
import { matchForPerson, matchPrograms, normalizeAnswers, scoreProgram, WEIGHTS, type MatchAnswers } from '../../src/directory/match.js';
import type { Program } from '../../src/directory/schema.js';
import { makeProgram } from './fixtures.js';
import { AUDIENCES, COSTS, FOCUSES, FORMATS } from '../../src/directory/vocab.js';

const all = loadPrograms();
const ids = (ps: readonly { id: string }[]) => ps.map((p) => p.id);

const prog = makeProgram;

describe('scoreProgram: reasons, unknowns and exclusions', () => {
  const cases: Array<[string, Program, MatchAnswers, { excluded: true } | { score: number; reasons: string[]; unknowns?: string[] }]> = [
    ['no answers: everything fits, score 0', prog('a'), {}, { score: 0, reasons: [] }],
    ['country exact', prog('a'), { country: ['US'] }, { score: WEIGHTS.countryExact, reasons: ['Available in US'] }],
    ['country via international', prog('a', { countries: ['international'] }), { country: ['UK'] }, { score: WEIGHTS.countryInternational, reasons: ['Available internationally'] }],
    ['country mismatch excludes', prog('a', { countries: ['AU'] }), { country: ['UK'] }, { excluded: true }],
    ['unknown country neither excludes nor scores', prog('a', { countries: null }), { country: ['UK'] }, { score: 0, reasons: [], unknowns: ['where it is available is not stated'] }],
    ['format match', prog('a', { formats: ['online-video', 'phone'] }), { format: ['online-video'] }, { score: WEIGHTS.format, reasons: ['Meets online (video)'] }],
    ['online alias matches two formats', prog('a', { formats: ['online-forum', 'chat'] }), { format: ['online'] }, { score: 2 * WEIGHTS.format, reasons: ['Online forum', 'Live chat'] }],
    ['format mismatch excludes', prog('a', { formats: ['phone'] }), { format: ['in-person'] }, { excluded: true }],
    ['unknown format', prog('a', { formats: null }), { format: ['phone'] }, { score: 0, reasons: [], unknowns: ['how it meets is not stated'] }],
    ['focus exact', prog('a', { focus: ['bipolar', 'depression'] }), { focus: ['bipolar'] }, { score: WEIGHTS.focusExact, reasons: ['About bipolar'] }],
    ['focus general fits any focus', prog('a'), { focus: ['grief'] }, { score: WEIGHTS.focusGeneral, reasons: ['Open to any mental health concern'] }],
    ['focus mismatch excludes', prog('a', { focus: ['substance-use'] }), { focus: ['bipolar'] }, { excluded: true }],
    ['audience match', prog('a', { audience: ['individuals', 'veterans'] }), { audience: ['veterans'] }, { score: WEIGHTS.audience, reasons: ['For veterans and service members'] }],
    ['audience not matched still fits (individuals)', prog('a'), { audience: ['veterans'] }, { score: 0, reasons: [] }],
    ['family-only program left out for someone looking for themselves', prog('a', { audience: ['families-carers'] }), { audience: ['young-people'] }, { excluded: true }],
    ['program without family left out for a family member', prog('a'), { audience: ['families-carers'] }, { excluded: true }],
    ['family program for a family member', prog('a', { audience: ['individuals', 'families-carers'] }), { audience: ['families-carers'] }, { score: WEIGHTS.audience, reasons: ['For family members and carers'] }],
    ['unknown audience', prog('a', { audience: null }), { audience: ['men'] }, { score: 0, reasons: [], unknowns: ['who it is for is not stated'] }],
    ['cost match', prog('a'), { cost: ['free'] }, { score: WEIGHTS.cost, reasons: ['Free'] }],
    ['donation match', prog('a', { cost: 'donation' }), { cost: ['free', 'donation'] }, { score: WEIGHTS.cost, reasons: ['Donation-based'] }],
    ['cost mismatch is only a preference', prog('a', { cost: 'donation' }), { cost: ['free'] }, { score: 0, reasons: [] }],
    ['unknown cost', prog('a', { cost: null }), { cost: ['free'] }, { score: 0, reasons: [], unknowns: ['cost not stated'] }],
    ['peer-led wanted', prog('a'), { peerLed: true }, { score: WEIGHTS.peerLed, reasons: ['Peer-led'] }],
    ['peer-led unknown', prog('a', { peerLed: null }), { peerLed: true }, { score: 0, reasons: [], unknowns: ['whether peers lead it is not stated'] }],
    ['language match', prog('a', { languages: ['English', 'Spanish'] }), { language: ['spanish'] }, { score: WEIGHTS.language, reasons: ['In Spanish'] }],
    ['language mismatch excludes', prog('a', { languages: ['English'] }), { language: ['french'] }, { excluded: true }],
    ['unknown language', prog('a'), { language: ['french'] }, { score: 0, reasons: [], unknowns: ['languages not stated'] }],
    [
      'everything together',
      prog('a', { formats: ['online-video'], focus: ['bipolar'], audience: ['families-carers'], countries: ['UK'] }),
      { country: ['UK'], format: ['online'], focus: ['bipolar'], audience: ['families-carers'], cost: ['free'], peerLed: true },
      {
        score: WEIGHTS.countryExact + WEIGHTS.format + WEIGHTS.focusExact + WEIGHTS.audience + WEIGHTS.cost + WEIGHTS.peerLed,
        reasons: ['Available in UK', 'Meets online (video)', 'About bipolar', 'For family members and carers', 'Free', 'Peer-led'],
      },
    ],
  ];
  test.each(cases)('%s', (_name, p, answers, expected) => {
    const r = scoreProgram(p, normalizeAnswers(answers));
    if ('excluded' in expected) expect(r).toBeNull();
    else {
      expect(r).not.toBeNull();
      expect(r?.score).toBe(expected.score);
      expect(r?.reasons).toEqual(expected.reasons);
      expect(r?.unknowns).toEqual(expected.unknowns ?? []);
    }
  });
});

describe('matchPrograms', () => {
  test('items are the program plus score, reasons and unknowns', () => {
    const [first] = matchPrograms(all, { focus: ['bipolar'] });
    expect(first).toBeDefined();
    const { score, reasons, unknowns, ...program } = first!;
    expect(all).toContainEqual(program);
    expect(typeof score).toBe('number');
    expect(Array.isArray(reasons)).toBe(true);
    expect(Array.isArray(unknowns)).toBe(true);
  });

  test('no answers: every program open to anyone ranked by name, the rest set aside for their groups', () => {
    const { ranked, forGroups } = matchForPerson(all, {});
    expect(ranked.length + forGroups.length).toBe(all.length);
    expect(ranked.every((p) => !isForSpecificGroups(p))).toBe(true);
    expect(forGroups.every((p) => isForSpecificGroups(p))).toBe(true);
    const names = ranked.map((p) => p.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(matchPrograms(all, {})).toEqual(ranked);
  });

  test('bipolar in the UK, in person: the UK bipolar groups first', () => {
    const r = matchPrograms(all, { country: ['uk'], focus: ['bipolar'], format: ['in-person'] });
    expect(ids(r.slice(0, 2))).toEqual(['aware-ni', 'bipolar-uk-groups']);
    for (const top of r.slice(0, 2)) expect(top.reasons).toEqual(['Available in UK', 'Meets in person', 'About bipolar']);
    for (const p of r) {
      expect(p.countries === null || p.countries.includes('UK') || p.countries.includes('international')).toBe(true);
      expect(p.focus.includes('bipolar') || p.focus.includes('general')).toBe(true);
    }
    expect(ids(r)).not.toContain('smart-recovery'); // substance use only
  });

  test('a family member in the US gets family programs', () => {
    const r = matchPrograms(all, { country: ['US'], audience: ['family'] });
    expect(r.length).toBeGreaterThan(0);
    for (const p of r) expect(p.audience === null || p.audience.some((a) => a === 'families-carers' || a === 'parents')).toBe(true);
    expect(ids(r)).toContain('nami-family-support');
    expect(ids(r)).not.toContain('nami-connection');
  });

  test('a veteran: Vets4Warriors ranks high, with the reason', () => {
    const r = matchPrograms(all, { country: ['US'], audience: ['veterans'] });
    const v = r.find((p) => p.id === 'vets4warriors');
    expect(v?.reasons).toContain('For veterans and service members');
    expect(r.findIndex((p) => p.id === 'vets4warriors')).toBeLessThan(3);
  });

  test('unknowns are listed, not guessed', () => {
    const r = matchPrograms(all, { cost: ['free'] });
    const wmass = r.find((p) => p.id === 'western-mass-peer-line');
    expect(wmass?.unknowns).toEqual(['cost not stated']);
  });

  test('bad answers are usage errors', () => {
    expect(() => matchPrograms(all, { format: ['telepathy'] })).toThrow(PeerpathError);
  });

  test('ties are broken by name, then id', () => {
    const r = matchPrograms([prog('b', { name: 'Same' }), prog('a', { name: 'Same' }), prog('c', { name: 'Alpha' })], {});
    expect(ids(r)).toEqual(['c', 'a', 'b']);
  });

  const answersArb: fc.Arbitrary<MatchAnswers> = fc.record(
    {
      format: fc.subarray([...FORMATS, 'online']),
      focus: fc.subarray([...FOCUSES]),
      audience: fc.subarray([...AUDIENCES]),
      country: fc.subarray(['US', 'UK', 'gb', 'CA', 'IE', 'AU', 'NZ', 'DE', 'international']),
      cost: fc.subarray([...COSTS]),
      language: fc.subarray(['English', 'spanish', 'French']),
      peerLed: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test('deterministic: same answers, same order, whatever the input order', () => {
    fc.assert(
      fc.property(answersArb, fc.shuffledSubarray([...all], { minLength: all.length }), (answers, shuffled) => {
        const a = matchPrograms(all, answers);
        const b = matchPrograms(shuffled, answers);
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  test('sorted by score, then name; never scores an excluded program', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = matchPrograms(all, answers);
        for (let i = 1; i < r.length; i++) {
          const prev = r[i - 1]!;
          const cur = r[i]!;
          expect(prev.score >= cur.score).toBe(true);
          if (prev.score === cur.score) expect(prev.name.toLowerCase() <= cur.name.toLowerCase()).toBe(true);
        }
        for (const p of r) expect(p.reasons.length > 0 || p.score === 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('who a program is for', () => {
  const byId = (id: string) => all.find((p) => p.id === id)!;
  const rankedIds = (r: { ranked: readonly Program[] }) => ids(r.ranked);
  const groupIds = (r: { forGroups: readonly Program[] }) => ids(r.forGroups);

  test('UK, bipolar, online, free: TrevorSpace is not a general match; it is listed for its group', () => {
    const r = matchForPerson(all, { country: ['UK'], focus: ['bipolar'], format: ['online'], cost: ['free'] });
    expect(rankedIds(r)).not.toContain('trevorspace');
    expect(r.forGroups.find((m) => m.id === 'trevorspace')?.groups).toBe('LGBTQ+ people, young people');
    // TalkLife lists adults too (16+ in the facts), so it is ranked, with who it is for shown.
    expect(byId('talklife').audience).toEqual(['young-people', 'adults']);
    expect(rankedIds(r)).toContain('talklife');
    expect(rankedIds(r).slice(0, 2).sort()).toEqual(['bipolar-uk-ecommunity', 'bipolar-uk-groups']);
    expect(matchPrograms(all, { country: ['UK'], focus: ['bipolar'], format: ['online'], cost: ['free'] })).toEqual(r.ranked);
  });

  test('a US family member of someone with depression is not offered Vets4Warriors as a general match', () => {
    const r = matchForPerson(all, { country: ['US'], audience: ['families-carers'], focus: ['depression'] });
    expect(rankedIds(r)).not.toContain('vets4warriors');
    expect(r.forGroups.find((m) => m.id === 'vets4warriors')?.groups).toContain('veterans and service members');
    const veteranFamily = matchForPerson(all, { country: ['US'], audience: ['families-carers', 'veterans'], focus: ['depression'] });
    expect(rankedIds(veteranFamily)).toContain('vets4warriors');
  });

  // One case per specific audience: set aside without it, ranked with it.
  const cases: Array<[string, string, MatchAnswers]> = [
    ['lgbtq', 'trans-lifeline', { country: ['US'] }],
    ['young-people', 'reachout-community', { country: ['AU'] }],
    ['veterans', 'vets4warriors', { country: ['US'] }],
    ['women', 'women-for-sobriety', { focus: ['substance-use'] }],
    ['men', 'andys-man-club', { country: ['UK'] }],
    ['men', 'mens-sheds', { country: ['IE'] }],
    ['parents', 'pcmh-family-chapters', { country: ['CA'] }],
    ['parents', 'psi-support-groups', { focus: ['postpartum'] }],
  ];
  test.each(cases)('%s: %s is ranked only when the person says so', (audience, id, answers) => {
    expect(isForSpecificGroups(byId(id))).toBe(true);
    const without = matchForPerson(all, answers);
    expect(rankedIds(without)).not.toContain(id);
    expect(groupIds(without)).toContain(id);
    const withIt = matchForPerson(all, { ...answers, audience: [audience] });
    expect(rankedIds(withIt)).toContain(id);
    expect(groupIds(withIt)).not.toContain(id);
  });

  test('a group for LGBTQ+ young people needs both', () => {
    expect(rankedIds(matchForPerson(all, { audience: ['lgbtq'] }))).not.toContain('trevorspace');
    expect(rankedIds(matchForPerson(all, { audience: ['young-people'] }))).not.toContain('trevorspace');
    expect(rankedIds(matchForPerson(all, { audience: ['lgbtq', 'young-people'] }))).toContain('trevorspace');
  });

  test.each([
    [['individuals', 'families-carers', 'young-people', 'veterans'], false], // DBSA: open to people in general
    [['young-people', 'adults'], false], // 7 Cups, TalkLife
    [['families-carers', 'young-people'], false], // Al-Anon and Alateen
    [['women', 'adults'], true],
    [['parents', 'families-carers'], true],
    [['young-people'], true],
    [null, false],
  ] as const)('audience %j → for specific groups: %s', (audience, specific) => {
    expect(isForSpecificGroups({ audience: audience === null ? null : [...audience] })).toBe(specific);
  });

  test('family members count for programs meant for parents and carers', () => {
    expect(personFits({ audience: ['parents', 'families-carers'] }, ['families-carers'])).toBe(true);
    expect(personFits({ audience: ['parents', 'families-carers'] }, ['individuals'])).toBe(false);
  });

  test('ages are quoted from the facts text, never worked out', () => {
    expect(ageLimits(byId('trevorspace').details)).toEqual(['aged 13-24']);
    expect(ageLimits(byId('talklife').details)).toEqual(['aged 16 and above', 'aged 18+']);
    expect(ageLimits(byId('bipolar-uk-groups').details)).toEqual(['under-16s', '16-17-year-olds']);
    expect(ageLimits('EAI reports 280+ groups and 500,000+ listeners')).toEqual([]);
    for (const p of all) for (const a of ageLimits(p.details)) expect(p.details).toContain(a);
  });
});

describe('a configured country first', () => {
  const fixture = [
    prog('a-uk', { countries: ['UK'] }),
    prog('b-intl', { countries: ['international'] }),
    prog('c-us', { countries: ['US'] }),
    prog('d-uk-ie', { countries: ['IE', 'UK'] }),
    prog('e-unknown', { countries: null }),
    prog('f-intl-uk', { countries: ['UK', 'international'] }),
  ];
  test.each([
    ['UK', ['a-uk', 'd-uk-ie', 'f-intl-uk'], ['b-intl'], 2],
    ['US', ['c-us'], ['b-intl', 'f-intl-uk'], 3],
    ['DE', [], ['b-intl', 'f-intl-uk'], 4],
  ] as const)('%s: own %j, then international %j; %i left for --country all', (country, local, intl, elsewhere) => {
    const r = countryFirst(fixture, country);
    expect(ids(r.local)).toEqual(local);
    expect(ids(r.international)).toEqual(intl);
    expect(r.elsewhere).toBe(elsewhere);
  });

  test('on the bundled directory: UK programs, then international ones, nothing else', () => {
    const r = countryFirst(all, 'UK');
    expect(r.local.length).toBeGreaterThan(5);
    expect(r.local.every((p) => p.countries?.includes('UK'))).toBe(true);
    expect(r.international.every((p) => p.countries?.includes('international') && !p.countries.includes('UK'))).toBe(true);
    expect(r.local.length + r.international.length + r.elsewhere).toBe(all.length);
  });
});
