#!/usr/bin/env node
// `npm run bench`: times the built CLI (bin/peerpath.js → dist/) as whole processes over synthetic
// journals of 1,000 / 10,000 / 100,000 entries and writes bench/RESULTS.md.
//
// Every case: one warm-up run, then several timed runs (fewer for slow cases); median and min–max
// wall time, median peak RSS (from /usr/bin/time -f %M when present), and each figure as a ratio to
// `node -e ''` measured in the same session. Commands not in the CLI yet (exit 2, "unknown command")
// are shown as n/a. Not part of `npm test`.
//
//   node bench/run.mjs [--quick] [--only REGEX] [--keep] [--out FILE]
//   (NO_GNU_TIME=1 tries the fallback used when GNU time is not installed: no RSS or CPU columns.)
import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync, chmodSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDaylioCsv, writeJournal } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (n) => argv.includes(n);
const optVal = (n) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const QUICK = flag('--quick'); // fewer runs, for trying a change
const ONLY = optVal('--only') ? new RegExp(optVal('--only')) : null;
const OUT = optVal('--out') ?? join(root, 'bench/RESULTS.md');
const SIZES = [1_000, 10_000, 100_000];
const END_DAY = new Date().toISOString().slice(0, 10);

if (!existsSync(join(root, 'dist/main.js'))) {
  console.error('bench: dist/main.js is missing; run `npm run bench` (it builds first).');
  process.exit(1);
}

// ---------------------------------------------------------------- measuring one process

const TIME = process.env.NO_GNU_TIME ? undefined : ['/usr/bin/time', '/bin/time'].find((p) => {
  if (!existsSync(p)) return false;
  // GNU time supports -f/-o; BusyBox or BSD time may not.
  const r = spawnSync(p, ['-f', '%M', '-o', '/dev/null', process.execPath, '-e', ''], { stdio: 'ignore' });
  return r.status === 0;
});
const rssFile = join(tmpdir(), `peerpath-bench-rss-${process.pid}`);
const devnull = openSync('/dev/null', 'w');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PEERPATH_')));
Object.assign(env, { NO_COLOR: '1', NODE_ENV: 'production', TZ: env.TZ ?? 'UTC' });
delete env.NODE_OPTIONS;

/** How commander answers a command this build does not have (the root takes no arguments). */
const NOT_THERE = /unknown command|unknown option|too many arguments/i;

