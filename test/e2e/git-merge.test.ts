/**
 * `peerpath git-setup` and `peerpath merge-driver`: two real clones of one repository check in
 * concurrently, push and pull; git calls our driver and the journal merges by entry.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, run, runJson, useTempDataDirs } from './helpers.js';

const dataDir = useTempDataDirs();

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0',
};

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return `${r.stdout}${r.stderr}`;
}

const ok = (dir: string, args: string[]) => {
  const r = run(dir, args);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return r;
};
const notes = (dir: string) => runJson<{ note: string; mood: number }[]>(dir, ['journal', '--json']).map((e) => `${e.note}:${e.mood}`).sort();

describe('a journal in git, on two clones', () => {
  it('concurrent check-ins, an edit and a delete merge by entry on pull, with no conflict', () => {
    const base = join(dataDir(), '..');
    git(base, 'init', '-q', '--bare', 'origin.git');
    git(base, 'clone', '-q', 'origin.git', 'laptop');
    const a = join(base, 'laptop', 'peerpath'); // the data folder, inside the work tree
    mkdirSync(a);
    ok(a, ['checkin', '--no-input', '--mood', '5', '--note', 'first']);
    ok(a, ['checkin', '--no-input', '--mood', '4', '--note', 'second']);
    const setup = ok(a, ['git-setup']);
    expect(setup.stderr).toContain('peerpath/.gitattributes: journal.json merge=peerpath');
    expect(readFileSync(join(a, '.gitattributes'), 'utf8')).toBe('journal.json merge=peerpath\n');
    expect(readFileSync(join(a, '.gitignore'), 'utf8')).toMatch(/^backups\/$/m);
    const driver = git(a, 'config', 'merge.peerpath.driver').trim();
    expect(driver).toBe(`'${process.execPath}' '${BIN}' merge-driver %O %A %B`);
    git(a, 'add', '-A');
    git(a, 'commit', '-qm', 'journal');
    expect(git(a, 'status', '--porcelain')).toBe(''); // backups, device id: ignored
    git(a, 'push', '-q', 'origin', 'HEAD');

    git(base, 'clone', '-q', 'origin.git', 'desktop');
    const b = join(base, 'desktop', 'peerpath');
    ok(b, ['git-setup']);
    expect(git(b, 'status', '--porcelain')).toBe(''); // already committed from the laptop

    // Apart: both check in; the laptop edits "first", the desktop deletes "second".
    const ids = runJson<{ id: string; note: string }[]>(a, ['journal', '--json']);
    ok(a, ['checkin', '--no-input', '--mood', '6', '--note', 'laptop']);
    ok(a, ['journal', 'edit', ids.find((e) => e.note === 'first')!.id, '--mood', '8']);
    ok(b, ['checkin', '--no-input', '--mood', '7', '--note', 'desktop']);
    ok(b, ['journal', 'delete', ids.find((e) => e.note === 'second')!.id, '--yes']);
    git(a, 'commit', '-qam', 'laptop');
    git(a, 'push', '-q');
    git(b, 'commit', '-qam', 'desktop');
    const pulled = git(b, 'pull', '--no-rebase', '--no-edit');
    expect(pulled).toContain('peerpath merged the journal by entry: 1 new, 1 changed from the other side.');
    expect(pulled).not.toContain('CONFLICT');
    git(b, 'push', '-q');
    git(a, 'pull', '-q', '--no-rebase', '--no-edit');

    expect(notes(b)).toEqual(['desktop:7', 'first:8', 'laptop:6']);
    expect(notes(a)).toEqual(notes(b));
    expect(readFileSync(join(a, 'journal.json'), 'utf8')).toBe(readFileSync(join(b, 'journal.json'), 'utf8'));
  });

  it('the driver exits non-zero only when a side cannot be read, leaving %A as it was', () => {
    const dir = dataDir();
    ok(dir, ['checkin', '--no-input', '--mood', '5', '--note', 'mine']);
    const base = join(dir, '..');
    const ours = join(base, 'ours.json');
    const theirs = join(base, 'theirs.json');
    const empty = join(base, 'empty.json');
    writeFileSync(ours, readFileSync(join(dir, 'journal.json')));
    writeFileSync(empty, '');
    writeFileSync(theirs, '{"schemaVersion":2,"entries":[');
    const bad = run(null, ['merge-driver', empty, ours, theirs]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain(theirs);
    expect(readFileSync(ours)).toEqual(readFileSync(join(dir, 'journal.json')));
    // No common ancestor (added on both sides): a union.
    writeFileSync(theirs, readFileSync(join(dir, 'journal.json')));
    ok(dir, ['checkin', '--no-input', '--mood', '6', '--note', 'more']);
    writeFileSync(ours, readFileSync(join(dir, 'journal.json')));
    expect(run(null, ['merge-driver', empty, ours, theirs]).code).toBe(0);
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(join(dir, 'journal.json'), 'utf8'));
  });
});
