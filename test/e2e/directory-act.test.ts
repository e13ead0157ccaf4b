// The directory a person can act on (issue 11), through the built binary: how to reach a program first,
// who it is for, programs for specific groups apart in `match`, a configured country first, and
// "did you mean" for facet values.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { run, runJson, useTempDataDirs } from './helpers.js';

interface P {
  id: string;
  countries: string[] | null;
  audience: string[] | null;
}
type M = P & { score: number; reasons: string[] };
const bundled = JSON.parse(readFileSync(new URL('../../data/programs.json', import.meta.url), 'utf8')) as P[];
const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

const dataDir = useTempDataDirs();

describe('programs show: how to reach it comes first', () => {
  test.each([
    ['nami-helpline', ['Phone        800-950-6264 (800-950-NAMI)', 'Text         HELPLINE to 62640', 'Hours        Monday-Friday 10 a.m.-10 p.m. ET']],
    ['vets4warriors', ['Phone        855-838-8255', 'Link         https://vets4warriors.com/', 'Hours        24/7']],
  ])('%s', (id, reach) => {
    const r = run(dataDir(), ['programs', 'show', id]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[2]).toBe('How to reach');
    expect(lines.slice(3, 3 + reach.length)).toEqual(reach);
    expect(r.stdout.indexOf('Who it is for')).toBeLessThan(r.stdout.indexOf('What it is'));
    expect(r.stdout.indexOf('What it is')).toBeLessThan(r.stdout.indexOf('Source:'));
  });

  test('a program with no way to reach it stated points at its source', () => {
    const r = run(dataDir(), ['programs', 'show', 'alcoholics-anonymous']);
    expect(r.stdout).toMatch(/^How to reach: not stated, see\s+https?:\/\//m);
  });

  test('--json carries contact and hours as in the data', () => {
    const p = runJson<{ contact: unknown; hours: unknown }>(dataDir(), ['programs', 'show', 'nami-helpline', '--json']);
    expect(p.contact).toEqual({ phone: '800-950-6264 (800-950-NAMI)', text: 'HELPLINE to 62640', chat: null, email: null, findAGroup: null });
    expect(p.hours).toBe('Monday-Friday 10 a.m.-10 p.m. ET');
  });
});

describe('did you mean, for facet values', () => {
  test.each([
    [['programs', '--focus', 'bipolr'], 'peerpath: Unknown --focus value "bipolr". Did you mean "bipolar"?'],
    [['programs', 'match', '--audience', 'vetrans'], 'peerpath: Unknown --audience value "vetrans". Did you mean "veterans"?'],
    [['programs', '--format', 'onlin', '--json'], 'peerpath: Unknown --format value "onlin". Did you mean "online"?'],
  ])('%j', (args, line) => {
    const r = run(dataDir(), args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(line);
  });
});

describe('programs match: who a program is for', () => {
  const ukBipolar = ['programs', 'match', '--country', 'UK', '--focus', 'bipolar', '--format', 'online', '--cost', 'free'];

  test('UK, bipolar, online, free: TrevorSpace is listed for its group, not ranked', () => {
    const r = run(dataDir(), ukBipolar);
    expect(r.code).toBe(0);
    const [ranked, groups] = r.stdout.split('For specific groups');
    expect(ranked).not.toContain('trevorspace');
    expect(ranked).toMatch(/^ 1\. Bipolar UK (eCommunity|support groups)/);
    expect(groups).toMatch(/TrevorSpace {2}trevorspace\n {4}for LGBTQ\+ people, young people/);
    expect(ids(runJson<M[]>(dataDir(), [...ukBipolar, '--json']))).not.toContain('trevorspace');
  });

  test('a US family member of someone with depression is not offered Vets4Warriors as a general match', () => {
    const args = ['programs', 'match', '--country', 'US', '--audience', 'families-carers', '--focus', 'depression'];
    expect(ids(runJson<M[]>(dataDir(), [...args, '--json']))).not.toContain('vets4warriors');
    expect(run(dataDir(), args).stdout).toMatch(/For specific groups[\s\S]*vets4warriors\n {4}for veterans and service members/);
    expect(ids(runJson<M[]>(dataDir(), [...args, '--audience', 'veterans', '--json']))).toContain('vets4warriors');
  });
});

describe('a configured country first', () => {
  test('programs: UK programs, then international ones, with one line saying so; --country all lists every one', () => {
    const dir = dataDir();
    expect(run(dir, ['config', 'set', 'country', 'UK']).code).toBe(0);
    const r = run(dir, ['programs']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Programs in UK \(United Kingdom\) first, then international ones\. \d+ more in other countries: `peerpath programs --country all`\./);
    const listed = runJson<P[]>(dir, ['programs', '--json']);
    const firstIntl = listed.findIndex((p) => !p.countries?.includes('UK'));
    expect(firstIntl).toBeGreaterThan(0);
    expect(listed.slice(0, firstIntl).every((p) => p.countries?.includes('UK'))).toBe(true);
    expect(listed.slice(firstIntl).every((p) => p.countries?.includes('international'))).toBe(true);
    expect(runJson<P[]>(dir, ['programs', '--country', 'all', '--json'])).toHaveLength(bundled.length);
    expect(ids(runJson<P[]>(dir, ['programs', '--country', 'US', '--json']))).toContain('nami-helpline');
  });

  test('programs match: the country first, the others left for --country all', () => {
    const dir = dataDir();
    run(dir, ['config', 'set', 'country', 'UK']);
    const r = run(dir, ['programs', 'match', '--focus', 'bipolar']);
    expect(r.stderr).toContain('Programs in UK (United Kingdom) first, then international ones. Every country: `peerpath programs match --country all`.');
    const ranked = runJson<M[]>(dir, ['programs', 'match', '--focus', 'bipolar', '--json']);
    const firstOther = ranked.findIndex((p) => !p.countries?.includes('UK'));
    expect(ranked.slice(0, firstOther).length).toBeGreaterThan(0);
    expect(ranked.slice(firstOther).some((p) => p.countries?.includes('UK'))).toBe(false);
    expect(ranked.some((p) => p.countries?.length === 1 && p.countries[0] === 'US')).toBe(false);
    const everywhere = runJson<M[]>(dir, ['programs', 'match', '--focus', 'bipolar', '--country', 'all', '--json']);
    expect(ids(everywhere)).toContain('dbsa-support-groups');
  });
});

describe('the list', () => {
  test('a reach column, explained below the table; plain letters where symbols may not draw', () => {
    const plain = run(dataDir(), ['programs'], { env: { TERM: 'dumb', LANG: 'en_GB.UTF-8', LC_ALL: undefined, LC_CTYPE: undefined } });
    expect(plain.stdout.split('\n')[0]).toMatch(/ID\s+NAME\s+REACH\s+WHERE/);
    expect(plain.stdout).toMatch(/nami-helpline\s+NAMI HelpLine\s+tel sms\s+US/);
    expect(plain.stderr).toContain('tel phone');
    const symbols = run(dataDir(), ['programs'], { env: { TERM: 'xterm-256color', LANG: 'en_GB.UTF-8', LC_ALL: undefined, LC_CTYPE: undefined } });
    expect(symbols.stdout).toMatch(/nami-helpline\s+NAMI HelpLine\s+☎ sms\s+US/);
    expect(symbols.stderr).toContain('☎ phone');
  });
});
