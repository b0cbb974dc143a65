import type { Units } from './pattern-match';
import { Field, StepKind, type Step } from './pattern-tokens';

/** What compiled code calls back for the steps it does not write out. */
export interface SuffixHelp {
  nameAt(k: number, pos: number): number;
  offsetAt(pos: number): number;
}

/** A straight run of steps from one step on: where it ends, or -1. */
export type Suffix = (u: Units, pos: number, end: number, v: Float64Array, self: SuffixHelp) => number;

/**
 * Writes the steps from `from` on as one straight function, with the
 * steps' numbers in its code: no loop over steps, no step object read per
 * cell. This is the path of nearly every cell (the part after the kept
 * prefix). Only integers from the compiled steps go into the code, never
 * text of the pattern or the data. Names and offsets call back.
 */
export function compileSuffix(steps: readonly Step[], from: number): Suffix {
  const int = (x: number): number => {
    if (!Number.isSafeInteger(x)) throw new Error(`compileSuffix: ${x} is not an integer`);
    return x;
  };
  const lines = ['"use strict";', 'let c = 0, d = 0, e = 0, n = 0, x = 0;'];
  for (let k = from; k < steps.length; k++) {
    const s = steps[k]!;
    switch (s.kind) {
      case StepKind.Literal: {
        lines.push(`if (pos + ${int(s.codes.length)} > end) return -1;`);
        s.codes.forEach((code, j) => {
          const letter = code >= 97 && code <= 122;
          lines.push(`c = u[pos + ${j}]; if (c !== ${int(code)}${letter ? ` && c !== ${code - 32}` : ''}) return -1;`);
        });
        lines.push(`pos += ${s.codes.length};`);
        break;
      }
      case StepKind.Digits: {
        const f = int(s.field);
        const year = s.twoDigitYear ? ' x = x <= 99 ? (x > 60 ? 1900 + x : 2000 + x) : x;' : '';
        if (s.min === 2 && s.max === 2) {
          lines.push('if (pos + 2 > end) return -1; d = u[pos] - 48; e = u[pos + 1] - 48;');
          lines.push(`if (d < 0 || d > 9 || e < 0 || e > 9) return -1; x = d * 10 + e;${year} v[${f}] = x; pos += 2;`);
        } else {
          lines.push(`n = 0; x = 0; while (n < ${int(s.max)} && pos + n < end) { d = u[pos + n] - 48; if (d < 0 || d > 9) break; x = x * 10 + d; n++; }`);
          lines.push(`if (n < ${int(s.min)} || n === 0) return -1;${year} v[${f}] = x;${s.field === Field.Fraction ? ` v[${int(Field.FractionDigits)}] = n;` : ''} pos += n;`);
        }
        break;
      }
      case StepKind.Names:
        lines.push(`pos = self.nameAt(${k}, pos); if (pos < 0) return -1;`);
        break;
      case StepKind.Offset:
        lines.push('pos = self.offsetAt(pos); if (pos < 0) return -1;');
        break;
    }
  }
  lines.push('return pos;');
  return new Function('u', 'pos', 'end', 'v', 'self', lines.join('\n')) as Suffix;
}
