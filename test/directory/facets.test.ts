import { describe, expect, test } from 'vitest';
import { PeerpathError } from '../../src/core/errors.js';
import {
  FACETS,
  FACET_KEYS,
  acceptedValues,
  describeFilters,
  facetChoices,
  filtersFromFlags,
  hasFacets,
  validateFacetValues,
  type FacetDef,
  type FacetKey,
} from '../../src/directory/facets.js';
import { closestValues } from '../../src/directory/suggest.js';

function usageMessage(fn: () => unknown): { message: string; hint: string | undefined } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PeerpathError);
    expect((e as PeerpathError).exitCode).toBe(2);
    return { message: (e as PeerpathError).message, hint: (e as PeerpathError).hint };
  }
  throw new Error('expected a usage error');
}

describe('the FACETS table', () => {
  test('every facet has a flag named after it, help for lists and for match, and a question', () => {
    for (const key of FACET_KEYS) {
      const f: FacetDef = FACETS[key];
      expect(f.flag.startsWith(`--${key} <`), key).toBe(true);
      expect(f.help.length, key).toBeGreaterThan(0);
      expect(f.matchHelp.length, key).toBeGreaterThan(0);
      expect(f.matchQuestion ?? f.browseQuestion, key).toBeTruthy();
    }
  });

  test('closed facets: every value has words, every alias points at a value', () => {
    for (const key of FACET_KEYS) {
      const f = FACETS[key];
      if (f.values === null) continue;
      const labels: Record<string, string> = f.labels;
      for (const v of f.values) expect(labels[v], `${key} ${v}`).toBeTruthy();
      for (const target of Object.values(f.aliases)) expect(acceptedValues(key), `${key} alias → ${target}`).toContain(target);
    }
  });

  test('facetChoices offer every value with its words, minus the ones left out', () => {
    expect(facetChoices('focus', ['general']).map((c) => c.value)).not.toContain('general');
    expect(facetChoices('format').find((c) => c.value === 'online-video')?.label).toBe('online (video)');
    expect(facetChoices('country')).toEqual([]);
  });
});

describe('did you mean', () => {
  const cases: Array<[FacetKey, string, string]> = [
    ['focus', 'bipolr', 'bipolar'],
    ['focus', 'depresion', 'depression'],
    ['focus', 'eating disorder', 'eating-disorders'],
    ['format', 'onlin', 'online'],
    ['format', 'in-persn', 'in-person'],
    ['audience', 'vetrans', 'veterans'],
    ['audience', 'famly', 'families-carers'],
    ['cost', 'fre', 'free'],
  ];
  test.each(cases)('--%s %s → "%s"', (key, raw, suggestion) => {
    const { message, hint } = usageMessage(() => validateFacetValues(key, raw));
    expect(message).toBe(`Unknown --${key} value "${raw}". Did you mean "${suggestion}"?`);
    expect(hint).toMatch(/^Allowed values: /);
  });

  test('nothing close: the allowed values are listed instead', () => {
    expect(usageMessage(() => validateFacetValues('focus', 'happiness')).message).toMatch(
      /^Unknown --focus value "happiness"\. Allowed values: general, depression, /,
    );
  });

  test('closestValues: best first, at most the limit, nothing for far-off words', () => {
    expect(closestValues('bipolr', ['bipolar', 'anxiety', 'grief'])).toEqual(['bipolar']);
    expect(closestValues('xyz', ['bipolar', 'anxiety'])).toEqual([]);
    expect(closestValues('', ['a'])).toEqual([]);
  });
});

describe('filtersFromFlags: the one mapper', () => {
  test('lists, aliases and case are normalised; peer-led and search carried over', () => {
    expect(filtersFromFlags({ format: ['Online,phone'], focus: ['Bipolar'], audience: ['family'], country: ['gb'], peerLed: true, search: 'voices' })).toEqual({
      format: ['online', 'phone'],
      focus: ['bipolar'],
      audience: ['families-carers'],
      country: ['UK'],
      peerLed: true,
      search: 'voices',
    });
  });

  test('--country all means no country filter', () => {
    expect(filtersFromFlags({ country: ['all'] })).toEqual({});
    expect(filtersFromFlags({ country: ['ALL'], cost: ['free'] })).toEqual({ cost: ['free'] });
  });

  test('a mistyped value stops with did-you-mean', () => {
    expect(usageMessage(() => filtersFromFlags({ focus: ['bipolr'] })).message).toBe('Unknown --focus value "bipolr". Did you mean "bipolar"?');
  });

  test('hasFacets and describeFilters read the same table', () => {
    expect(hasFacets({ search: 'x' })).toBe(false);
    expect(hasFacets({ language: ['spanish'] })).toBe(true);
    expect(describeFilters({ focus: ['bipolar'], country: ['UK'], peerLed: true, search: 'x' })).toBe('focus bipolar; country UK; peer-led; search "x"');
  });
});
