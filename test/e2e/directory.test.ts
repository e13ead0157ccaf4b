import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run, runJson, tempDataDir } from './helpers.js';

interface P {
  id: string;
  name: string;
  formats: string[] | null;
  focus: string[];
  audience: string[] | null;
  cost: string | null;
  countries: string[] | null;
  languages: string[] | null;
  peerLed: boolean | null;
  source: string;
  verifiedOn: string;
}
type M = P & { score: number; reasons: string[]; unknowns: string[] };

const bundled = JSON.parse(readFileSync(new URL('../../data/programs.json', import.meta.url), 'utf8')) as P[];
const ONLINE = ['online-video', 'online-forum', 'chat'];

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDataDir());
});
afterEach(() => cleanup());

const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

/** Programs for a specific group (LGBTQ+, young people, veterans, women, men, parents) are not ranked unless asked for. */
const SPECIFIC = ['lgbtq', 'young-people', 'veterans', 'women', 'men', 'parents'];
function expectOnlyGroupProgramsLeftOut(ranked: M[]): void {
  const left = bundled.filter((p) => !ids(ranked).includes(p.id));
  expect(left.length).toBeGreaterThan(0);
  expect(ranked.length + left.length).toBe(bundled.length);
  for (const p of left) expect(p.audience?.some((a) => SPECIFIC.includes(a)), p.id).toBe(true);
}

