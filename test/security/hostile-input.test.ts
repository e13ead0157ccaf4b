/**
 * Hostile text in notes, tags, feelings, imported rows and own groups is shown inert on the
 * terminal (no escape sequence, control or bidi character reaches it), while `--json` keeps it
 * exactly as typed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, runJson, tempDataDir } from '../e2e/helpers.js';

/** Never allowed on a terminal: ESC, C0 except \n and \t, DEL, C1, bidi embeddings/overrides/isolates. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const HOSTILE_NOTE = [
  'start',
  '\x1b[31mred\x1b[0m',
  '\x1b]8;;https://evil.example/\x07click me\x1b]8;;\x07',
  '\x1b]0;window title pwned\x1b\\',
  '\x1b[2J\x1b[H',
  '\x1bP+q544e\x1b\\',
  '\u009b31m c1-csi \u009d0;c1-osc\u009c',
  'NUL\u0000BEL\u0007BS\u0008DEL\u007f',
  'carriage\rreturn',
  'bidi \u202Eexe.txt\u202C \u2066iso\u2069',
  'emoji 👩‍👩‍👧 and שלום and e\u0301',
  'end',
].join('\n');

const t = tempDataDir();
const dir = t.dir;
let id = '';

beforeAll(() => {
  const r = run(dir, ['checkin', '--no-input', '--mood', '4', '--note', '-', '--tags', '\x1b[31mred\x1b[0m,\u202Eevil,ok', '--emotions', 'calm\x07,\x1b]0;t\x07hope', '--json'], {
    input: HOSTILE_NOTE,
  });
  expect(r.code, r.stderr).toBe(0);
  id = (JSON.parse(r.stdout) as { id: string }).id;
});
afterAll(() => t.cleanup());

function expectInert(args: string[], mustShow: string[] = [], opts: { crlf?: boolean } = {}) {
  const r = run(dir, args);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  const out = r.stdout + r.stderr;
  const bad = (opts.crlf ? out.replace(/\r\n/g, '\n') : out).match(FORBIDDEN);
  expect(bad, `${args.join(' ')} printed U+${bad?.[0]?.codePointAt(0)?.toString(16).padStart(4, '0')}`).toBeNull();
  for (const s of mustShow) expect(r.stdout, `${args.join(' ')} shows "${s}"`).toContain(s);
  return r;
}

describe('shown inert on the terminal', () => {
  it('journal (list)', () => expectInert(['journal'], ['start', 'red']));
  it('journal show', () => expectInert(['journal', 'show', id], ['click me', 'emoji 👩‍👩‍👧 and שלום', 'exe.txt', 'end']));
  it('journal --search finds the text and shows it inert', () => expectInert(['journal', '--search', 'click'], ['start']));
  it('stats', () => expectInert(['stats']));
  it('calendar', () => expectInert(['calendar']));
  it('export --format md (to stdout)', () => expectInert(['export', '--format', 'md', '--last', '1y'], ['click me']));
  // RFC 4180 ends CSV records with CR LF; a CR anywhere else would be a control character.
  it('export --format csv (to stdout)', () => expectInert(['export', '--format', 'csv'], ['click me'], { crlf: true }));
  it('doctor', () => expectInert(['doctor']));
});

describe('--json keeps the data exactly as typed', () => {
  it('journal --json and journal show --json', () => {
    const list = runJson<Array<{ id: string; note: string; tags: string[]; emotions: string[] }>>(dir, ['journal', '--json']);
    const one = runJson<{ note: string; tags: string[]; emotions: string[] }>(dir, ['journal', 'show', id, '--json']);
    expect(list[0]!.note).toBe(HOSTILE_NOTE);
    expect(one.note).toBe(HOSTILE_NOTE);
    expect(one.tags).toContain('ok');
    expect(one.tags.some((x) => x.includes('\x1b'))).toBe(true);
    expect(one.tags.some((x) => x.includes('\u202E'))).toBe(true);
    expect(one.emotions.some((x) => x.includes('\x07'))).toBe(true);
  });

  it('export --format json', () => {
    const r = run(dir, ['export', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { entries: Array<{ note: string }> }).entries[0]!.note).toBe(HOSTILE_NOTE);
  });
});

describe('other ways hostile text gets in', () => {
  it('an own group added with escapes in its name is listed inert', () => {
    const r = run(dir, ['programs', 'add', '--no-input', '--name', 'Tuesday \x1b[5mcircle\x1b[0m \u202Edlrow', '--when', 'Tue\x07sdays', '--where', '\x1b]8;;http://x\x07room 2\x1b]8;;\x07']);
    expect(r.code, r.stderr).toBe(0);
    expectInert(['programs', '--mine'], ['Tuesday', 'circle']);
  });

  it('a Daylio CSV with escapes in its note is imported and shown inert', () => {
    const csv = join(dir, '..', 'daylio.csv');
    writeFileSync(
      csv,
      'full_date,date,weekday,time,mood,activities,note_title,note\n' +
        '2026-11-01,November 1,Sunday,9:00 am,good,walk | \x1b[31mfriends\x1b[0m,,"imported \x1b]0;pwned\x07 note \u202Eabc"\n',
    );
    const r = run(dir, ['import', csv, '--format', 'daylio']);
    expect(r.code, r.stderr).toBe(0);
    expectInert(['journal'], ['imported']);
    const all = runJson<Array<{ note: string }>>(dir, ['journal', '--json']);
    expect(all.some((e) => e.note.includes('\x1b]0;pwned\x07'))).toBe(true);
  });

  it.each([
    [['journal', 'show', '\x1b]0;PWN\x07zz']],
    [['config', 'set', 'country', '\x1b[31mXX']],
    [['checkin', '--no-input', '--mood', '5\x1b[31m']],
    [['checkin', '--no-input', '--mood', '5', '--at', 'yest\x1b[2Jerday']],
    [['programs', 'show', 'a\x1b[2Jb']],
    [['--bo\x1b[31mgus']],
  ])('an error message quoting hostile input %j is inert', (args) => {
    const r = run(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(FORBIDDEN);
  });

  it('an error message quoting a hostile value from an imported file is inert', () => {
    const csv = join(dir, '..', 'daylio-bad.csv');
    writeFileSync(csv, 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-11-02,November 2,Monday,9:00 am,\x1b]0;PWN\x07rad,walk,,hi\n');
    const r = run(dir, ['import', csv, '--format', 'daylio']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mood name/);
    expect(r.stderr).not.toMatch(FORBIDDEN);
  });
});
