/** Exit codes from the interface contract. */
export const ExitCode = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  unreadable: 3,
  locked: 4,
  passphrase: 5,
  cancelled: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The one error type. Commands throw it; only src/main.ts turns it into an exit code. */
export class PeerpathError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;
  constructor(message: string, exitCode: number = ExitCode.unexpected, hint?: string) {
    super(message);
    this.name = 'PeerpathError';
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** A usage or invalid-input error (exit 2). */
export const usageError = (message: string, hint?: string) => new PeerpathError(message, ExitCode.usage, hint);
