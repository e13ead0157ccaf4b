import { promises as fsp } from 'node:fs';
import type { Ctx } from '../context.js';
import { arrivalWords } from '../sync/run.js';
import type { MergeDriverOptions } from './define.js';

/**
 * git's merge driver: merge %A (ours) and %B (theirs) by entry, with %O (their common ancestor) as
 * the base, and write the result over %A. Exits non-zero only when a side cannot be read (then %A
 * is left as it was and git reports a conflict). Encrypted sides need the journal's passphrase
 * (PEERPATH_PASSPHRASE_FILE); the result is then encrypted too.
 */
export async function mergeDriver(ctx: Ctx, base: string, ours: string, theirs: string, _opts: MergeDriverOptions): Promise<void> {
  const [{ readCopy }, { mergeJournals, describeArrival }, { serializeJournalBytes }, { writeFileAtomic }] = await Promise.all([
    import('../../store/sync.js'),
    import('../../core/merge.js'),
    import('../../core/journal-schema.js'),
    import('../../store/atomic.js'),
  ]);
  const cipher = () => ctx.store().journalCipher();
  const a = await readCopy(ours, cipher);
  const b = await readCopy(theirs, cipher);
  // No common ancestor (the file was added on both sides): git gives an empty file.
  const hasBase = ((await fsp.stat(base).catch(() => null))?.size ?? 0) > 0;
  const o = hasBase ? await readCopy(base, cipher) : null;
  const merged = mergeJournals([a.data, b.data], o?.data ?? null);
  const plain = serializeJournalBytes(merged);
  const encrypted = a.encrypted || b.encrypted || Boolean(o?.encrypted);
  await writeFileAtomic(ours, encrypted ? await (await cipher()).encrypt(plain) : plain);
  const words = arrivalWords(describeArrival(a.data, merged));
  ctx.out.info(`peerpath merged the journal by entry${words ? `: ${words} from the other side` : ''}.`);
}
