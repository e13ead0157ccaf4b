/**
 * help-now, the plan and the country, end to end through the built CLI: every country in the facts
 * and a table of names, unknown countries, the guess from locale and time zone, the line budget,
 * JSON shapes, plan edit by flags, the card (also in headless Chromium), the plan in exports and on
 * disk when encrypted, and what a check-in adds after a low mood or a recurring warning sign.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCrisisData } from '../../src/directory/load.js';
import { launchChromium, SKIP_BROWSER, SKIP_BROWSER_LINE } from './browser.js';
import { run, runAsync, runJson, useTempDataDirs } from './helpers.js';

const dataDir = useTempDataDirs();
if (SKIP_BROWSER) console.warn(`plan card browser test ${SKIP_BROWSER_LINE}`);
const crisis = loadCrisisData();
/** No guess unless a test asks for one. */
const NO_GUESS = { LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, TZ: 'UTC' };

/** The contract's help-now JSON, written out here rather than imported. */
interface HelpNowJson {
  country: string | null;
  countryName: string | null;
  emergency: { number: string; notes: string | null } | null;
  lines: { name: string; country: string }[];
  international: { name: string; url?: string }[];
  plan: Record<string, unknown[]> | null;
}

// Awaited, not spawnSync: dozens of runs in a row would otherwise hold the test worker's event loop.
const helpNow = (dir: string, args: string[] = [], env: Record<string, string | undefined> = NO_GUESS) => runAsync(dir, ['help-now', ...args], { env });
const helpNowJson = async (dir: string, args: string[]) => {
  const r = await helpNow(dir, [...args, '--json']);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as HelpNowJson;
};

describe('help-now for every country in the data', () => {
  const codes = crisis.emergencyNumbers.map((e) => e.country).filter((c) => c !== 'EU');
  it('has 34 countries', () => expect(codes).toHaveLength(34));

  it.each(codes)('%s: the emergency number exactly as in the facts, its lines, one screen', async (code) => {
    const r = await helpNow(dataDir(), ['--country', code.toLowerCase()]);
    expect(r.code, r.stderr).toBe(0);
    const general = crisis.emergencyNumbers.find((e) => e.country === code)!.general;
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`In an emergency call ${general}.`);
    for (const l of crisis.lines.filter((x) => x.country === code)) expect(r.stdout).toContain(l.name.slice(0, 30));
    expect(r.stdout).toContain('https://findahelpline.com');
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(r.stderr).toBe('');
  });
});

