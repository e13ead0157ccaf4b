import { describe, expect, test } from 'vitest';
import { PeerpathError } from '../../src/core/errors.js';
import { normalizeCountry } from '../../src/directory/country.js';
import { normalizeFilters, validateFacetValues, type ProgramFilters } from '../../src/directory/facets.js';
import { splitList } from '../../src/core/validate.js';
import { availableIn, filterPrograms } from '../../src/directory/filter.js';
import { explainNoMatches, loosenings } from '../../src/directory/loosen.js';
import { searchPrograms } from '../../src/directory/search.js';
import { closestIds, editDistance } from '../../src/directory/suggest.js';
import { loadPrograms } from '../../src/directory/load.js';
import type { Program } from '../../src/directory/schema.js';
import { makeProgram } from './fixtures.js';

const all = loadPrograms();
const ids = (ps: readonly Program[]) => ps.map((p) => p.id);

/** A small, fully known fixture so expectations do not drift with the bundled data. */
const prog = (id: string, over: Partial<Program> = {}): Program => makeProgram(id, { name: id.replace(/-/g, ' '), ...over });

const fixture: Program[] = [
  prog('us-in-person'),
  prog('uk-video', { formats: ['online-video'], countries: ['UK'], cost: 'donation', focus: ['bipolar'] }),
  prog('world-forum', { formats: ['online-forum'], countries: ['international'], cost: null, audience: ['families-carers'] }),
  prog('ca-phone', { formats: ['phone', 'text'], countries: ['CA'], peerLed: null, languages: ['English', 'French'] }),
  prog('unknown-all', { formats: null, countries: null, audience: null, cost: null, peerLed: null }),
  prog('au-chat', { formats: ['chat'], countries: ['AU'], focus: ['depression', 'anxiety'], audience: ['young-people'] }),
];

describe('filterPrograms on a fixture', () => {
  const cases: Array<[string, ProgramFilters, string[]]> = [
    ['no filters keeps all, in order', {}, ids(fixture)],
    ['one format', { format: ['phone'] }, ['ca-phone']],
    ['OR within a facet', { format: ['phone', 'chat'] }, ['ca-phone', 'au-chat']],
    ['online = video|forum|chat', { format: ['online'] }, ['uk-video', 'world-forum', 'au-chat']],
    ['online plus in-person', { format: ['online', 'in-person'] }, ['us-in-person', 'uk-video', 'world-forum', 'au-chat']],
    ['unknown formats never match a format filter', { format: ['in-person', 'phone', 'online', 'text'] }, ['us-in-person', 'uk-video', 'world-forum', 'ca-phone', 'au-chat']],
    ['country keeps international', { country: ['UK'] }, ['uk-video', 'world-forum']],
    ['country is case-insensitive', { country: ['uk'] }, ['uk-video', 'world-forum']],
    ['GB is an alias of UK', { country: ['gb'] }, ['uk-video', 'world-forum']],
    ['country with no own programs still gets international ones', { country: ['DE'] }, ['world-forum']],
    ['OR across countries', { country: ['US', 'CA'] }, ['us-in-person', 'world-forum', 'ca-phone']],
    ['country international only', { country: ['international'] }, ['world-forum']],
    ['cost', { cost: ['free'] }, ['us-in-person', 'ca-phone', 'au-chat']],
    ['cost OR', { cost: ['free', 'donation'] }, ['us-in-person', 'uk-video', 'ca-phone', 'au-chat']],
    ['focus', { focus: ['anxiety'] }, ['au-chat']],
    ['focus is case-insensitive', { focus: ['BIPOLAR'] }, ['uk-video']],
    ['audience', { audience: ['families-carers'] }, ['world-forum']],
    ['audience alias', { audience: ['family'] }, ['world-forum']],
    ['peer-led true', { peerLed: true }, ['us-in-person', 'uk-video', 'world-forum', 'au-chat']],
    ['peer-led false (none stated not peer-led)', { peerLed: false }, []],
    ['language (case-insensitive)', { language: ['french'] }, ['ca-phone']],
    ['AND across facets', { format: ['online'], country: ['UK'] }, ['uk-video', 'world-forum']],
    ['AND across facets, narrowing', { format: ['online'], country: ['UK'], cost: ['free'] }, []],
    ['ids (saved)', { ids: ['au-chat', 'us-in-person'] }, ['us-in-person', 'au-chat']],
    ['empty ids list (nothing saved)', { ids: [] }, []],
    ['comma-separated values in one string', { format: ['phone,chat'] }, ['ca-phone', 'au-chat']],
  ];
  test.each(cases)('%s', (_name, filters, expected) => {
    expect(ids(filterPrograms(fixture, filters))).toEqual(expected);
  });
});

