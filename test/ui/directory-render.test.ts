import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { loadCrisisLines, loadPrograms } from '../../src/directory/load.js';
import { matchPrograms } from '../../src/directory/match.js';
import {
  renderCrisisLine,
  renderMatches,
  renderOwnProgram,
  renderProgram,
  renderProgramTable,
  canDrawSymbols,
  countryFirstNote,
  reachCell,
  reachLegend,
  renderForGroups,
  type ListRow,
} from '../../src/ui/directory-render.js';
import type { Program } from '../../src/directory/schema.js';
import { makeProgram } from '../directory/fixtures.js';
import { matchForPerson } from '../../src/directory/match.js';

const c = new Chalk({ level: 0 });
const programs = loadPrograms();
const own = { id: 'my-circle', name: 'Tuesday \u001b]0;evil\u0007circle', when: 'Tuesdays 7pm', where: 'Library', notes: 'bring \u001b[31mtea', createdAt: '2026-11-20T10:00:00.000Z' };
const rows: ListRow[] = [{ kind: 'own', own }, ...programs.map((p, i): ListRow => ({ kind: 'program', program: p, saved: i % 7 === 0 }))];

const wide = { ...own, id: 'my-kayoubi', name: '火曜日のピアサポートの会' };
const cols = (line: string) => stringWidth(line);

describe('renderProgramTable', () => {
  const withWide: ListRow[] = [{ kind: 'own', own: wide }, ...rows];
  test.each([40, 60, 80, 100, 120, 160, 220])('fits %i columns (wide characters count as two) and never cuts an id', (width) => {
    for (const symbols of [false, true]) {
      const text = renderProgramTable(c, withWide, width, { symbols });
      for (const line of text.split('\n')) expect(cols(line), line).toBeLessThanOrEqual(width);
      for (const p of programs) expect(text).toContain(` ${p.id} `);
    }
  });

  test.each([
    [60, 'a line of its own', 2],
    [80, 'beside the id', 1],
    [120, 'beside the id', 1],
  ] as const)('at %i columns the name has %s', (width, _how, linesPerRow) => {
    const text = renderProgramTable(c, rows, width);
    expect(text.split('\n')).toHaveLength((rows.length + 1) * linesPerRow);
    // The name gets the room: most names whole, and no name cut shorter than 28 columns.
    for (const p of programs) {
      const shown = text.split('\n').find((l) => l.includes(p.name.slice(0, 10)));
      expect(shown, p.id).toBeDefined();
    }
    if (linesPerRow === 2) for (const p of programs) expect(text).toContain(p.name.length <= width - 4 ? p.name : p.name.slice(0, 20));
    else expect(text).toContain('NAMI Connection Recovery S');
  });

  test('wide terminals get every column, with focus and full names', () => {
    const text = renderProgramTable(c, rows, 220);
    expect(text.split('\n')[0]).toMatch(/ID\s+NAME\s+REACH\s+WHERE\s+COST\s+MEETS\s+FOCUS/);
    expect(text).toContain('NAMI Connection Recovery Support Group');
    expect(text).toContain('international');
  });

  test('marks saved (*) and own (+) rows; unknowns are a dash', () => {
    const text = renderProgramTable(c, rows, 120);
    expect(text).toMatch(/^\+ my-circle/m);
    expect(text).toMatch(/^\* nami-connection/m);
    expect(text.split('\n').find((l) => l.includes('dual-anon '))).toContain('–');
  });

  test('strips escape sequences from own groups', () => {
    expect(renderProgramTable(c, rows, 200)).not.toMatch(/\u001b|\u0007/);
  });
});