/** Run once; returns { ms, rssMB, status, stderr }. */
function runOnce(cmd, args) {
  const full = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { stdio: ['ignore', devnull, 'pipe'], env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssMB = null;
  let cpuMs = null;
  if (TIME) {
    try {
      // GNU time writes "Command exited with non-zero status N" first when the status is not 0.
      const [kb, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      rssMB = kb / 1024;
      cpuMs = (user + sys) * 1000;
    } catch {
      rssMB = null;
    }
  }
  return { ms, rssMB, cpuMs, status: r.status, stderr: String(r.stderr ?? '') };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const BASE_ARGS = ['-e', ''];
/** Every `node -e ''` run of the session (the baseline row reports these). */
const baseRuns = [];

/**
 * Time a case: warm-up, then runs. `before` runs (untimed) before every run, e.g. to restore the
 * journal so its size stays fixed. Each run is paired with a `node -e ''` run just before it, and
 * the case's ratio is to the median of its own pairs, so load that changes during the session
 * (other processes on the machine) moves both sides of the ratio alike. Returns a result row.
 */
function measure(c) {
  const runs = [];
  const pairs = [];
  c.before?.();
  const warm = runOnce(c.cmd ?? process.execPath, c.args);
  if (warm.status !== 0) {
    if (warm.status === 2 && NOT_THERE.test(warm.stderr)) return { ...c, na: `not in this build: ${warm.stderr.trim().split('\n')[0].replace(/^error: /, '')}` };
    return { ...c, error: `exit ${warm.status}: ${warm.stderr.trim().split('\n')[0]}` };
  }
  let n = c.runs ?? (warm.ms > 4000 ? 3 : warm.ms > 1200 ? 5 : warm.ms < 400 ? 11 : 7);
  if (QUICK) n = Math.min(n, 3);
  for (let i = 0; i < n; i++) {
    const b = runOnce(process.execPath, BASE_ARGS);
    pairs.push(b);
    baseRuns.push(b);
    c.before?.();
    const r = runOnce(c.cmd ?? process.execPath, c.args);
    if (r.status !== 0) return { ...c, error: `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}` };
    runs.push(r);
  }
  const ms = runs.map((r) => r.ms);
  const rss = runs.map((r) => r.rssMB).filter((x) => x !== null);
  const cpu = runs.map((r) => r.cpuMs).filter((x) => x !== null);
  const baseRss = pairs.map((r) => r.rssMB).filter((x) => x !== null);
  return {
    ...c, n, median: median(ms), min: Math.min(...ms), max: Math.max(...ms),
    rss: rss.length ? median(rss) : null, cpu: cpu.length ? median(cpu) : null,
    pairMedian: median(pairs.map((r) => r.ms)), pairRss: baseRss.length ? median(baseRss) : null,
  };
}

// ---------------------------------------------------------------- fixtures

const tmp = mkdtempSync(join(tmpdir(), 'peerpath-bench-'));
process.on('exit', () => {
  if (!flag('--keep')) rmSync(tmp, { recursive: true, force: true });
  rmSync(rssFile, { force: true });
});
process.on('SIGINT', () => process.exit(130));

// Time a private snapshot of the build: `npm test` (pretest) rebuilds dist/ in place, which would
// pull the files from under a running bench. The bundle is self-contained (deps and data inlined).
const app = join(tmp, 'app');
cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true });
cpSync(join(root, 'bin'), join(app, 'bin'), { recursive: true });
cpSync(join(root, 'package.json'), join(app, 'package.json'));
const bin = join(app, 'bin/peerpath.js');

const t0 = Date.now();
const journals = {};
for (const n of SIZES) {
  const dir = join(tmp, `ro-${n}`);
  const bytes = writeJournal(dir, { count: n, seed: 42, end: END_DAY });
  journals[n] = { dir, bytes, pristine: join(tmp, `pristine-${n}.json`) };
  copyFileSync(join(dir, 'journal.json'), journals[n].pristine);
}
const emptyDir = join(tmp, 'empty');
mkdirSync(emptyDir, { mode: 0o700 });
console.error(`bench: journals generated in ${((Date.now() - t0) / 1000).toFixed(1)} s under ${tmp}`);

/** A writable copy of a journal, restored from `pristine` before every run. */
function writable(name, pristine) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    dir,
    restore() {
      for (const f of readdirSync(dir)) if (f !== 'journal.json') rmSync(join(dir, f), { recursive: true, force: true });
      copyFileSync(pristine, join(dir, 'journal.json'));
      chmodSync(join(dir, 'journal.json'), 0o600);
    },
  };
}

const cli = (dataDir, ...args) => [bin, '--data-dir', dataDir, ...args];

// ---------------------------------------------------------------- cases