describe('filterPrograms on the bundled directory', () => {
  test('--country UK includes UK and international programs only', () => {
    const r = filterPrograms(all, { country: ['UK'] });
    expect(r.length).toBeGreaterThan(0);
    for (const p of r) expect(p.countries?.some((c) => c === 'UK' || c === 'international')).toBe(true);
    expect(ids(r)).toContain('alcoholics-anonymous');
    expect(ids(r)).toContain('bipolar-uk-groups');
    expect(ids(r)).not.toContain('nami-connection');
  });

  test('--format online returns only programs with an online format', () => {
    const r = filterPrograms(all, { format: ['online'] });
    for (const p of r) expect(p.formats?.some((f) => ['online-video', 'online-forum', 'chat'].includes(f))).toBe(true);
    expect(r.length).toBe(all.filter((p) => p.formats?.some((f) => ['online-video', 'online-forum', 'chat'].includes(f))).length);
  });

  test('--focus bipolar --format in-person', () => {
    expect(ids(filterPrograms(all, { focus: ['bipolar'], format: ['in-person'] }))).toEqual([
      'dbsa-support-groups',
      'bipolar-uk-groups',
      'aware-ireland',
      'aware-ni',
      'mdao-peer-support',
    ]);
  });
});

describe('search', () => {
  const cases: Array<[string, string[], string[]]> = [
    // query, must include (in the result), must exclude
    ['bipolr', ['bipolar-uk-groups', 'bipolar-uk-ecommunity', 'dbsa-support-groups'], ['alcoholics-anonymous']],
    ['hearing voice', ['hearing-voices-usa', 'hearing-voices-england'], ['nami-connection']],
    ['Hearing Voices', ['hearing-voices-usa', 'hearing-voices-england', 'intervoice'], []],
    ['nami', ['nami-connection', 'nami-family-support', 'nami-peer-to-peer', 'nami-family-to-family', 'nami-helpline'], ['al-anon-alateen']],
    ['anxeity', ['adaa-healthunlocked'], []],
    ['sucide loss', ['alliance-of-hope-forum', 'afsp-healing'], []],
    ['men', ['mens-sheds', 'andys-man-club'], ['nami-connection', 'women-for-sobriety']],
    ['Austrlia', ['grow-australia', 'sane-forums'], []],
    ['groups for bipolar', ['bipolar-uk-groups'], ['alcoholics-anonymous']],
    ['postpartum', ['psi-support-groups'], []],
    ['SMART', ['smart-recovery'], []],
    ['veteran', ['vets4warriors'], []],
    ['compasionate frends', ['compassionate-friends-usa', 'compassionate-friends-uk'], []],
  ];
  test.each(cases)('%s', (query, include, exclude) => {
    const r = ids(searchPrograms(all, query));
    for (const id of include) expect(r, `${query} should find ${id}`).toContain(id);
    for (const id of exclude) expect(r, `${query} should not find ${id}`).not.toContain(id);
  });

  test('best match first: a name hit outranks a description hit', () => {
    expect(ids(searchPrograms(all, 'smart recovery'))[0]).toBe('smart-recovery');
    expect(ids(searchPrograms(all, 'bipolr'))[0]).toMatch(/^bipolar-uk/);
    expect(ids(searchPrograms(all, 'trevor'))[0]).toBe('trevorspace');
  });

  test('nonsense finds nothing', () => {
    expect(searchPrograms(all, 'xyzzy qwrtp')).toEqual([]);
  });

  test('a query of only filler words falls back to using them', () => {
    expect(searchPrograms(all, 'support').length).toBeGreaterThan(0);
  });

  test('is deterministic', () => {
    expect(ids(searchPrograms(all, 'peer'))).toEqual(ids(searchPrograms([...all], 'peer')));
  });

  test('search combines with facets (AND)', () => {
    const r = filterPrograms(all, { search: 'bipolr', country: ['UK'] });
    expect(ids(r).sort()).toEqual(['aware-ni', 'bipolar-uk-ecommunity', 'bipolar-uk-groups']);
  });

  test('empty search is ignored', () => {
    expect(filterPrograms(all, { search: '   ' })).toEqual([...all]);
  });
});

describe('validateFacetValues', () => {
  const ok: Array<[Parameters<typeof validateFacetValues>[0], string | string[], string[]]> = [
    ['format', 'online', ['online']],
    ['format', 'In-Person,phone', ['in-person', 'phone']],
    ['format', ['video', 'forum'], ['online-video', 'online-forum']],
    ['focus', 'Bipolar', ['bipolar']],
    ['focus', 'addiction', ['substance-use']],
    ['audience', 'family,family', ['families-carers']],
    ['audience', 'LGBTQ+', ['lgbtq']],
    ['cost', 'FREE', ['free']],
    ['country', 'gb', ['UK']],
    ['country', 'us,International', ['US', 'international']],
    ['language', 'Spanish', ['spanish']],
    ['language', 'es,FR', ['spanish', 'french']],
  ];
  test.each(ok)('%s %j → %j', (facet, input, expected) => {
    expect(validateFacetValues(facet, input)).toEqual(expected);
  });

  const bad: Array<[Parameters<typeof validateFacetValues>[0], string, RegExp]> = [
    ['format', 'carrier-pigeon', /Unknown --format value "carrier-pigeon"\. Allowed values: in-person, online-video, online-forum, chat, phone, text, online\./],
    ['focus', 'happiness', /Unknown --focus value "happiness"\. Allowed values: general, depression/],
    ['audience', 'cats', /Allowed values: individuals, adults, young-people, families-carers/],
    ['cost', 'cheap', /Allowed values: free, donation, paid, varies\./],
    ['country', 'United Kingdom', /two-letter country code/],
  ];
  test.each(bad)('%s %s → usage error', (facet, input, message) => {
    try {
      validateFacetValues(facet, input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PeerpathError);
      expect((e as PeerpathError).exitCode).toBe(2);
      expect((e as Error).message).toMatch(message);
    }
  });

  test('normalizeFilters validates every facet and drops an empty search', () => {
    expect(normalizeFilters({ format: ['Online'], country: ['gb'], search: ' ' })).toEqual({ format: ['online'], country: ['UK'] });
    expect(() => normalizeFilters({ cost: ['cheap'] })).toThrow(PeerpathError);
  });
});

