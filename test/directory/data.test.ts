import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { COUNTRY_NAMES } from '../../src/directory/labels.js';
import { emergencyNumbersFor, loadCrisisData, loadCrisisLines, loadPrograms } from '../../src/directory/load.js';
import {
  AUDIENCES,
  COSTS,
  FOCUSES,
  FORMATS,
  SLUG,
  crisisLinesFileSchema,
  programsFileSchema,
} from '../../src/directory/schema.js';

const root = new URL('../../', import.meta.url);
const readJson = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));
const programsRaw = readJson('data/programs.json');
const crisisRaw = readJson('data/crisis-lines.json');
const crisisLinesRaw = (crisisRaw as { lines?: unknown }).lines;

// shared/ sits beside the checkout (CI, the main checkout) or beside the folder of worktrees.
const FACTS_CANDIDATES = ['../shared/', '../../shared/'].map((dir) =>
  fileURLToPath(new URL(`${dir}reference/peer-programs.facts.json`, root)),
);
const FACTS_PATH = FACTS_CANDIDATES.find((p) => existsSync(p)) ?? FACTS_CANDIDATES[0]!;
const haveFacts = existsSync(FACTS_PATH);
// Without the facts file (a clone on its own) the comparison is skipped with one line; .ci/run sets
// PEERPATH_REQUIRE_FACTS=1, so there a missing file fails instead.
if (!haveFacts && process.env.PEERPATH_REQUIRE_FACTS) throw new Error(`facts file not found at ${FACTS_CANDIDATES.join(' or ')}`);
if (!haveFacts) console.log(`data test: the comparison with the facts is skipped: no ${FACTS_CANDIDATES[0]} (the shared/ folder beside this checkout)`);

/** Every string anywhere in a JSON value, with its path. */
function strings(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/**
 * What a person could act on inside a text: web addresses, e-mail addresses and numbers (phone numbers,
 * short codes, hours). Each must come from the facts, never be made up.
 */
function actionable(s: string): string[] {
  const urls = s.match(/\bhttps?:\/\/[^\s,;)]+|\bwww\.[^\s,;)]+/gi) ?? [];
  const emails = s.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
  const numbers = s.match(/\d(?:[\d().\s-]*\d)?/g) ?? [];
  return [...urls, ...emails, ...numbers.map((n) => n.trim())];
}

/** Every actionable token in a data record (its id and verifiedOn are ours) that its facts entry lacks. */
function invented(record: object, factsEntry: unknown): string[] {
  const factsText = strings(factsEntry).map(([, v]) => v).join('\n');
  const out: string[] = [];
  for (const [path, v] of strings(record)) {
    if (path === '$.id' || path === '$.verifiedOn') continue;
    for (const token of actionable(v)) if (!factsText.includes(token)) out.push(`${path}: ${token}`);
  }
  return out;
}

test('actionable finds numbers, addresses and e-mails', () => {
  expect(actionable('call 1-800-944-4773 (press 1), mail jo@samaritans.org or see https://x.org/a.')).toEqual([
    'https://x.org/a.',
    'jo@samaritans.org',
    '1-800-944-4773',
    '1',
  ]);
  expect(invented({ id: 'x-1', description: 'Call 0800 111 222.' }, { facts: 'Call 0800 111 0 222.' })).toEqual([
    '$.description: 0800 111 222',
  ]);
});