describe('reach', () => {
  const contact = (over: Partial<NonNullable<Program['contact']>>): Program['contact'] => ({
    phone: null, text: null, chat: null, email: null, findAGroup: null, ...over,
  });
  const cases: Array<[string, Partial<Program>, string, string]> = [
    ['phone', { contact: contact({ phone: '0800 000' }) }, '☎', 'tel'],
    ['text', { contact: contact({ text: 'HELLO to 123' }) }, 'sms', 'sms'],
    ['chat', { contact: contact({ chat: 'https://example.org/chat' }) }, 'chat', 'chat'],
    ['email', { contact: contact({ email: 'hi@example.org' }) }, '✉', 'mail'],
    ['link', { url: 'https://example.org/' }, 'link', 'link'],
    ['find a group', { contact: contact({ findAGroup: 'https://example.org/find' }) }, 'find', 'find'],
    ['nothing stated', {}, '–', '–'],
    ['everything', { url: 'https://example.org/', contact: contact({ phone: '1', text: '2', chat: '3', email: 'a@b.org', findAGroup: '4' }) }, '☎ sms chat ✉ link find', 'tel sms chat mail link find'],
  ];
  test.each(cases)('%s', (_kind, over, symbols, plain) => {
    const p = makeProgram('x', over);
    expect(reachCell(p, true)).toBe(symbols);
    expect(reachCell(p, false)).toBe(plain);
    expect(renderProgramTable(c, [{ kind: 'program', program: p, saved: false }], 80, { symbols: true }).split('\n')[1]).toContain(symbols);
  });

  test('the legend names only the marks in use, and only marks that are not words already', () => {
    const ps = [makeProgram('a', { contact: contact({ phone: '1', email: 'a@b.org' }) }), makeProgram('b', { url: 'https://example.org/' })];
    expect(reachLegend(ps, true)).toBe('☎ phone, ✉ email, link web page');
    expect(reachLegend(ps, false)).toBe('tel phone, mail email, link web page');
  });

  test.each([
    [{ TERM: 'xterm-256color', LANG: 'en_GB.UTF-8' }, true],
    [{ TERM: 'dumb', LANG: 'en_GB.UTF-8' }, false],
    [{ TERM: 'xterm', LANG: 'C' }, false],
    [{ TERM: 'xterm', LC_ALL: 'de_DE.utf8' }, true],
    [{}, false],
  ])('symbols with %j: %s', (env, ok) => {
    expect(canDrawSymbols(env)).toBe(ok);
  });
});

describe('renderProgram', () => {
  test('shows every field, "not stated" for unknowns, the source and the date', () => {
    const p = programs.find((x) => x.id === 'dual-anon')!;
    const text = renderProgram(c, p, { saved: false, width: 80 });
    expect(text).toContain('Dual Anon Family Groups');
    expect(text).toMatch(/Meets\s+not stated/);
    expect(text).toMatch(/Cost\s+not stated/);
    expect(text).toMatch(/Where\s+not stated/);
    expect(text).toContain(`Source: ${p.source}`);
    expect(text).toContain('Checked on 2026-12-01');
    // Links are never broken across lines; everything else wraps.
    for (const line of text.split('\n')) if (!/https?:/.test(line)) expect(line.length).toBeLessThanOrEqual(80);
  });

  const every = makeProgram('every-way', {
    name: 'Every Way',
    url: 'https://example.org/',
    contact: { phone: '0800 111 222', text: 'HELLO to 12345', chat: 'https://example.org/chat', email: 'hello@example.org', findAGroup: 'https://example.org/groups' },
    hours: 'Monday-Friday 9am-5pm',
    audience: ['women', 'adults'],
    details: 'A group for women 18+.',
  });
  const none = makeProgram('no-way', { name: 'No Way', url: null, contact: null, hours: null, audience: null, source: 'https://example.org/source' });

  test('a program with every contact field: how to reach it comes first, each way on its own line', () => {
    const text = renderProgram(c, every, { saved: false, width: 80 });
    const lines = text.split('\n');
    expect(lines.slice(2, 10)).toEqual([
      'How to reach',
      'Phone        0800 111 222',
      'Text         HELLO to 12345',
      'Chat         https://example.org/chat',
      'Email        hello@example.org',
      'Link         https://example.org/',
      'Find a group https://example.org/groups',
      'Hours        Monday-Friday 9am-5pm',
    ]);
    expect(text).toMatch(/Who it is for\nFor {10}women, adults\nAges {9}A group for women 18\+\n/);
    expect(text.indexOf('How to reach')).toBeLessThan(text.indexOf('Who it is for'));
    expect(text.indexOf('Who it is for')).toBeLessThan(text.indexOf('What it is'));
    expect(text.indexOf('What it is')).toBeLessThan(text.indexOf('Source:'));
  });

  test('a program with no contact field: "not stated", and where to look', () => {
    const text = renderProgram(c, none, { saved: false, width: 80 });
    expect(text).toContain('How to reach: not stated, see https://example.org/source');
    expect(text).not.toMatch(/^Phone|^Hours/m);
    expect(text).toMatch(/For {10}not stated/);
  });

  test.each([60, 80, 120])('programs show fits %i columns (links are never broken)', (width) => {
    for (const p of [...programs, every, none]) {
      for (const line of renderProgram(c, p, { saved: true, width }).split('\n')) {
        if (!/https?:|@/.test(line)) expect(cols(line), `${p.id}: ${line}`).toBeLessThanOrEqual(width);
      }
    }
  });

  test('NAMI HelpLine and Vets4Warriors open with their numbers and hours', () => {
    const nami = renderProgram(c, programs.find((p) => p.id === 'nami-helpline')!, { saved: false, width: 80 });
    expect(nami.split('\n').slice(2, 6)).toEqual(['How to reach', 'Phone        800-950-6264 (800-950-NAMI)', 'Text         HELPLINE to 62640', 'Hours        Monday-Friday 10 a.m.-10 p.m. ET']);
    const vets = renderProgram(c, programs.find((p) => p.id === 'vets4warriors')!, { saved: false, width: 80 });
    expect(vets.split('\n').slice(2, 7)).toEqual([
      'How to reach',
      'Phone        855-838-8255',
      'Link         https://vets4warriors.com/',
      'Hours        24/7',
      'Please read the note further down before you rely on these details.',
    ]);
    expect(vets).toContain('Please note: The phone number 855-838-8255 appears on 2013-2015 pages;');
    expect(nami).not.toContain('Please read the note');
    expect(vets).toMatch(/For {10}veterans and service members, family members and carers/);
  });

  test('shows the caution when there is one', () => {
    const p = programs.find((x) => x.id === 'trans-lifeline')!;
    expect(renderProgram(c, p, { saved: true, width: 100 })).toMatch(/Please note: Hours are confirmed only/);
  });

  test('own group', () => {
    const text = renderOwnProgram(c, { ...own, where: null });
    expect(text).toMatch(/Where\s+not stated/);
    expect(text).not.toMatch(/\u001b/);
  });
});

