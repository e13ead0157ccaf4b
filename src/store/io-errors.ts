import { ExitCode, PeerpathError } from '../core/errors.js';

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/**
 * A save that failed for a reason the person can fix (permissions, a read-only or full disk)
 * becomes a calm exit-1 message naming the folder; anything else is passed through unchanged.
 * The journal itself is untouched in every case: saves only ever replace it by rename.
 */
export function explainWriteError(err: unknown, dataDir: string): unknown {
  if (err instanceof PeerpathError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const problem = code ? WRITE_PROBLEMS[code] : undefined;
  if (!problem) return err;
  return new PeerpathError(
    `Can't write in ${dataDir}: ${problem}. Nothing was saved; your journal is unchanged.`,
    ExitCode.unexpected,
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'Free some space, then try again.'
      : 'Check who owns that folder and its permissions (`peerpath doctor` shows them), or choose another with --data-dir.',
  );
}
