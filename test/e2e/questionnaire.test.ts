/** `peerpath questionnaire` through the built binary: --answers, errors, list, stats, exports, the json backup. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, runJson, tempDataDir, useTempDataDirs } from './helpers.js';

/** The contract's questionnaire JSON, written out here rather than imported from src. */
interface ContractResult {
  id: string;
  kind: 'phq9' | 'gad7' | 'phq2' | 'gad2';
  at: string;
  answers: number[];
  total: number;
  band: string;
  difficulty?: number;
}

const newDir = useTempDataDirs();

/** The answers of the PHQ-9 response in HL7 fhirpath.js (stored total 15), see test/fixtures/phq9-fhirpath.ts. */
const FHIRPATH = '1,2,3,1,2,3,0,1,2';

describe('questionnaire --answers', () => {
  it('saves and prints { id, kind, at, answers, total, band } with --json', () => {
    const dir = newDir();
    const r = runJson<ContractResult>(dir, ['questionnaire', 'phq9', '--answers', `${FHIRPATH},1`, '--json']);
    expect(r).toMatchObject({ kind: 'phq9', answers: [1, 2, 3, 1, 2, 3, 0, 1, 2], total: 15, band: 'moderately severe', difficulty: 1 });
    expect(r.id).toMatch(/^[a-z][a-z0-9]{5}$/);
    expect(r.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/);
    expect(runJson<ContractResult[]>(dir, ['questionnaire', 'list', '--json'])).toEqual([r]);
  });

  it('the alias q, and the screen: band in the authors\' words, not a diagnosis, the help-now pointer last', () => {
    const dir = newDir();
    const r = run(dir, ['q', 'gad7', '--answers', '2,2,2,2,2,1,0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("GAD-7: 11 of 21, in the range the questionnaire's authors call moderate (10–14).");
    expect(r.stdout).toContain('A score is not a diagnosis.');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('If you need someone to talk to now: `peerpath help-now`.');
  });

  it('item 9 above 0 shows the fixed message and a crisis line even with --json (on stderr)', () => {
    const dir = newDir();
    expect(run(dir, ['config', 'set', 'country', 'UK']).code).toBe(0);
    const r = run(dir, ['q', 'phq9', '--answers', '0,0,0,0,0,0,0,0,1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 1, band: 'minimal' });
    expect(r.stderr).toContain('Thank you for answering that last question.');
    expect(r.stderr).toContain('Samaritans');
  });

  it.each([
    [['q', 'phq9', '--answers', '1,2,3'], '--answers for PHQ-9 takes 9 values (or 10, the last one for the difficulty question) from 0 to 3, separated by commas (got 3).'],
    [['q', 'gad2', '--answers', '1,4'], '--answers: answer 2 is "4"; each answer is a whole number from 0 to 3.'],
    [['q', 'gad2', '--answers', '1,0.5'], '--answers: answer 2 is "0.5"; each answer is a whole number from 0 to 3.'],
    [['q', 'phq2', '--answers', '1,1,1'], '--answers for PHQ-2 takes 2 values from 0 to 3, separated by commas (got 3).'],
    [['q', 'bdi', '--answers', '1'], 'There is no questionnaire called "bdi". Choose one of phq9, gad7, phq2, gad2.'],
    [['q', 'phq9'], 'Pass the answers with --answers (9 values from 0 to 3, separated by commas), or run this in a terminal.'],
  ])('%j → exit 2, one line, nothing written', (args, message) => {
    const dir = newDir();
    const r = run(dir, args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`peerpath: ${message}`);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });

  it('a bad --answers leaves an existing journal byte for byte', () => {
    const dir = newDir();
    expect(run(dir, ['q', 'phq2', '--answers', '1,1']).code).toBe(0);
    const before = readFileSync(join(dir, 'journal.json'));
    expect(run(dir, ['q', 'phq2', '--answers', '1,9']).code).toBe(2);
    expect(readFileSync(join(dir, 'journal.json')).equals(before)).toBe(true);
  });
});

describe('list, stats and reports', () => {
  // One journal for the whole block (read only after beforeAll).
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDataDir());
    for (const [kind, answers] of [
      ['phq9', FHIRPATH],
      ['gad7', '1,1,1,1,1,1,1'],
      ['phq9', '1,1,1,1,1,1,1,1,0'],
    ]) {
      expect(run(dir, ['q', kind!, '--answers', answers!]).code).toBe(0);
    }
  });
  afterAll(() => cleanup());
  const seeded = () => dir;

  it('list shows each questionnaire with its trend', () => {
    const r = run(seeded(), ['questionnaire', 'list']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^PHQ-9 \(2\) {2}\S\S {2}15 → 8$/m);
    expect(r.stdout).toMatch(/^GAD-7 \(1\)$/m);
  });

  it('stats --json has questionnaires per kind', () => {
    type Kind = { count: number; last: { total: number; band: string } | null; totals: { total: number }[] };
    const s = runJson<{ questionnaires: Record<'phq9' | 'gad7' | 'phq2' | 'gad2', Kind> }>(seeded(), ['stats', '--json']);
    expect(s.questionnaires.phq9).toMatchObject({ count: 2, last: { total: 8, band: 'mild' } });
    expect(s.questionnaires.phq9.totals.map((t) => t.total)).toEqual([15, 8]);
    expect(s.questionnaires.gad7.count).toBe(1);
    expect(s.questionnaires.phq2).toEqual({ count: 0, last: null, totals: [] });
  });

  it('md and html exports have the score table (and the html a chart)', () => {
    const dir = seeded();
    const md = run(dir, ['export', '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('## Questionnaires');
    expect(md.stdout).toMatch(/\| PHQ-9 \| 15 of 27 \| moderately severe \(15–19\) \|/);
    const html = run(dir, ['export', '--format', 'html']);
    expect(html.stdout).toContain('<section id="questionnaires">');
    expect(html.stdout).toContain('PHQ-9 totals over time');
  });
});

describe('json backup', () => {
  it('export → import into a new journal keeps every answer; importing again adds nothing', () => {
    const from = newDir();
    const saved = [
      runJson<ContractResult>(from, ['q', 'phq9', '--answers', `${FHIRPATH},2`, '--json']),
      runJson<ContractResult>(from, ['q', 'gad2', '--answers', '3,0', '--json']),
      runJson<ContractResult>(from, ['q', 'phq9', '--answers', '0,0,0,0,0,0,0,0,0', '--json']),
    ];
    const backup = join(from, '..', 'backup.json');
    expect(run(from, ['export', '--format', 'json', '--output', backup]).code).toBe(0);
    expect(JSON.parse(readFileSync(backup, 'utf8')).questionnaires).toEqual(saved);
    const to = newDir();
    const imported = run(to, ['import', backup]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(runJson<ContractResult[]>(to, ['questionnaire', 'list', '--json'])).toEqual(saved);
    expect(run(to, ['import', backup]).code).toBe(0);
    expect(runJson<ContractResult[]>(to, ['questionnaire', 'list', '--json'])).toHaveLength(3);
  });
});

describe('stats and an old PHQ-9', () => {
  it('one quiet line when the last PHQ-9 is more than two weeks old, none otherwise', () => {
    const dir = newDir();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const old = new Date(Date.now() - 20 * 86_400_000).toISOString().replace('Z', '+00:00');
    const journal = {
      schemaVersion: 1, entries: [{ id: 'kentry', at: new Date().toISOString().replace('Z', '+00:00'), recordedAt: new Date().toISOString(), mood: 6, energy: null, anxiety: null, sleepHours: null, emotions: [], tags: [], note: '', attended: [], private: false, updatedAt: null }],
      saved: [], mine: [], config: {},
      questionnaires: [{ id: 'kold01', kind: 'phq9', at: old, answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], total: 0, band: 'minimal' }],
    };
    writeFileSync(join(dir, 'journal.json'), JSON.stringify(journal), { mode: 0o600 });
    const r = run(dir, ['stats']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Your last PHQ-9 was 20 days ago.');
    expect(run(dir, ['q', 'phq9', '--answers', '0,0,0,0,0,0,0,0,0']).code).toBe(0);
    expect(run(dir, ['stats']).stderr).not.toContain('Your last PHQ-9');
  });
});
