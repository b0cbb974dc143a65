import { cmp, dec } from '../../core/decimal';
import type { NodePath } from '../../core/diagnostic';
import { parseDuration } from '../../time';
import type { Rule } from '../rule';

/** A YAML 1.2 decimal as written; hexadecimal and octal integers have their own forms. */
const DECIMAL = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;
const INTEGER = /^(?:0x[0-9a-fA-F]+|0o[0-7]+)$/;
/** 16 digits (a dot between them allowed), an exponent, 0x or 0o: below that every decimal YAML reads is exact. */
const MAYBE_INEXACT = /\d[\d.]{15}|\d[eE][-+]?\d|\b0[xo]/;
const DURATION = /^(?:(?:\d+[dhms])+|P(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:[.,]\d+)?S)?)?)$/;

/**
 * How the number written as `source` differs from the double YAML read, or
 * null when they are the same number (0.1 is one tenth: the shortest text
 * of its double shows it, and every calculation reads it so).
 */
export function inexact(source: string, value: number): string | null {
  if (!Number.isFinite(value)) return null;
  if (INTEGER.test(source)) {
    return Number.isInteger(value) && BigInt(value) === BigInt(source) ? null : String(value);
  }
  if (!DECIMAL.test(source)) return null;
  // 1e-999999999 is 0: said without the decimal arithmetic, which would build a billion-digit number
  if (value === 0) return /[1-9]/.test(source.split(/[eE]/)[0]!) ? '0' : null;
  return cmp(dec(source), dec(value)) === 0 ? null : String(value);
}

/** Whether a duration's parts and total stay whole numbers of milliseconds that calculations hold exactly. */
export function durationFits(text: string): boolean {
  if ((text.match(/\d+/g) ?? []).some((digits) => !Number.isSafeInteger(Number(digits)))) return false;
  const ms = parseDuration(text);
  return ms === null || Number.isSafeInteger(ms);
}

export const exactNumber: Rule = {
  id: 'exact-number',
  description: 'Numbers and durations are read exactly as written: no digits lost to rounding, no duration too long to compute with.',
  defaultSeverity: 'error',
  check(context) {
    const { doc } = context;
    // Reading a number's source text builds the position index, which a clean file never needs: only text with a
    // long run of digits, an exponent or a hex/octal prefix can hold a number YAML reads inexactly.
    const numbers = MAYBE_INEXACT.test(doc.text);
    const visit = (value: unknown, path: NodePath): void => {
      if (typeof value === 'number') {
        if (!numbers) return;
        const at = doc.map.valueOffsets(path);
        const source = at ? doc.text.slice(at[0], at[1]).trim() : '';
        const read = source ? inexact(source, value) : null;
        if (read !== null) {
          context.report(path, `${source} cannot be held exactly: it would be read as ${read} (write at most 15 significant digits)`);
        }
      } else if (typeof value === 'string') {
        if (DURATION.test(value) && !durationFits(value)) {
          context.report(path, `the duration '${value}' is too long to compute with (the limit is about 285,000 years)`);
        }
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => visit(v, [...path, i]));
      } else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
      }
    };
    visit(context.agreement, []);
  },
};