describe('data/programs.json', () => {
  test('validates against the schema', () => {
    const r = programsFileSchema.safeParse(programsRaw);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  test('is what loadPrograms returns', () => {
    expect(loadPrograms()).toEqual(programsRaw);
  });

  const programs = programsFileSchema.parse(programsRaw);

  test('has unique slug ids, none reserved for own groups', () => {
    const ids = programs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(SLUG);
      expect(id.startsWith('my-')).toBe(false);
    }
  });

  test('has unique names', () => {
    const names = programs.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test('uses only the vocabularies', () => {
    for (const p of programs) {
      for (const f of p.formats ?? []) expect(FORMATS).toContain(f);
      for (const f of p.focus) expect(FOCUSES).toContain(f);
      for (const a of p.audience ?? []) expect(AUDIENCES).toContain(a);
      if (p.cost !== null) expect(COSTS).toContain(p.cost);
    }
  });

  test('every focus and audience value in the vocabularies is used', () => {
    expect(new Set(programs.flatMap((p) => p.focus))).toEqual(new Set(FOCUSES));
    expect(new Set(programs.flatMap((p) => p.audience ?? []))).toEqual(new Set(AUDIENCES));
  });

  test('every URL is well-formed http(s) and every program has a source', () => {
    for (const p of programs) {
      expect(p.source, p.id).toBeTruthy();
      for (const u of [p.url, p.source, ...(p.otherSources ?? [])]) {
        if (u === null) continue;
        const parsed = new URL(u);
        expect(['http:', 'https:'], `${p.id}: ${u}`).toContain(parsed.protocol);
      }
    }
  });

  test('has no empty or padded strings', () => {
    for (const [path, s] of strings(programsRaw)) {
      expect(s.trim(), path).not.toBe('');
      expect(s, path).toBe(s.trim());
    }
  });

  test('descriptions are short (one or two sentences) and not the facts text', () => {
    for (const p of programs) {
      const sentences = p.description.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
      expect(sentences, p.id).toBeLessThanOrEqual(2);
      expect(p.description, p.id).not.toBe(p.details);
    }
  });

  test('descriptions add no digits (numbers, hours, phone numbers) that are not in the facts', () => {
    for (const p of programs) {
      for (const n of p.description.match(/\d+/g) ?? []) {
        expect(`${p.name} ${p.details}`, `${p.id}: ${n}`).toContain(n);
      }
      expect(p.description, p.id).not.toMatch(/https?:|www\./);
    }
  });
});

describe('data/crisis-lines.json', () => {
  test('validates against the schema', () => {
    const r = crisisLinesFileSchema.safeParse(crisisRaw);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  test('is what loadCrisisData and loadCrisisLines return', () => {
    expect(loadCrisisData()).toEqual(crisisRaw);
    expect(loadCrisisLines()).toEqual(crisisLinesRaw);
  });

  const { lines, emergencyNumbers } = crisisLinesFileSchema.parse(crisisRaw);

  test('has unique slug ids', () => {
    const ids = lines.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('is grouped by country, the international directory last', () => {
    const countries = lines.map((l) => l.country);
    const seen: string[] = [];
    for (const c of countries) if (seen.at(-1) !== c) seen.push(c);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.at(-1)).toBe('international');
  });

  test('every line except a directory has at least one way to reach it', () => {
    for (const l of lines) {
      if (l.country === 'international') continue;
      expect(Object.keys(l.contact).length, l.id).toBeGreaterThan(0);
    }
  });

  test('URLs are well-formed and there are no empty strings', () => {
    for (const l of lines) {
      for (const u of [l.url, l.source, ...(l.otherSources ?? [])]) if (u) new URL(u);
    }
    for (const e of emergencyNumbers) for (const u of [e.source, ...(e.otherSources ?? [])]) new URL(u);
    for (const [path, s] of strings(crisisRaw)) expect(s.trim(), path).not.toBe('');
  });

  test('every country with a crisis line has emergency numbers, and the EU entry is there', () => {
    const withNumbers = new Set(emergencyNumbers.map((e) => e.country));
    expect(withNumbers.size, 'one entry per country').toBe(emergencyNumbers.length);
    for (const c of new Set(lines.map((l) => l.country))) {
      if (c !== 'international') expect(withNumbers, c).toContain(c);
    }
    expect(withNumbers).toContain('EU');
    expect(emergencyNumbersFor('UK')?.general).toBe('999 or 112');
    expect(emergencyNumbersFor('XX')).toBeNull();
  });

  test('every country in the data has a name to show', () => {
    const programCountries = loadPrograms().flatMap((p) => p.countries ?? []);
    const codes = new Set([...lines.map((l) => l.country), ...emergencyNumbers.map((e) => e.country), ...programCountries]);
    for (const c of codes) expect(COUNTRY_NAMES[c], c).toBeTruthy();
  });
});

interface FactsProgram {
  name: string;
  organization: string | null;
  url: string | null;
  formats: string[] | null;
  focus: string[];
  audience: string[] | null;
  cost: string | null;
  countries: string[] | null;
  languages: string[] | null;
  peerLed: boolean | null;
  facts: string;
  source: string;
  otherSources?: string[];
  caution?: string;
  contact?: Record<string, string | null> | null;
  hours?: string | null;
}
interface FactsCrisisLine {
  country: string;
  name: string;
  contact: Record<string, string>;
  hours: string | null;
  languages?: string[];
  url?: string;
  source: string;
  otherSources?: string[];
  caution?: string;
}
interface FactsEmergencyNumbers {
  country: string;
  general: string;
  numbers: Record<string, string | null>;
  notes?: string | null;
  source: string;
  otherSources?: string[];
}
interface Facts {
  compiledOn: string;
  programs: FactsProgram[];
  crisisLines: FactsCrisisLine[];
  emergencyNumbers: FactsEmergencyNumbers[];
}

describe.skipIf(!haveFacts)('faithful to the shared facts file', () => {
  const facts: Facts = haveFacts
    ? (JSON.parse(readFileSync(FACTS_PATH, 'utf8')) as Facts)
    : { programs: [], crisisLines: [], emergencyNumbers: [], compiledOn: '' };
  const programs = loadPrograms();
  const { lines, emergencyNumbers } = loadCrisisData();

  test('every program in the facts appears once, and nothing else', () => {
    expect(programs.map((p) => p.name).sort()).toEqual(facts.programs.map((p) => p.name).sort());
  });

  test.each(facts.programs.map((f) => [f.name, f] as const))('%s: identical fact fields', (name, f) => {
    const p = programs.find((x) => x.name === name);
    expect(p).toBeDefined();
    if (!p) return;
    expect({
      organization: p.organization,
      url: p.url,
      formats: p.formats,
      focus: p.focus,
      audience: p.audience,
      cost: p.cost,
      countries: p.countries,
      languages: p.languages,
      peerLed: p.peerLed,
      contact: p.contact,
      hours: p.hours,
      details: p.details,
      source: p.source,
      otherSources: p.otherSources,
      caution: p.caution,
      verifiedOn: p.verifiedOn,
    }).toEqual({
      organization: f.organization,
      url: f.url,
      formats: f.formats,
      focus: f.focus,
      audience: f.audience,
      cost: f.cost,
      countries: f.countries,
      languages: f.languages,
      peerLed: f.peerLed,
      contact: f.contact ?? null,
      hours: f.hours ?? null,
      details: f.facts,
      source: f.source,
      otherSources: f.otherSources,
      caution: f.caution,
      verifiedOn: facts.compiledOn,
    });
  });

  test.each(facts.programs.map((f) => [f.name, f] as const))('%s: no number, address or e-mail that its facts entry lacks', (name, f) => {
    const p = programs.find((x) => x.name === name);
    expect(p && invented(p, f)).toEqual([]);
  });

  test('every crisis line in the facts appears once, in the same order', () => {
    expect(lines.map((l) => [l.country, l.name])).toEqual(facts.crisisLines.map((l) => [l.country, l.name]));
  });

  test.each(facts.crisisLines.map((f, i) => [`${f.country} ${f.name}`, i, f] as const))('%s: identical fact fields', (_label, i, f) => {
    const l = lines[i];
    expect(l).toBeDefined();
    if (!l) return;
    expect({
      country: l.country,
      name: l.name,
      contact: l.contact,
      hours: l.hours,
      languages: l.languages,
      url: l.url,
      source: l.source,
      otherSources: l.otherSources,
      caution: l.caution,
      verifiedOn: l.verifiedOn,
    }).toEqual({
      country: f.country,
      name: f.name,
      contact: f.contact,
      hours: f.hours,
      languages: f.languages ?? null,
      url: f.url,
      source: f.source,
      otherSources: f.otherSources,
      caution: f.caution,
      verifiedOn: facts.compiledOn,
    });
  });

  test('every crisis line and emergency entry adds no number, address or e-mail', () => {
    expect(lines.flatMap((l, i) => invented(l, facts.crisisLines[i]).map((x) => `${l.id} ${x}`))).toEqual([]);
    expect(emergencyNumbers.flatMap((e, i) => invented(e, facts.emergencyNumbers[i]).map((x) => `${e.country} ${x}`))).toEqual([]);
  });

  test('emergency numbers: every country in the facts, in the same order', () => {
    expect(emergencyNumbers.map((e) => e.country)).toEqual(facts.emergencyNumbers.map((e) => e.country));
    expect(emergencyNumbers.length).toBe(35);
  });

  test.each(facts.emergencyNumbers.map((f, i) => [f.country, i, f] as const))('emergency numbers %s: identical fact fields', (_c, i, f) => {
    expect(emergencyNumbers[i]).toEqual({
      country: f.country,
      general: f.general,
      numbers: f.numbers,
      notes: f.notes ?? null,
      source: f.source,
      otherSources: f.otherSources,
      verifiedOn: facts.compiledOn,
    });
  });

  test('an international directory is included only because the facts have one', () => {
    const intl = lines.filter((l) => l.country === 'international');
    expect(intl.length).toBe(facts.crisisLines.filter((l) => l.country === 'international').length);
  });
});