test('renderMatches lists reasons and unknowns', () => {
  const text = renderMatches(c, matchPrograms(programs, { focus: ['bipolar'], cost: ['free'] }).slice(0, 3), 80);
  expect(text).toMatch(/^ 1\. /);
  expect(text).toContain('About bipolar');
});

test('renderCrisisLine: contact, hours, link; a directory has no hours line', () => {
  const lines = loadCrisisLines();
  const sam = renderCrisisLine(c, lines.find((l) => l.id === 'uk-samaritans')!, 80).join('\n');
  expect(sam).toContain('Call 116 123');
  expect(sam).toContain('Hours: 24/7');
  const dir = renderCrisisLine(c, lines.find((l) => l.country === 'international')!, 80).join('\n');
  expect(dir).toContain('https://findahelpline.com');
  expect(dir).not.toContain('Hours');
});

test('renderForGroups names the group of each program set aside', () => {
  const r = matchForPerson(programs, { country: ['UK'], focus: ['bipolar'], format: ['online'], cost: ['free'] });
  const text = renderForGroups(c, r.forGroups, 80);
  expect(text).toMatch(/^For specific groups\n/);
  expect(text).toMatch(/TrevorSpace {2}trevorspace\n {4}for LGBTQ\+ people, young people/);
  expect(renderForGroups(c, [], 80)).toBe('');
});

test.each([40, 60, 80, 120])('renderMatches and renderForGroups fit %i columns', (width) => {
  const r = matchForPerson(programs, { focus: ['depression'] });
  const text = `${renderMatches(c, r.ranked, width)}\n${renderForGroups(c, r.forGroups, width)}`;
  for (const line of text.split('\n')) expect(cols(line), line).toBeLessThanOrEqual(width);
});

test('renderMatches says who a program is for', () => {
  const r = matchForPerson(programs, { country: ['UK'], focus: ['bipolar'], format: ['online'], cost: ['free'] });
  const text = renderMatches(c, r.ranked, 80);
  expect(text).toMatch(/TalkLife {2}talklife\n[^\n]*\n[^\n]*\n {4}For young people, adults\n/);
  for (const line of text.split('\n')) expect(cols(line)).toBeLessThanOrEqual(80);
});

test('countryFirstNote says the order and how to see every country', () => {
  expect(countryFirstNote('UK', 30)).toBe('Programs in UK (United Kingdom) first, then international ones. 30 more in other countries: `peerpath programs --country all`.');
  expect(countryFirstNote('DE', 0, 'peerpath programs match')).toBe('Programs in DE (Germany) first, then international ones. Every country: `peerpath programs match --country all`.');
});