const cases = [];
const add = (c) => {
  if (!ONLY || ONLY.test(c.label + ' ' + (c.size ?? ''))) cases.push(c);
};
// The start-up targets are ratios of ~100 ms processes: more runs, so one busy moment moves the median less.
add({ id: 'version', label: '`--version`', args: [bin, '--version'], runs: QUICK ? 3 : 21 });
add({ id: 'programs', label: '`programs --country US --format online --json`', args: cli(emptyDir, 'programs', '--country', 'US', '--format', 'online', '--json'), runs: QUICK ? 3 : 21 });
add({ id: 'programs-100k', label: '`programs …` (same, beside a 100k journal)', size: 100_000, args: cli(journals[100_000].dir, 'programs', '--country', 'US', '--format', 'online', '--json') });
for (const n of SIZES) {
  const w = writable(`rw-${n}`, journals[n].pristine);
  add({ id: 'checkin', label: '`checkin --no-input --mood 5`', size: n, args: cli(w.dir, '--no-input', 'checkin', '--mood', '5'), before: w.restore });
}
for (const n of SIZES) add({ id: 'journal', label: '`journal --last 20`', size: n, args: cli(journals[n].dir, 'journal', '--last', '20') });
for (const n of SIZES) add({ id: 'stats', label: '`stats --last 1y --json`', size: n, args: cli(journals[n].dir, 'stats', '--last', '1y', '--json') });
for (const fmt of ['md', 'csv', 'json', 'html']) {
  for (const n of SIZES) add({ id: `export-${fmt}`, label: `\`export --format ${fmt}\``, size: n, args: cli(journals[n].dir, 'export', '--format', fmt) });
}
// md and html cover the last 30 days by default; these two cover all ten years.
for (const fmt of ['md', 'html']) {
  add({ id: `export-${fmt}-all`, label: `\`export --format ${fmt} --from 2000-01-01\` (whole journal)`, size: 100_000, args: cli(journals[100_000].dir, 'export', '--format', fmt, '--from', '2000-01-01') });
}
// Importing a 100,000-row Daylio CSV export into an empty journal (the folder is emptied before every run).
{
  const csv = join(tmp, 'daylio-100000.csv');
  writeFileSync(csv, generateDaylioCsv({ count: 100_000, seed: 42, end: END_DAY }));
  const dir = join(tmp, 'import-daylio');
  const empty = () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { mode: 0o700 });
  };
  add({ id: 'import-daylio', label: '`import daylio.csv` (Daylio CSV export into an empty journal)', size: 100_000, args: cli(dir, '--no-input', 'import', csv), before: empty });
}
// Without --json the table marks saved programs, so it reads the journal.
add({ id: 'programs-table-100k', label: '`programs --country US --format online` (table: reads the journal for saved marks)', size: 100_000, args: cli(journals[100_000].dir, 'programs', '--country', 'US', '--format', 'online') });
// The shell prompt hook: reads only remind.json beside the journal (due, so it prints the line).
{
  const dir = journals[100_000].dir;
  writeFileSync(join(dir, 'remind.json'), `${JSON.stringify({ time: '00:00', lastCheckinDay: '2000-01-01' })}\n`, { mode: 0o600 });
  add({ id: 'remind-if-due', label: '`remind --if-due` (beside a 100k journal; due)', size: 100_000, args: cli(dir, 'remind', '--if-due'), runs: QUICK ? 3 : 21 });
}