describe('small helpers', () => {
  test.each([
    ['a,b', ['a', 'b']],
    [[' a ', 'b,,c'], ['a', 'b', 'c']],
    [undefined, []],
    ['', []],
  ] as const)('splitList(%j)', (input, expected) => {
    expect(splitList(input as string | string[] | undefined)).toEqual(expected);
  });

  test.each([
    ['uk', 'UK'],
    ['GB', 'UK'],
    ['gb', 'UK'],
    ['us', 'US'],
    ['International', 'international'],
  ])('normalizeCountry(%s) = %s', (input, expected) => {
    expect(normalizeCountry(input)).toBe(expected);
  });

  test('availableIn: unknown countries are not claimed', () => {
    expect(availableIn({ countries: null }, ['US'])).toBe(false);
    expect(availableIn({ countries: ['international'] }, ['NZ'])).toBe(true);
    expect(availableIn({ countries: ['UK'] }, ['gb'])).toBe(true);
  });

  test.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestIds', () => {
  const all_ids = ids(all);
  test.each([
    ['nami-conection', ['nami-connection']],
    ['nami-connect', ['nami-connection']],
    ['smart', ['smart-recovery']],
    ['trevor-space', ['trevorspace']],
    ['Bipolar-UK-Group', ['bipolar-uk-groups']],
    ['aa', []],
    ['zzzzzzzz', []],
  ])('%s → %j first', (input, expected) => {
    const r = closestIds(input, all_ids);
    if (expected.length === 0) expect(r).toEqual([]);
    else expect(r[0]).toBe(expected[0]);
    expect(r.length).toBeLessThanOrEqual(3);
  });

  test('ties are broken by id, so the order is stable', () => {
    expect(closestIds('ab', ['ac', 'aa', 'ad'])).toEqual(['aa', 'ac', 'ad']);
  });

  test('respects the limit', () => {
    expect(closestIds('nami', all_ids, 2)).toHaveLength(2);
  });
});

describe('explaining an empty result', () => {
  test('names the single filter to remove, with the count', () => {
    // Only uk-video is in the UK and online-video; it asks for a donation.
    const f: ProgramFilters = { format: ['online-video'], country: ['UK'], cost: ['free'] };
    expect(filterPrograms(fixture, f)).toEqual([]);
    expect(loosenings(fixture, f)).toEqual([{ flag: '--cost free', count: 1 }]);
    expect(explainNoMatches(fixture, f)).toBe('No programs match. Removing --cost free would show 1.');
  });

  test('the smallest loosening comes first, ties with the least central filter first', () => {
    const f: ProgramFilters = { format: ['phone'], cost: ['donation'] };
    // without format: uk-video (1); without cost: ca-phone (1) → cost is suggested first.
    expect(loosenings(fixture, f)).toEqual([
      { flag: '--cost donation', count: 1 },
      { flag: '--format phone', count: 1 },
    ]);

  });

  test('one culprit', () => {
    expect(explainNoMatches(fixture, { focus: ['anxiety'], country: ['NZ'] })).toBe(
      'No programs match. Removing --country NZ would show 1 (or removing --focus anxiety would show 1).',
      // equal counts: country is suggested before focus
    );
    expect(explainNoMatches(fixture, { peerLed: true, language: ['french'] })).toBe(
      'No programs match. Removing --peer-led would show 1 (or removing --language french would show 4).',
    );
  });

  test('search and saved are named as flags', () => {
    expect(loosenings(fixture, { search: 'us in person', country: ['CA'] }).map((l) => l.flag)).toContain('--search "us in person"');
    expect(loosenings(fixture, { ids: [], country: ['CA'] }).map((l) => l.flag)).toContain('--saved');
  });

  test('when no single filter is to blame, suggests fewer filters', () => {
    expect(explainNoMatches(fixture, { focus: ['anxiety'], country: ['NZ'], cost: ['donation'] })).toMatch(/Try fewer filters/);
  });

  test('on the bundled data', () => {
    const msg = explainNoMatches(all, { focus: ['postpartum'], cost: ['free'] });
    expect(msg).toMatch(/^No programs match\. Removing --cost free would show 1/);
  });
});
