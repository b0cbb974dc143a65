/**
 * A problem that stops a run. It carries its exit code; the CLI prints the
 * message without a stack (src/cli/main.ts).
 */
export class SlaError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'SlaError';
  }
}

/** Bad flags or arguments. */
export class UsageError extends SlaError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** Unreadable or malformed input (files, data rows, config). */
export class InputError extends SlaError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'InputError';
  }
}

export function isSlaError(e: unknown): e is SlaError {
  return e instanceof SlaError;
}