// Encrypted 10k journal: encrypt a copy once with `peerpath encrypt`, then time check-ins into it.
const encNotes = [];
const passFile = join(tmp, 'passphrase');
writeFileSync(passFile, 'correct horse battery staple\n', { mode: 0o600 });
{
  const pristineEnc = join(tmp, 'pristine-enc-10000.bin');
  const w = writable('enc-10000', journals[10_000].pristine);
  const wanted = !ONLY || ONLY.test('encrypted checkin 10000');
  if (wanted) {
    w.restore();
    const r = spawnSync(process.execPath, cli(w.dir, '--passphrase-file', passFile, '--no-input', 'encrypt', '--yes'), { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const r2 = r.status === 2 && /unknown option '--yes'/i.test(r.stderr)
      ? spawnSync(process.execPath, cli(w.dir, '--passphrase-file', passFile, '--no-input', 'encrypt'), { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      : r;
    const head = readFileSync(join(w.dir, 'journal.json')).subarray(0, 12).toString('latin1');
    if (r2.status === 2 && NOT_THERE.test(r2.stderr)) {
      encNotes.push('Encrypted check-in skipped: `peerpath encrypt` is not in this build yet.');
      cases.push({ id: 'checkin-enc', label: '`checkin --no-input --mood 5` (encrypted)', size: 10_000, na: 'skipped: no `encrypt` command yet' });
    } else if (r2.status !== 0 || head !== 'PEERPATH-ENC') {
      encNotes.push(`Encrypted check-in skipped: \`peerpath encrypt\` failed (exit ${r2.status}): ${r2.stderr.trim().split('\n')[0]}`);
      cases.push({ id: 'checkin-enc', label: '`checkin --no-input --mood 5` (encrypted)', size: 10_000, error: `encrypt failed (exit ${r2.status})` });
    } else {
      copyFileSync(join(w.dir, 'journal.json'), pristineEnc);
      const we = writable('enc-10000', pristineEnc);
      cases.push({ id: 'checkin-enc', label: '`checkin --no-input --mood 5` (encrypted)', size: 10_000, args: cli(we.dir, '--passphrase-file', passFile, '--no-input', 'checkin', '--mood', '5'), before: we.restore });
    }
  }
}

// ---------------------------------------------------------------- run

const load0 = loadavg()[0];
const results = [];
// A first block of baseline runs (also warms the file cache for node itself).
for (let i = 0; i < (QUICK ? 5 : 11); i++) baseRuns.push(runOnce(process.execPath, BASE_ARGS));
for (const c of cases) {
  const r = c.na || c.error ? c : measure(c);
  results.push(r);
  const what = `${r.label}${r.size ? ` @ ${r.size.toLocaleString('en')}` : ''}`;
  if (r.na) console.error(`  ${what}: n/a (${r.na})`);
  else if (r.error) console.error(`  ${what}: ERROR ${r.error}`);
  else console.error(`  ${what}: ${r.median.toFixed(0)} ms (${r.min.toFixed(0)}–${r.max.toFixed(0)}), ${r.rss?.toFixed(0) ?? '?'} MB, n=${r.n}`);
}
const load1 = loadavg()[0];
const totalS = (Date.now() - t0) / 1000;

// ---------------------------------------------------------------- report

{
  const ms = baseRuns.map((r) => r.ms);
  const rss = baseRuns.map((r) => r.rssMB).filter((x) => x !== null);
  const cpu = baseRuns.map((r) => r.cpuMs).filter((x) => x !== null);
  const m = median(ms);
  results.unshift({ id: 'node', label: "`node -e ''` (every run of the session)", n: ms.length, median: m, min: Math.min(...ms), max: Math.max(...ms), rss: rss.length ? median(rss) : null, cpu: cpu.length ? median(cpu) : null, pairMedian: m, pairRss: rss.length ? median(rss) : null });
}
const base = results[0];
const find = (id, size) => results.find((r) => r.id === id && (size === undefined || r.size === size));
const ok = (r) => r && !r.na && !r.error && r.median !== undefined;
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const ratio = (x, b) => (b ? `${(x / b).toFixed(2)}×` : '—');

const lines = [];
const sh = (cmd) => {
  try {
    return execFileSync(cmd[0], cmd.slice(1), { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
};
const commit = sh(['git', 'rev-parse', '--short', 'HEAD']);
const dirty = sh(['git', 'status', '--porcelain', '--', 'src', 'data', 'scripts']) ? ' + uncommitted changes in src/' : '';
lines.push('# peerpath benchmark');
lines.push('');
lines.push(`Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}.`);
lines.push('');
lines.push(`- Node ${process.version} on ${process.platform}-${process.arch}; CPU ${cpus()[0]?.model.trim() ?? '?'} × ${cpus().length} cores; ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`);
lines.push(`- Build: commit ${commit}${dirty}; load average ${load0.toFixed(2)} at start, ${load1.toFixed(2)} at end; whole bench ${totalS.toFixed(0)} s`);
lines.push(`- Journals: synthetic, seeded (bench/generate.mjs), ~10 years ending yesterday; ${SIZES.map((n) => `${n.toLocaleString('en')} entries = ${(journals[n].bytes / 1e6).toFixed(1)} MB`).join(', ')}`);
lines.push(`- Each case: 1 warm-up run, then ${QUICK ? '3' : '11 (21 for the two start-up targets; 7 if a run takes over 0.4 s, 5 over 1.2 s, 3 over 4 s)'} timed runs of the whole process, each right after a \`node -e ''\` run; × node is the case's median over the median of its own paired \`node -e ''\` runs; stdout to /dev/null; \`NO_COLOR=1 NODE_ENV=production\`. Check-ins restore the journal copy (and clear backups) before every run, so sizes stay fixed.`);
lines.push(`- Peak RSS: ${TIME ? `\`${TIME} -f %M\` (median over the runs)` : 'n/a (GNU time not found; `apt-get install time`)'}. × node RSS likewise.`);
lines.push('');
lines.push('| Command | Entries | Median | Spread (min–max) | × node | CPU (user+sys) | Peak RSS | × node RSS | Runs |');
lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const r of results) {
  const size = r.size ? r.size.toLocaleString('en') : '—';
  if (r.na) lines.push(`| ${r.label} | ${size} | n/a | | | | | | ${r.na} |`);
  else if (r.error) lines.push(`| ${r.label} | ${size} | error | | | | | | ${r.error.replace(/\|/g, '\\|')} |`);
  else lines.push(`| ${r.label} | ${size} | ${fmtMs(r.median)} | ${fmtMs(r.min)}–${fmtMs(r.max)} | ${ratio(r.median, r.pairMedian)} | ${r.cpu !== null ? fmtMs(r.cpu) : 'n/a'} | ${r.rss !== null ? `${r.rss.toFixed(0)} MB` : 'n/a'} | ${r.rss !== null && r.pairRss ? ratio(r.rss, r.pairRss) : '—'} | ${r.n} |`);
}
lines.push('');

// Targets from issue 6.
const targets = [];
const target = (what, r, pass, detail) => targets.push({ what, verdict: !ok(r) ? 'n/a' : pass(r) ? 'pass' : '**fail**', detail: ok(r) ? detail(r) : r?.na ?? r?.error ?? 'not measured' });
const START = 1.5;
target(`\`--version\` within ${START}× \`node -e ''\``, find('version'), (r) => r.median <= START * r.pairMedian, (r) => `${ratio(r.median, r.pairMedian)} (${fmtMs(r.median)} vs ${fmtMs(r.pairMedian)})`);
target(`\`programs --country US --format online --json\` within ${START}× \`node -e ''\``, find('programs'), (r) => r.median <= START * r.pairMedian, (r) => `${ratio(r.median, r.pairMedian)} (${fmtMs(r.median)} vs ${fmtMs(r.pairMedian)})`);
target("`remind --if-due` beside 100,000 entries within 1.3× `node -e ''` (issue 14)", find('remind-if-due'), (r) => r.median <= 1.3 * r.pairMedian, (r) => `${ratio(r.median, r.pairMedian)} (${fmtMs(r.median)} vs ${fmtMs(r.pairMedian)})`);
target('`checkin --no-input` into 100,000 entries under 1 s', find('checkin', 100_000), (r) => r.median < 1000, (r) => fmtMs(r.median));
target('`checkin --no-input` into 100,000 entries: peak RSS under 250 MB', find('checkin', 100_000), (r) => r.rss !== null && r.rss < 250, (r) => (r.rss !== null ? `${r.rss.toFixed(0)} MB` : 'n/a'));
for (const id of ['journal', 'stats', 'export-md', 'export-csv', 'export-json', 'export-html']) {
  const r = find(id, 100_000);
  target(`${r?.label ?? id} over 100,000 entries under 1.5 s`, r, (x) => x.median < 1500, (x) => fmtMs(x.median));
}
lines.push('## Targets (issues 6 and 14)');
lines.push('');
lines.push('| Target | Result | Measured |');
lines.push('|---|---|---|');
for (const t of targets) lines.push(`| ${t.what} | ${t.verdict} | ${t.detail} |`);
lines.push('');

// Growth: the cost per 1,000 extra entries between sizes. Linear growth keeps it flat; a super-linear
// cost makes the 10k→100k slope much steeper than the 1k→10k one.
lines.push('## Growth with journal size');
lines.push('');
lines.push('Time (and RSS) added per 1,000 extra entries, from 1k to 10k and from 10k to 100k. Linear growth keeps the two slopes close; a second slope much steeper than the first means super-linear cost. Slopes below ~1 ms per 1,000 entries are within noise.');
lines.push('');
lines.push('| Command | ms / 1k entries (1k→10k) | ms / 1k entries (10k→100k) | MB / 1k entries (10k→100k) | Growth |');
lines.push('|---|--:|--:|--:|---|');
for (const id of ['checkin', 'journal', 'stats', 'export-md', 'export-csv', 'export-json', 'export-html']) {
  const [a, b, c] = SIZES.map((n) => find(id, n));
  if (![a, b, c].every(ok)) continue;
  const s1 = (b.median - a.median) / 9;
  const s2 = (c.median - b.median) / 90;
  const m2 = b.rss !== null && c.rss !== null ? (c.rss - b.rss) / 90 : null;
  // Noise floor: 10 ms over the 1k→10k step.
  const verdict = s2 <= Math.max(s1, 10 / 9) * 1.5 ? 'linear' : `**super-linear** (${(s2 / Math.max(s1, 10 / 9)).toFixed(1)}× steeper)`;
  lines.push(`| ${a.label} | ${s1.toFixed(2)} | ${s2.toFixed(2)} | ${m2 !== null ? m2.toFixed(2) : 'n/a'} | ${verdict} |`);
}
lines.push('');
if (encNotes.length) {
  for (const n of encNotes) lines.push(`- ${n}`);
  lines.push('');
}
const notesFile = join(root, 'bench/NOTES.md');
if (existsSync(notesFile)) {
  lines.push(readFileSync(notesFile, 'utf8').trim());
  lines.push('');
}

const md = lines.join('\n');
writeFileSync(OUT, md);
process.stdout.write(md);
console.error(`\nbench: wrote ${OUT} (${totalS.toFixed(0)} s)`);