describe('programs (list)', () => {
  test('no flags: the table on stdout, a count on stderr; `programs list` is the same', () => {
    const r = run(dir, ['programs']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/ID\s+NAME/);
    for (const p of bundled) expect(r.stdout).toContain(p.id);
    expect(r.stderr).toMatch(/60 programs/);
    expect(run(dir, ['programs', 'list']).stdout).toBe(r.stdout);
  });

  test('the table fits 80 columns when not a terminal', () => {
    for (const line of run(dir, ['programs']).stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  test('--json is the bundled directory, exactly', () => {
    expect(runJson<P[]>(dir, ['programs', '--json'])).toEqual(bundled);
  });

  test('reading the directory creates no journal', () => {
    for (const args of [['programs'], ['programs', 'show', 'smart-recovery'], ['programs', 'match', '--focus', 'grief'], ['programs', 'guide'], ['help-now']]) {
      expect(run(dir, args).code).toBe(0);
    }
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  const cases: Array<[string, string[], (p: P) => boolean]> = [
    ['--format phone', ['--format', 'phone'], (p) => Boolean(p.formats?.includes('phone'))],
    ['--format online', ['--format', 'online'], (p) => Boolean(p.formats?.some((f) => ONLINE.includes(f)))],
    ['--format phone,text (OR)', ['--format', 'phone,text'], (p) => Boolean(p.formats?.some((f) => f === 'phone' || f === 'text'))],
    ['--format repeated (OR)', ['--format', 'phone', '--format', 'chat'], (p) => Boolean(p.formats?.some((f) => f === 'phone' || f === 'chat'))],
    ['--focus bipolar', ['--focus', 'bipolar'], (p) => p.focus.includes('bipolar')],
    ['--audience families-carers', ['--audience', 'families-carers'], (p) => Boolean(p.audience?.includes('families-carers'))],
    ['--country UK', ['--country', 'UK'], (p) => Boolean(p.countries?.some((c) => c === 'UK' || c === 'international'))],
    ['--country gb (alias, any case)', ['--country', 'gb'], (p) => Boolean(p.countries?.some((c) => c === 'UK' || c === 'international'))],
    ['--country nz', ['--country', 'nz'], (p) => Boolean(p.countries?.some((c) => c === 'NZ' || c === 'international'))],
    ['--cost free', ['--cost', 'free'], (p) => p.cost === 'free'],
    ['--cost donation', ['--cost', 'donation'], (p) => p.cost === 'donation'],
    ['--language spanish', ['--language', 'spanish'], (p) => Boolean(p.languages?.includes('Spanish'))],
    ['--peer-led', ['--peer-led'], (p) => p.peerLed === true],
    [
      'AND across facets',
      ['--format', 'in-person', '--country', 'US', '--focus', 'depression'],
      (p) => Boolean(p.formats?.includes('in-person') && p.countries?.some((c) => c === 'US' || c === 'international') && p.focus.includes('depression')),
    ],
  ];
  test.each(cases)('%s', (_name, flags, keep) => {
    const got = runJson<P[]>(dir, ['programs', ...flags, '--json']);
    expect(got.length).toBeGreaterThan(0);
    expect(ids(got)).toEqual(ids(bundled.filter(keep)));
  });

  test('--search tolerates typos', () => {
    expect(ids(runJson<P[]>(dir, ['programs', '--search', 'bipolr', '--json']))).toEqual(
      expect.arrayContaining(['bipolar-uk-groups', 'bipolar-uk-ecommunity', 'dbsa-support-groups']),
    );
    expect(ids(runJson<P[]>(dir, ['programs', '--search', 'hearing voice', '--json'])).slice(0, 2).sort()).toEqual(['hearing-voices-england', 'hearing-voices-usa']);
  });

  test('an empty result says which filter to loosen', () => {
    const r = run(dir, ['programs', '--focus', 'postpartum', '--cost', 'free']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/No programs match\. Removing --cost free would show 1/);
    expect(runJson(dir, ['programs', '--focus', 'postpartum', '--cost', 'free', '--json'])).toEqual([]);
  });

  test.each([
    ['--format', 'carrier-pigeon', /Unknown --format value "carrier-pigeon"\. Allowed values: in-person, online-video, online-forum, chat, phone, text, online/],
    ['--focus', 'happiness', /Unknown --focus value "happiness"\. Allowed values: general, depression, anxiety, bipolar/],
    ['--audience', 'cats', /Unknown --audience value "cats"\. Allowed values: individuals, adults, young-people, families-carers, parents, veterans, lgbtq, women, men/],
    ['--cost', 'cheap', /Unknown --cost value "cheap"\. Allowed values: free, donation, paid, varies/],
    ['--country', 'Narnia', /Unknown --country value "Narnia"/],
  ])('bad %s value → exit 2 listing the allowed values', (flag, value, message) => {
    const r = run(dir, ['programs', flag, value]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  test('an unknown flag → exit 2', () => {
    expect(run(dir, ['programs', '--colour', 'red']).code).toBe(2);
  });
});

describe('programs show', () => {
  test('everything known, the source, the date, "not stated" for unknowns', () => {
    const r = run(dir, ['programs', 'show', 'dual-anon']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dual Anon Family Groups');
    expect(r.stdout).toMatch(/Cost\s+not stated/);
    expect(r.stdout).toContain('Source: https://dualanon.org/?cat=28');
    expect(r.stdout).toContain('2026-12-01');
  });

  test('the caution is shown', () => {
    expect(run(dir, ['programs', 'show', 'nami-connection']).stdout).toMatch(/Please note: The URL nami\.org\/connection/);
  });

  test('--json is the program object (plus whether it is saved)', () => {
    const p = runJson<P & { saved: boolean }>(dir, ['programs', 'show', 'smart-recovery', '--json']);
    const { saved, ...rest } = p;
    expect(saved).toBe(false);
    expect(rest).toEqual(bundled.find((b) => b.id === 'smart-recovery'));
  });

  test('ids are case-insensitive', () => {
    expect(run(dir, ['programs', 'show', 'SMART-Recovery']).code).toBe(0);
  });

  test('unknown id → exit 2 with the closest ids', () => {
    const r = run(dir, ['programs', 'show', 'nami-conection']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Unknown program id "nami-conection"\. Did you mean: nami-connection/);
  });
});

describe('programs match', () => {
  test('flags → a ranked list with reasons', () => {
    const r = run(dir, ['programs', 'match', '--focus', 'bipolar', '--country', 'UK', '--format', 'in-person']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ 1\. AWARE NI Support Groups[\s\S]*\n 2\. Bipolar UK support groups/);
    expect(r.stdout).toContain('Available in UK · Meets in person · About bipolar');
  });

  test('--json: programs plus score and reasons, ranked, deterministic', () => {
    const args = ['programs', 'match', '--audience', 'families-carers', '--country', 'US', '--cost', 'free', '--peer-led', '--json'];
    const a = runJson<M[]>(dir, args);
    expect(a.length).toBeGreaterThan(0);
    for (const m of a) {
      expect(typeof m.score).toBe('number');
      expect(Array.isArray(m.reasons)).toBe(true);
      const { score: _s, reasons: _r, unknowns: _u, ...program } = m;
      expect(bundled).toContainEqual(program);
    }
    for (let i = 1; i < a.length; i++) expect(a[i - 1]!.score).toBeGreaterThanOrEqual(a[i]!.score);
    expect(a[0]!.reasons).toContain('For family members and carers');
    expect(runJson<M[]>(dir, args)).toEqual(a);
  });

  test.each([
    ['--format', 'online', (m: M) => m.formats === null || m.formats.some((f) => ONLINE.includes(f))],
    ['--focus', 'grief', (m: M) => m.focus.includes('grief') || m.focus.includes('general')],
    ['--country', 'AU', (m: M) => m.countries === null || m.countries.some((c) => c === 'AU' || c === 'international')],
    ['--language', 'Spanish', (m: M) => m.languages === null || m.languages.includes('Spanish')],
  ])('%s %s keeps only what can fit', (flag, value, fits) => {
    const a = runJson<M[]>(dir, ['programs', 'match', flag, value, '--json']);
    expect(a.length).toBeGreaterThan(0);
    for (const m of a) expect(fits(m)).toBe(true);
  });

  test('--cost and --peer-led raise the score but leave nothing out', () => {
    const all = runJson<M[]>(dir, ['programs', 'match', '--cost', 'free', '--peer-led', '--json']);
    expectOnlyGroupProgramsLeftOut(all);
    expect(all[0]!.reasons).toEqual(['Free', 'Peer-led']);
    expect(all.find((m) => m.id === 'western-mass-peer-line')!.unknowns).toContain('cost not stated');
  });

  test('--search and --saved narrow the pool first', () => {
    expect(ids(runJson<M[]>(dir, ['programs', 'match', '--search', 'hearing voices', '--country', 'US', '--json'])).sort()).toEqual(['hearing-voices-usa', 'intervoice', 'schizophrenia-alliance']);
    run(dir, ['programs', 'save', 'talklife']);
    expect(ids(runJson<M[]>(dir, ['programs', 'match', '--saved', '--json']))).toEqual(['talklife']);
  });

  test('--limit', () => {
    expect(runJson<M[]>(dir, ['programs', 'match', '--focus', 'depression', '--limit', '3', '--json'])).toHaveLength(3);
    expect(run(dir, ['programs', 'match', '--limit', '0']).code).toBe(2);
  });

  test('the configured country is used unless --country is given', () => {
    expect(run(dir, ['config', 'set', 'country', 'NZ']).code).toBe(0);
    const a = runJson<M[]>(dir, ['programs', 'match', '--focus', 'general', '--json']);
    expect(a[0]!.reasons).toContain('Available in NZ');
    const b = runJson<M[]>(dir, ['programs', 'match', '--focus', 'general', '--country', 'UK', '--json']);
    expect(b.some((m) => m.countries?.includes('NZ'))).toBe(false);
  });

  test('without a terminal and without flags: no questions, every program open to anyone', () => {
    const r = run(dir, ['programs', 'match', '--json']);
    expect(r.code).toBe(0);
    expectOnlyGroupProgramsLeftOut(JSON.parse(r.stdout) as M[]);
  });

  test('a bad value → exit 2 listing the allowed values', () => {
    const r = run(dir, ['programs', 'match', '--audience', 'wizards']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed values: individuals, adults/);
  });
});

describe('save, unsave, --saved', () => {
  test('round trip', () => {
    expect(run(dir, ['programs', 'save', 'smart-recovery']).code).toBe(0);
    expect(run(dir, ['programs', 'save', 'trevorspace']).code).toBe(0);
    const again = run(dir, ['programs', 'save', 'smart-recovery']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/already saved/);
    expect(ids(runJson<P[]>(dir, ['programs', '--saved', '--json']))).toEqual(['smart-recovery', 'trevorspace']);
    expect(ids(runJson<P[]>(dir, ['programs', '--saved', '--format', 'chat', '--json']))).toEqual(['smart-recovery']);
    const table = run(dir, ['programs']).stdout;
    expect(table).toMatch(/^\* smart-recovery/m);
    expect(runJson<{ saved: boolean }>(dir, ['programs', 'show', 'trevorspace', '--json']).saved).toBe(true);
    expect(run(dir, ['programs', 'unsave', 'smart-recovery']).code).toBe(0);
    expect(ids(runJson<P[]>(dir, ['programs', '--saved', '--json']))).toEqual(['trevorspace']);
    expect(run(dir, ['programs', 'unsave', 'smart-recovery']).stderr).toMatch(/was not in your saved/);
  });

  test('nothing saved yet', () => {
    const r = run(dir, ['programs', '--saved']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Nothing saved yet/);
    expect(runJson(dir, ['programs', '--saved', '--json'])).toEqual([]);
  });

  test.each([['save'], ['unsave']])('%s an unknown id → exit 2 with the closest ids, nothing written', (verb) => {
    const r = run(dir, ['programs', verb, 'trevor-space']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown program id "trevor-space"\. Did you mean: trevorspace/);
    expect(runJson(dir, ['programs', '--saved', '--json'])).toEqual([]);
  });
});

describe('own groups: add, --mine, show, remove', () => {
  test('add by flags, list, show, remove', () => {
    const added = runJson<{ id: string; name: string; when: string; where: string; notes: string | null }>(dir, [
      'programs', 'add', '--name', 'Tuesday Circle', '--when', 'Tuesdays 7pm', '--where', 'Library, room 2', '--json',
    ]);
    expect(added).toMatchObject({ id: 'my-tuesday-circle', name: 'Tuesday Circle', when: 'Tuesdays 7pm', where: 'Library, room 2', notes: null });
    const second = runJson<{ id: string }>(dir, ['programs', 'add', '--name', 'Tuesday circle', '--json']);
    expect(second.id).toBe('my-tuesday-circle-2');

    const mine = runJson<{ id: string; mine: boolean }[]>(dir, ['programs', '--mine', '--json']);
    expect(mine.map((m) => m.id)).toEqual(['my-tuesday-circle', 'my-tuesday-circle-2']);
    expect(mine.every((m) => m.mine)).toBe(true);

    const table = run(dir, ['programs']).stdout;
    expect(table).toMatch(/^\+ my-tuesday-circle\s+Tuesday/m);
    // Facet filters leave own groups out (their facts are unknown); --search finds them.
    expect(run(dir, ['programs', '--format', 'phone']).stdout).not.toContain('my-tuesday');
    expect(run(dir, ['programs', '--search', 'library']).stdout).toContain('my-tuesday-circle');

    const show = run(dir, ['programs', 'show', 'my-tuesday-circle']);
    expect(show.stdout).toContain('Tuesday Circle');
    expect(show.stdout).toMatch(/Notes\s+not stated/);

    expect(run(dir, ['programs', 'remove', 'my-tuesday-circle-2', '--yes']).code).toBe(0);
    expect(runJson<{ id: string }[]>(dir, ['programs', '--mine', '--json']).map((m) => m.id)).toEqual(['my-tuesday-circle']);
  });

  test('add without --name and without a terminal → exit 2 naming --name', () => {
    const r = run(dir, ['programs', 'add', '--when', 'Mondays']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--name/);
  });

  test('remove: bundled ids and unknown ids → exit 2', () => {
    run(dir, ['programs', 'add', '--name', 'Walk and talk']);
    const bundledId = run(dir, ['programs', 'remove', 'smart-recovery']);
    expect(bundledId.code).toBe(2);
    expect(bundledId.stderr).toMatch(/only your own groups can be removed/);
    const unknown = run(dir, ['programs', 'remove', 'my-walk-and-tlk']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Did you mean: my-walk-and-talk/);
  });

  test('no own groups yet', () => {
    expect(run(dir, ['programs', '--mine']).stderr).toMatch(/not added any groups/);
  });
});

describe('check-in attendance', () => {
  test('--attended accepts bundled and own ids and records them', () => {
    run(dir, ['programs', 'add', '--name', 'Walk and talk']);
    const e = runJson<{ attended: string[] }>(dir, ['checkin', '--mood', '6', '--attended', 'smart-recovery,my-walk-and-talk', '--json']);
    expect(e.attended).toEqual(['smart-recovery', 'my-walk-and-talk']);
  });

  test('an unknown --attended id → exit 2 with the closest ids, nothing saved', () => {
    const r = run(dir, ['checkin', '--mood', '6', '--attended', 'nami-conection']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown program id "nami-conection".*Did you mean: nami-connection/);
    expect(runJson(dir, ['journal', '--json'])).toEqual([]);
  });

  test('a check-in with mood ≤ 2 adds a short block with the pointers; mood 3 does not', () => {
    const low = run(dir, ['checkin', '--mood', '2']);
    expect(low.code).toBe(0);
    expect(low.stderr).toMatch(/peerpath help-now/);
    expect(low.stderr).toMatch(/peerpath programs match/);
    expect(run(dir, ['checkin', '--mood', '3']).stderr).not.toMatch(/help-now/);
  });
});

describe('programs guide', () => {
  test('a short checklist ending with programs match', () => {
    const r = run(dir, ['programs', 'guide']);
    expect(r.code).toBe(0);
    for (const topic of [/How it meets/, /Who leads it/, /Confidentiality/, /Cost/, /Schedule/, /Fit/, /Try one session/]) expect(r.stdout).toMatch(topic);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/peerpath programs match/);
  });
});

describe('programs browse', () => {
  test('without a terminal → exit 2 pointing at the list', () => {
    const r = run(dir, ['programs', 'browse']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a terminal/);
  });
});

describe('help-now', () => {
  interface Line { country: string; name: string; url?: string }
  interface HelpNow { country: string | null; lines: Line[]; international: Line[] }

  test('--country UK: UK lines and the international directory', () => {
    const r = run(dir, ['help-now', '--country', 'UK']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Samaritans');
    expect(r.stdout).toContain('116 123');
    expect(r.stdout).toContain('https://findahelpline.com');
    expect(r.stdout).not.toContain('988');
  });

  test('--json', () => {
    const j = runJson<HelpNow>(dir, ['help-now', '--country', 'gb', '--json']);
    expect(j.country).toBe('UK');
    expect(j.lines.map((l) => l.country)).toEqual(['UK', 'UK', 'UK']);
    expect(j.international.map((l) => l.url)).toEqual(['https://findahelpline.com']);
  });

  test('uses the configured country', () => {
    run(dir, ['config', 'set', 'country', 'IE']);
    const j = runJson<HelpNow>(dir, ['help-now', '--json']);
    expect(j.country).toBe('IE');
    expect(j.lines.map((l) => l.name)).toContain('Samaritans Ireland');
  });

  test('no country set and nothing to guess from: the 112 advice, the directory, how to set one', () => {
    const r = run(dir, ['help-now'], { env: { LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, TZ: 'UTC' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('112 works in many countries');
    expect(r.stdout).toContain('https://findahelpline.com');
    expect(r.stdout).toMatch(/config set country/);
  });

  test('a country with no lines of its own (Greece) still gets its emergency number and the directory', () => {
    const r = run(dir, ['help-now', '--country', 'GR']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('In an emergency call 112.');
    expect(r.stdout).toContain('peerpath has no crisis lines for Greece yet.');
    expect(r.stdout).toContain('https://findahelpline.com');
  });

  test('works even when the journal cannot be read; so does the directory, but not your list', () => {
    run(dir, ['config', 'set', 'country', 'UK']);
    const path = `${dir}/journal.json`;
    writeFileSync(path, '{ not json');
    const r = run(dir, ['help-now'], { env: { LANG: 'C', TZ: 'Europe/London' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Samaritans');
    expect(r.stdout).toContain('could not be opened');
    const list = run(dir, ['programs']);
    expect(list.code).toBe(0);
    expect(list.stderr).toMatch(/could not be read/);
    expect(run(dir, ['programs', 'show', 'smart-recovery']).code).toBe(0);
    // Your saved list and own groups live in the journal: those exit 3, and the file is left alone.
    for (const args of [['programs', '--saved'], ['programs', '--mine'], ['programs', 'save', 'smart-recovery']]) {
      expect(run(dir, args).code).toBe(3);
    }
    expect(readFileSync(path, 'utf8')).toBe('{ not json');
  });

  test('a country name works too', () => {
    const r = run(dir, ['help-now', '--country', 'United Kingdom']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Samaritans');
  });

  test('plain text: no escape sequences without a terminal', () => {
    expect(run(dir, ['help-now', '--country', 'US']).stdout).not.toMatch(/\u001b/);
  });
});

describe('in a real terminal (pseudo-terminal)', () => {
  /** Drive the built CLI through a pty: wait for each prompt, then type. */
  async function drive(args: string[], steps: Array<[RegExp, string]>): Promise<{ output: string; code: number }> {
    const pty = await import('node-pty');
    const { cleanEnv, BIN } = await import('./helpers.js');
    const env = cleanEnv({ TERM: 'xterm-256color' }) as Record<string, string>;
    const term = pty.spawn(process.execPath, [BIN, '--data-dir', dir, ...args], { cols: 100, rows: 40, env, name: 'xterm-256color' });
    let output = '';
    let pending: { re: RegExp; from: number; resolve: () => void } | null = null;
    term.onData((d) => {
      output += d;
      if (pending && pending.re.test(output.slice(pending.from))) {
        const p = pending;
        pending = null;
        p.resolve();
      }
    });
    const exited = new Promise<number>((resolve) => term.onExit((e) => resolve(e.exitCode)));
    let from = 0;
    for (const [re, keys] of steps) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; output so far:\n${output}`)), 10_000);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        if (re.test(output.slice(from))) done();
        else pending = { re, from, resolve: done };
      });
      from = output.length;
      term.write(keys);
    }
    const code = await exited;
    return { output, code };
  }

  const ENTER = '\r';
  const DOWN = '\u001b[B';
  const SPACE = ' ';

  test('programs match: answer a few questions, skip the rest, get the ranked list', async () => {
    const { output, code } = await drive(
      ['programs', 'match'],
      [
        [/How would you like to meet/, ENTER],
        [/What is it about for you/, `${DOWN}${DOWN}${SPACE}${ENTER}`], // depression, anxiety, [bipolar]
        [/Who are you looking for/, ENTER],
        [/Does cost matter/, ENTER],
        [/Which country are you in/, `UK${ENTER}`],
        [/A language/, ENTER],
        [/Led by peers/, ENTER],
      ],
    );
    expect(code).toBe(0);
    expect(output).toMatch(/[12]\. .*Bipolar UK/);
    expect(output).toContain('About bipolar');
  }, 30_000);

  test('programs browse: "Done" first; filters, open one, save it', async () => {
    const { output, code } = await drive(
      ['programs', 'browse'],
      [
        [/60 programs\. Pick one/, `${DOWN}${ENTER}`], // Done, [Change filters…]
        [/How it meets/, ENTER],
        [/What it is about/, `${DOWN}${DOWN}${DOWN}${SPACE}${ENTER}`], // general, depression, anxiety, [bipolar]
        [/Who it is for/, ENTER],
        [/Country, two letters/, `UK${ENTER}`],
        [/Only free ones/, ENTER],
        [/Search words/, ENTER],
        [/3 programs \(focus bipolar; country UK\)/, `${DOWN}${DOWN}${ENTER}`], // Done, Change filters…, [the first result]
        [/Now\?/, ENTER], // Save it
        [/Saved Bipolar UK eCommunity[\s\S]*Pick one/, ENTER], // Done
      ],
    );
    expect(code).toBe(0);
    expect(output).toMatch(/Pick one, or change the filters:[\s\S]*Done[\s\S]*Change filters/);
    expect(runJson<P[]>(dir, ['programs', '--saved', '--json']).map((p) => p.id)).toEqual(['bipolar-uk-ecommunity']);
  }, 30_000);

  test('programs browse: Ctrl+C after saving says what was kept', async () => {
    const { output, code } = await drive(
      ['programs', 'browse', '--focus', 'bipolar', '--country', 'UK'],
      [
        [/3 programs \(focus bipolar; country UK\)/, `${DOWN}${DOWN}${ENTER}`],
        [/Now\?/, ENTER], // Save it
        [/Saved Bipolar UK eCommunity[\s\S]*Pick one/, '\u0003'], // Ctrl+C
      ],
    );
    expect(code).toBe(130);
    expect(output).toContain('Kept what you did: saved Bipolar UK eCommunity');
    expect(output).not.toContain('Nothing was saved');
    expect(runJson<P[]>(dir, ['programs', '--saved', '--json']).map((p) => p.id)).toEqual(['bipolar-uk-ecommunity']);
  }, 30_000);

  test('check-in: "Did you go to a group today?" offers saved and own programs', async () => {
    run(dir, ['programs', 'save', 'smart-recovery']);
    run(dir, ['programs', 'add', '--name', 'Walk and talk']);
    const { code } = await drive(
      ['checkin'],
      [
        [/How are you feeling/, ENTER],
        [/Any of these words/, ENTER],
        [/Energy/, ENTER],
        [/Anxiety/, ENTER],
        [/Hours slept/, ENTER],
        [/Tags/, ENTER],
        [/Did you go to a group today\?[\s\S]*Walk and talk \(yours\)[\s\S]*SMART Recovery/, `${SPACE}${DOWN}${SPACE}${ENTER}`],
        [/A note/, ENTER],
        [/private/, ENTER],
        [/Which country are you in/, ENTER],
      ],
    );
    expect(code).toBe(0);
    const [entry] = runJson<{ attended: string[] }[]>(dir, ['journal', '--json']);
    expect(entry!.attended).toEqual(['my-walk-and-talk', 'smart-recovery']);
  }, 30_000);
});
