import { parse } from 'yaml';
import { InputError } from '../core/errors';

/**
 * A file of accepted changes: the fingerprint of each (from `sla diff
 * --format json`) with the reason it was accepted.
 *
 *   accepted:
 *     - fingerprint: 5f1c0c6a2e8b9d71
 *       reason: Lowered at the renewal; priced into the new fee.
 */
export function parseAccepted(text: string, file: string): Map<string, string> {
  let data: unknown;
  try {
    data = parse(text, { version: '1.2' });
  } catch (e) {
    throw new InputError(`${file}: not readable YAML: ${String((e as Error).message).split('\n')[0]}`);
  }
  const list = (data as { accepted?: unknown } | null)?.accepted;
  if (!Array.isArray(list)) throw new InputError(`${file}: expected a list under 'accepted:' of { fingerprint, reason }`);
  const out = new Map<string, string>();
  list.forEach((item: { fingerprint?: unknown; reason?: unknown }, i) => {
    const where = `${file}: accepted[${i}]`;
    if (typeof item?.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(item.fingerprint)) throw new InputError(`${where}: 'fingerprint' must be the 16 hex digits sla diff reports`);
    if (typeof item.reason !== 'string' || item.reason.trim() === '') throw new InputError(`${where}: give the 'reason' the change was accepted`);
    out.set(item.fingerprint, item.reason.trim());
  });
  return out;
}