describe('help-now: country names, unknown countries, guesses', () => {
  it.each([
    ['Germany', 'DE'], ['GERMANY', 'DE'], ['de', 'DE'], ['England', 'UK'], ['United Kingdom', 'UK'], ['gb', 'UK'], ['scotland', 'UK'],
    ['united states', 'US'], ['Holland', 'NL'], ['South Korea', 'KR'], ['japan', 'JP'],
  ])('--country %s → %s', async (name, code) => {
    const j = await helpNowJson(dataDir(), ['--country', name]);
    expect(j.country).toBe(code);
    expect(j.emergency?.number).toBe(crisis.emergencyNumbers.find((e) => e.country === code)!.general);
  });

  it.each(['Atlantis', 'XX'])('unknown %s: exit 0, the 112 advice, the directory, how to set the country', async (name) => {
    const r = await helpNow(dataDir(), ['--country', name]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('In an emergency, call your local emergency number.');
    expect(r.stdout).toContain('112 works in many countries');
    expect(r.stdout).toContain('https://findahelpline.com');
    expect(r.stdout).toContain(`peerpath does not know the country "${name}"`);
    expect(r.stdout).toContain('peerpath config set country');
    const j = await helpNowJson(dataDir(), ['--country', name]);
    expect(j).toMatchObject({ country: null, countryName: null, emergency: null, lines: [], plan: null });
    expect(j.international.map((l) => l.url)).toEqual(['https://findahelpline.com']);
  });

  it('no country set: guessed from the time zone, then the locale, and says how to change it', async () => {
    const tz = await helpNow(dataDir(), [], { LANG: 'C', TZ: 'Europe/Berlin' });
    expect(tz.stdout).toContain('In an emergency call 112.');
    expect(tz.stdout).toContain('TelefonSeelsorge');
    expect(tz.stdout).toContain('Guessed from your time zone; to change it: `peerpath config set country XX`');
    const loc = await helpNow(dataDir(), [], { LANG: 'en_GB.UTF-8', TZ: 'UTC' });
    expect(loc.stdout).toContain('In an emergency call 999 or 112.');
    expect(loc.stdout).toContain('Guessed from your locale');
    const none = await helpNow(dataDir(), [], NO_GUESS);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('112 works in many countries');
    expect(none.stdout).toContain('To set your country: `peerpath config set country DE`');
  });

  it('config set country takes names and codes; the setting beats the guess', async () => {
    const dir = dataDir();
    expect(run(dir, ['config', 'set', 'country', 'Germany']).code).toBe(0);
    expect(run(dir, ['config', 'get', 'country']).stdout.trim()).toBe('DE');
    expect(run(dir, ['config', 'set', 'country', 'england']).code).toBe(0);
    expect(run(dir, ['config', 'get', 'country']).stdout.trim()).toBe('UK');
    const bad = run(dir, ['config', 'set', 'country', 'Atlantis']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^peerpath: /);
    expect(run(dir, ['config', 'get', 'country']).stdout.trim()).toBe('UK');
    const r = await helpNow(dir, [], { LANG: 'de_DE.UTF-8', TZ: 'Europe/Berlin' });
    expect(r.stdout).toContain('In an emergency call 999 or 112.');
    expect(r.stdout).not.toContain('Guessed');
  });

  it('`crisis` and `help now` are help-now', async () => {
    const dir = dataDir();
    const a = await helpNow(dir, ['--country', 'US']);
    expect(run(dir, ['crisis', '--country', 'US'], { env: NO_GUESS }).stdout).toBe(a.stdout);
    expect(run(dir, ['help', 'now', '--country', 'US'], { env: NO_GUESS }).stdout).toBe(a.stdout);
    expect(run(dir, ['help', 'checkin']).stdout).toContain('--mood');
  });
});

describe('the plan', () => {
  it('edit by flags: add, remove (1-based), --json; bad input exits 2 and writes nothing', () => {
    const dir = dataDir();
    let r = run(dir, ['plan', 'edit', '--add', 'people', 'Sam: 07700 900123', '--add', 'copingAlone', 'a hot shower', '--add', 'people', 'Jo: 0123']);
    expect(r.code, r.stderr).toBe(0);
    r = run(dir, ['plan', 'edit', '--remove', 'people', '2', '--add', 'reasons', 'my cat']);
    expect(r.code, r.stderr).toBe(0);
    const plan = runJson<Record<string, unknown[]>>(dir, ['plan', '--json']);
    expect(plan).toEqual({
      warningSigns: [], copingAlone: ['a hot shower'], distractions: [], people: [{ name: 'Sam', contact: '07700 900123' }],
      professionals: [], saferSpace: [], reasons: ['my cat'],
    });
    const journal = join(dir, 'journal.json');
    const before = readFileSync(journal);
    for (const args of [
      ['--add', 'feelings', 'x'],
      ['--add', 'reasons', '   '],
      ['--add', 'reasons', 'x'.repeat(10_000)],
      ['--remove', 'people', '5'],
      ['--add', 'reasons'],
    ]) {
      const bad = run(dir, ['plan', 'edit', ...args]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(/^peerpath: /);
    }
    expect(readFileSync(journal)).toEqual(before);
    const shown = run(dir, ['plan']).stdout;
    expect(shown).toContain('People I can ask for help');
    expect(shown).toMatch(/1\. Sam: 07700 900123/);
    const noTty = run(dir, ['plan', 'edit']);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain('--add SECTION TEXT');
  });

  it('help-now shows the plan first; with no plan it stays within 20 lines', async () => {
    const dir = dataDir();
    const bare = (await helpNow(dir, ['--country', 'US'])).stdout.trimEnd().split('\n');
    expect(bare.length).toBeLessThanOrEqual(20);
    run(dir, ['plan', 'edit', '--add', 'people', 'Sam: 07700 900123', '--add', 'copingAlone', 'a hot shower']);
    const withPlan = (await helpNow(dir, ['--country', 'US'])).stdout.trimEnd().split('\n');
    expect(withPlan.slice(0, 3)).toEqual(['Your plan', '  Call Sam: 07700 900123', '  Try: a hot shower']);
    expect(withPlan.length).toBeLessThanOrEqual(bare.length + 5);
    const j = await helpNowJson(dir, ['--country', 'US']);
    expect(Object.keys(j).slice(0, 6)).toEqual(['country', 'countryName', 'emergency', 'lines', 'international', 'plan']);
    expect(j.plan?.people).toEqual([{ name: 'Sam', contact: '07700 900123' }]);
    expect(j.emergency).toEqual({ number: '911', notes: crisis.emergencyNumbers.find((e) => e.country === 'US')!.notes });
  });

  it('is left out of md, csv and html exports unless --include-plan; json carries it', () => {
    const dir = dataDir();
    run(dir, ['checkin', '--mood', '6']);
    run(dir, ['plan', 'edit', '--add', 'people', 'Sam: 07700 900123']);
    for (const f of ['md', 'csv', 'html']) expect(run(dir, ['export', '--format', f]).stdout).not.toContain('07700 900123');
    for (const f of ['md', 'html']) expect(run(dir, ['export', '--format', f, '--include-plan']).stdout).toContain('07700 900123');
    const json = runJson<{ plan: Record<string, unknown[]> }>(dir, ['export', '--format', 'json']);
    expect(json.plan.people).toEqual([{ name: 'Sam', contact: '07700 900123' }]);
  });

  it('is encrypted with the journal; help-now without the passphrase still works, quietly without the plan', async () => {
    const dir = dataDir();
    run(dir, ['plan', 'edit', '--add', 'people', 'Sam: 07700 900123']);
    const pass = join(dirname(dir), 'pass.txt');
    writeFileSync(pass, 'correct horse battery staple\n');
    expect((await runAsync(dir, ['--passphrase-file', pass, 'encrypt'])).code).toBe(0);
    // Not in the journal, not in any backup, not anywhere in the data folder.
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((p) => statSync(p).isFile());
    expect(files.length).toBeGreaterThan(1);
    for (const p of files) expect(readFileSync(p).includes('07700 900123'), p).toBe(false);
    const locked = await runAsync(dir, ['help-now', '--country', 'UK'], { env: NO_GUESS });
    expect(locked.code).toBe(0);
    expect(locked.stdout).toContain('could not be opened');
    expect(locked.stdout).not.toContain('07700');
    expect(locked.stdout).toContain('In an emergency call 999 or 112.');
    const open = await runAsync(dir, ['--passphrase-file', pass, 'help-now', '--country', 'UK'], { env: NO_GUESS });
    expect(open.stdout).toContain('Call Sam: 07700 900123');
  }, 90_000); // three key derivations (scrypt) on a shared machine

  it('plan export: md and html cards, never overwriting without --force', () => {
    const dir = dataDir();
    run(dir, ['config', 'set', 'country', 'DE']);
    run(dir, ['plan', 'edit', '--add', 'people', 'Sam <3: 07700 900123']);
    const md = run(dir, ['plan', 'export', '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('# My plan for hard moments');
    expect(md.stdout).toContain('In an emergency call 112.');
    const file = join(dirname(dir), 'plan.html');
    expect(run(dir, ['plan', 'export', '--output', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Sam &lt;3: 07700 900123');
    expect(run(dir, ['plan', 'export', '--output', file]).code).toBe(2);
    expect(run(dir, ['plan', 'export', '--output', file, '--force']).code).toBe(0);
    expect(run(dir, ['plan', 'export']).code).toBe(2);
  });

  it.skipIf(SKIP_BROWSER)('the card renders in headless Chromium: every section, no requests, fits a printed page', async () => {
    const dir = dataDir();
    run(dir, ['plan', 'edit', '--add', 'people', 'Sam: 07700 900123', '--add', 'copingAlone', '<b>walk</b>', '--add', 'reasons', 'my cat']);
    const file = join(dirname(dir), 'card.html');
    expect(run(dir, ['plan', 'export', '--format', 'html', '--output', file]).code).toBe(0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`file://${file}`);
      expect(await page.locator('section.step').count()).toBe(7);
      expect(await page.locator('#plan-people li').innerText()).toBe('Sam: 07700 900123');
      expect(await page.locator('#plan-copingAlone li').innerText()).toBe('<b>walk</b>');
      expect(await page.locator('b').count()).toBe(0);
      // Nothing wider than a phone screen.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBe(1);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('after a check-in', () => {
  it('mood ≤ 2: the plan, the country’s first line and the pointers; not for mood 3', () => {
    const dir = dataDir();
    run(dir, ['config', 'set', 'country', 'UK']);
    run(dir, ['plan', 'edit', '--add', 'people', 'Sam: 07700 900123', '--add', 'copingAlone', 'a hot shower', '--add', 'reasons', 'my cat']);
    const low = run(dir, ['checkin', '--mood', '2']);
    expect(low.code).toBe(0);
    expect(low.stderr).toContain('Call Sam: 07700 900123');
    expect(low.stderr).toContain('Try: a hot shower');
    expect(low.stderr).not.toContain('my cat');
    expect(low.stderr).toContain('Samaritans: Call 116 123');
    expect(low.stderr).toContain('`peerpath help-now`');
    expect(low.stderr).toContain('`peerpath programs match`');
    expect(run(dir, ['checkin', '--mood', '3']).stderr).not.toContain('Sam');
  });

  it('a warning sign seen on two other days this week ends the check-in with one quiet line', () => {
    const dir = dataDir();
    run(dir, ['plan', 'edit', '--add', 'warningSigns', 'not sleeping']);
    expect(run(dir, ['checkin', '--mood', '5', '--tags', 'not-sleeping', '--at', '3 days ago']).stderr).not.toContain('plan');
    expect(run(dir, ['checkin', '--mood', '5', '--tags', 'not-sleeping', '--at', '2 days ago']).stderr).not.toContain('plan');
    const r = run(dir, ['checkin', '--mood', '5', '--tags', 'not-sleeping,walk']);
    expect(r.stderr).toContain('“not sleeping” is one of the signs in your plan');
    expect(r.stderr.split('\n').filter((l) => l.includes('signs in your plan'))).toHaveLength(1);
  });
});
