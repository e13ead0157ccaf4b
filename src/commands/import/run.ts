import { promises as fsp } from 'node:fs';
import type { Entry } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { applyImport, planImport, type ImportFormat, type ParsedImport, type RowError } from '../../core/import/common.js';
import { renderEntryLine, safeLine } from '../../ui/render.js';
import type { Ctx } from '../context.js';
import type { ImportOptions } from './define.js';

/** Row errors shown before "…and N more". */
const SHOW_ERRORS = 20;
/** Rows before a progress bar is worth showing. */
const PROGRESS_MIN_ROWS = 2000;

async function readInput(ctx: Ctx, file: string): Promise<string> {
  if (file === '-') return ctx.readStdin();
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`There is no file ${file}.`);
    if (code === 'EISDIR') throw usageError(`${file} is a folder, not a file.`);
    throw usageError(`Can't read ${file}: ${(err as Error).message}.`);
  }
}

/** A one-line progress bar on stderr, only when stderr is a terminal. */
function progressBar(enabled: boolean): { update(done: number, total: number): void; done(): void } {
  const stream = process.stderr;
  if (!enabled || !stream.isTTY) return { update() {}, done() {} };
  let shown = false;
  return {
    update(done, total) {
      if (total < PROGRESS_MIN_ROWS) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r  reading [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}

async function parseFile(ctx: Ctx, text: string, format: ImportFormat, opts: ImportOptions): Promise<ParsedImport> {
  if (format === 'json') {
    const { parseJsonImport } = await import('../../core/import/json.js');
    return parseJsonImport(text);
  }
  const { parseDaylio, parseMoodMap, UnknownMoodError } = await import('../../core/import/daylio.js');
  const moodMap: Record<string, number> = opts.moodMap !== undefined ? parseMoodMap(opts.moodMap) : {};
  const bar = progressBar(!opts.json);
  for (;;) {
    try {
      return parseDaylio(text, { now: ctx.now(), moodMap, onProgress: bar.update });
    } catch (err) {
      if (!(err instanceof UnknownMoodError) || !ctx.interactive) throw err;
      // On a terminal: ask for each renamed mood's level, then read the file again.
      const p = await ctx.prompts();
      ctx.out.info('Your Daylio moods have names peerpath does not know yet.');
      for (const m of err.moods) {
        moodMap[m.name] = await p.select({
          message: `How does "${safeLine(m.name)}" (${m.rows} ${m.rows === 1 ? 'entry' : 'entries'}) sit on 1 (very low) – 10 (very good)?`,
          choices: Array.from({ length: 10 }, (_, i) => ({ name: String(10 - i), value: 10 - i })),
          default: 5,
        });
      }
      ctx.out.info(`Next time you can pass --mood-map "${Object.entries(moodMap).map(([k, v]) => `${k}=${v}`).join(',')}".`);
    } finally {
      bar.done();
    }
  }
}

function describeErrors(errors: RowError[]): string {
  const lines = errors.slice(0, SHOW_ERRORS).map((e) => `  ${e.line !== null ? `line ${e.line}` : 'somewhere'}: ${safeLine(e.message)}`);
  if (errors.length > SHOW_ERRORS) lines.push(`  …and ${errors.length - SHOW_ERRORS} more.`);
  return lines.join('\n');
}

/**
 * `peerpath import FILE`: read and check the whole file first; if any row is invalid, nothing is
 * written (unless --skip-invalid). Merging happens under the journal lock against the journal as
 * it is at that moment, by id, so nothing is ever duplicated.
 */
export async function importCommand(ctx: Ctx, file: string, opts: ImportOptions): Promise<void> {
  const text = await readInput(ctx, file);
  let format = opts.format;
  if (!format) {
    const { detectFormat } = await import('../../core/import/detect.js');
    format = detectFormat(text) ?? undefined;
    if (!format) throw usageError(`Can't tell what kind of file ${file} is.`, 'Pass --format json (a peerpath export) or --format daylio (a Daylio CSV export).');
  }
  const parsed = await parseFile(ctx, text, format, opts);
  const invalid = parsed.errors.length;
  if (invalid) {
    ctx.out.info(`${invalid} ${invalid === 1 ? 'row' : 'rows'} in ${file} can't be imported:\n${describeErrors(parsed.errors)}`);
    if (!opts.skipInvalid) {
      throw usageError('Nothing was imported.', 'Fix those rows, or pass --skip-invalid to import the rest.');
    }
  }

  const store = ctx.store();
  let plan;
  if (opts.dryRun) {
    plan = planImport(parsed, await store.read());
  } else {
    plan = await store.update((data) => {
      const p = planImport(parsed, data);
      if (p.added.length || p.savedAdded.length || p.mineAdded.length) Object.assign(data, applyImport(data, p));
      return p;
    });
  }

  const summary = {
    file,
    format,
    dryRun: Boolean(opts.dryRun),
    rows: parsed.rows,
    added: plan.added.length,
    skipped: plan.skipped,
    differing: plan.differing,
    duplicates: parsed.duplicates,
    invalid,
    savedAdded: plan.savedAdded.length,
    ownGroupsAdded: plan.mineAdded.length,
  };
  if (opts.json) {
    ctx.out.json(opts.dryRun ? { ...summary, entries: plan.added } : summary);
  } else if (opts.dryRun && plan.added.length) {
    ctx.out.data(sortForDisplay(plan.added).map((e) => renderEntryLine(ctx.out.c, e, ctx.out.width)).join('\n'));
  }

  const parts = [`${plan.added.length} new ${plan.added.length === 1 ? 'entry' : 'entries'}`];
  if (plan.skipped) parts.push(`${plan.skipped} already in your journal`);
  if (parsed.duplicates) parts.push(`${parsed.duplicates} repeated in the file`);
  if (invalid) parts.push(`${invalid} invalid ${invalid === 1 ? 'row' : 'rows'} skipped`);
  if (plan.savedAdded.length) parts.push(`${plan.savedAdded.length} saved ${plan.savedAdded.length === 1 ? 'program' : 'programs'}`);
  if (plan.mineAdded.length) parts.push(`${plan.mineAdded.length} of your own ${plan.mineAdded.length === 1 ? 'group' : 'groups'}`);
  if (opts.dryRun) {
    ctx.out.info(`Dry run: importing ${file} would add ${parts.join(', ')}. Nothing was changed.`);
  } else {
    if (plan.added.length || plan.savedAdded.length || plan.mineAdded.length) ctx.out.info(`${ctx.out.ce.green('Imported.')} ${cap(parts.join(', '))} from ${file}.`);
    else ctx.out.info(`Nothing new in ${file}: ${parts.slice(1).join(', ') || 'it has no entries'}. Your journal was not changed.`);
    if (plan.differing) ctx.out.info(`${plan.differing} of the entries already here differ from the file; your journal's versions were kept.`);
  }
}

function sortForDisplay(entries: Entry[]): Entry[] {
  return [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
