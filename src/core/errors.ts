/**
 * A problem that stops a run. It carries its exit code; the CLI prints the
 * message without a stack. Checked by shape (`isSlaError`), not instanceof,
 * because the lazily loaded bundles each hold their own copy of this class.
 */
export class SlaError extends Error {
  readonly slaError = true;
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
  return typeof e === 'object' && e !== null && (e as { slaError?: unknown }).slaError === true;
}
