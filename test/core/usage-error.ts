import { expect } from 'vitest';
import { ExitCode, PeerpathError } from '../../src/core/errors.js';

/** Run `fn`, which must throw a usage error (PeerpathError, exit 2); returns that error. */
export function usageErrorOf(fn: () => unknown): PeerpathError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PeerpathError);
    expect((err as PeerpathError).exitCode).toBe(ExitCode.usage);
    return err as PeerpathError;
  }
  throw new Error('expected a usage error');
}

/** The message of the usage error `fn` throws. */
export const usageMessage = (fn: () => unknown): string => usageErrorOf(fn).message;
