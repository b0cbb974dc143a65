import type { CliIO } from './io';

/**
 * An agreement this large (the reference agreements are 10 to 20 KB, so this
 * is more than a dozen of them) makes a run long enough for the optimising
 * compiler to pay back. Measured on 2 cores: 20,000 unknown keys (378 KB)
 * linted in 4.0 s of CPU without TurboFan, 0.9 s with; 10,000 credit tiers
 * (530 KB) 1.0 s and 0.8 s; 3,000 tiers (160 KB) 0.35 s and 0.5 s.
 */
const LONG_RUN_AGREEMENT_BYTES = 128 * 1024;

/** Tells the IO that the run will be long when an agreement is that large. */
export function noteAgreementSize(bytes: Uint8Array, io: CliIO): void {
  if (bytes.length > LONG_RUN_AGREEMENT_BYTES) io.longRun?.();
}
