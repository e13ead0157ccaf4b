import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { usageError } from '../../core/errors.js';
import { DEFAULT_SPAN, type ExportFormat, type ExportInput, type ExportOutput } from '../../core/export/common.js';
import { otherJournalKeys } from '../../core/export/json.js';
import { allPeriod, elsewhereMessage, entryDayRange, resolvePeriodOrAll } from '../../core/journal-range.js';
import { filterByPeriod } from '../../core/stats.js';
import type { Ctx } from '../context.js';
import { programName } from '../programs/lookup.js';
import type { ExportOptions } from './define.js';

/** Formatters load only when used. */
const EXPORTERS: Record<ExportFormat, () => Promise<(input: ExportInput) => ExportOutput>> = {
  md: async () => (await import('../../core/export/md.js')).exportMarkdown,
  csv: async () => (await import('../../core/export/csv.js')).exportCsv,
  json: async () => (await import('../../core/export/json.js')).exportJson,
  html: async () => (await import('../../core/export/html.js')).exportHtml,
};

const EXTENSIONS: Record<string, ExportFormat> = { '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.json': 'json', '.html': 'html', '.htm': 'html' };

function chooseFormat(opts: ExportOptions): ExportFormat {
  if (opts.format) return opts.format;
  const fromExt = opts.output ? EXTENSIONS[extname(opts.output).toLowerCase()] : undefined;
  if (fromExt) return fromExt;
  throw usageError('Which format? Pass --format md, csv, json or html.', 'For example: peerpath export --format md > summary.md');
}

/** Whether a path exists (a dangling link counts). */
export function exists(file: string): Promise<boolean> {
  return fsp.lstat(file).then(() => true, () => false);
}

export const existsError = (file: string) =>
  usageError(`${file} already exists, so nothing was written.`, 'Pass --force to replace it, or choose another --output name.');

/**
 * Write a file readable only by its owner (0600). Written to a temporary file beside it first, so
 * a crash never leaves half a report; then linked into place (fails if the name was taken
 * meanwhile) or, with --force, renamed over the old file.
 */
export async function writeExportFile(file: string, content: string, force: boolean): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await fsp.open(tmp, 'wx', 0o600);
    try {
      await fh.writeFile(content, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (force) {
      await fsp.rename(tmp, file);
    } else {
      await fsp.link(tmp, file);
      await fsp.unlink(tmp);
    }
  } catch (err) {
    await fsp.unlink(tmp).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw existsError(file);
    if (code === 'ENOENT') throw usageError(`The folder for ${file} does not exist.`, 'Create it first, or choose another --output path.');
    if (code === 'EACCES' || code === 'EPERM') throw usageError(`Can't write ${file}: permission denied.`);
    if (code === 'EISDIR') throw usageError(`${file} is a folder.`, 'Give a file name, e.g. --output report.html.');
    throw err;
  }
}

/**
 * `peerpath export`: stdout unless --output; never overwrites without --force. md, csv and html
 * leave private entries out unless --include-private; json is the full backup (private entries
 * and every other key of the journal) unless --exclude-private.
 */
export async function exportCommand(ctx: Ctx, given: ExportOptions): Promise<void> {
  // `--output -` means standard output, as most tools read it.
  const opts = given.output === '-' ? { ...given, output: undefined } : given;
  const format = chooseFormat(opts);
  const now = ctx.now();
  if (opts.includePrivate && opts.excludePrivate) throw usageError('Use either --include-private or --exclude-private, not both.');
  const asked = resolvePeriodOrAll(opts, now, DEFAULT_SPAN[format]);
  if (opts.output && !opts.force && (await exists(opts.output))) throw existsError(opts.output);
  const data = await ctx.store().read();
  const period = asked ?? allPeriod(data.entries);
  const includePrivate = format === 'json' ? !opts.excludePrivate : Boolean(opts.includePrivate);
  const exporter = await EXPORTERS[format]();
  const result = exporter({
    entries: data.entries,
    saved: data.saved,
    mine: data.mine,
    questionnaires: data.questionnaires ?? [],
    ...(format === 'json' ? { other: otherJournalKeys(data) } : {}),
    period,
    now,
    includePrivate,
    notes: opts.notes !== false,
    programName: (id) => programName(id, data),
    // The plan: in md and html only when asked (--include-plan); never in csv; json carries it with `other`.
    plan: opts.includePlan && (format === 'md' || format === 'html') ? data.plan : undefined,
  });

  if (opts.output) {
    await writeExportFile(opts.output, result.content, Boolean(opts.force));
    ctx.out.info(`Saved ${result.count} ${result.count === 1 ? 'entry' : 'entries'} (${period.label}) as ${format} to ${opts.output}.`);
  } else {
    ctx.out.data(result.content);
  }
  if (result.count === 0 && result.leftOut === 0) {
    ctx.out.info(elsewhereMessage(entryDayRange(data.entries), period.label, 'add --all to export them all') ?? `No check-ins in this period (${period.label}).`);
  }
  const privateHere = format === 'json' && includePrivate ? filterByPeriod(data.entries, period).filter((e) => e.private).length : 0;
  if (privateHere > 0) {
    ctx.out.info(`${privateHere} private ${privateHere === 1 ? 'entry is' : 'entries are'} included (this is a full backup); --exclude-private leaves ${privateHere === 1 ? 'it' : 'them'} out.`);
  }
  if (result.leftOut > 0) {
    const how = format === 'json' ? ' (--exclude-private)' : `; add --include-private to include ${result.leftOut === 1 ? 'it' : 'them'}`;
    ctx.out.info(`${result.leftOut} private ${result.leftOut === 1 ? 'entry was' : 'entries were'} left out${how}.`);
  }
}
