import { promises as fsp } from 'node:fs';
import type { Entry } from '../../core/entry.js';
import { usageError } from '../../core/errors.js';
import { applyImport, planChangesJournal, planImport, previewEntries, type ImportFormat, type ParsedImport, type RowError } from '../../core/import/common.js';
import { importReport } from '../../core/import/report.js';
import { entryDayRange } from '../../core/journal-range.js';
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

/** Entries a dry run shows from each end of what it would add; the rest are counted. */
const PREVIEW = 3;

/**
 * `peerpath import FILE`: read and check the whole file first; if any row is invalid, nothing is
 * written (unless --skip-invalid). Merging happens under the journal lock against the journal as
 * it is at that moment, by id, so nothing is ever duplicated. The closing lines say how many
 * entries came in, the days they cover, and what to run to see them (core/import/report.ts).
 */
export async function importCommand(ctx: Ctx, file: string, opts: ImportOptions): Promise<void> {
  const text = await readInput(ctx, file);
  let format = opts.format;
  if (!format) {
    const { detectFormat, describeUnknownFile } = await import('../../core/import/detect.js');
    format = detectFormat(text) ?? undefined;
    if (!format) throw usageError(`Can't tell what kind of file ${file} is.`, describeUnknownFile(text));
  }
  const parsed = await parseFile(ctx, text, format, opts);
  const invalid = parsed.invalidRows;
  if (parsed.errors.length) {
    ctx.out.info(`${invalid} ${invalid === 1 ? 'row' : 'rows'} in ${file} can't be imported:\n${describeErrors(parsed.errors)}`);
    if (!opts.skipInvalid) {
      throw usageError('Nothing was imported.', 'Fix those rows, or pass --skip-invalid to import the rest.');
    }
  }

  const store = ctx.store();
  const now = ctx.now();
  let plan;
  if (opts.dryRun) {
    plan = planImport(parsed, await store.read(), { now });
  } else {
    plan = await store.update((data) => {
      const p = planImport(parsed, data, { now });
      if (planChangesJournal(p)) Object.assign(data, applyImport(data, p));
      return p;
    });
  }

  const range = entryDayRange(plan.added);
  const summary = {
    file,
    format,
    dryRun: Boolean(opts.dryRun),
    rows: parsed.rows,
    added: plan.added.length,
    from: range?.first ?? null,
    to: range?.last ?? null,
    skipped: plan.skipped,
    differing: plan.differing,
    corrected: plan.corrected.length,
    duplicates: parsed.duplicates,
    invalid,
    savedAdded: plan.savedAdded.length,
    ownGroupsAdded: plan.mineAdded.length,
    restored: Object.keys(plan.otherChanged),
  };
  if (opts.json) {
    ctx.out.json(opts.dryRun ? { ...summary, entries: plan.added } : summary);
  } else if (opts.dryRun && plan.added.length) {
    // A summary, not every entry: the first and last few, oldest first.
    const p = previewEntries(plan.added, PREVIEW);
    const line = (e: Entry) => renderEntryLine(ctx.out.c, e, ctx.out.width);
    const more = p.between ? [ctx.out.c.dim(`  … ${p.between} more …`)] : [];
    ctx.out.data([...p.first.map(line), ...more, ...p.last.map(line)].join('\n'));
  }
  for (const l of importReport({ file, dryRun: Boolean(opts.dryRun), parsed, plan })) {
    ctx.out.info(l.startsWith('Imported ') ? `${ctx.out.ce.green('Imported')}${l.slice('Imported'.length)}` : l);
  }
}
