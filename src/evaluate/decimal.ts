import { cmp, dec, mul, type Dec } from '../core/decimal';

export { add, cmp, dec, mul, shift, sub, toNumber, type Dec } from '../core/decimal';
export { quotientToNumber } from '../core/ratio';

/** A value that is scale × num / den, kept apart so it can be compared exactly. */
export interface Fraction {
  readonly num: number;
  readonly den: number;
  readonly scale: number;
  /** num exactly, when num is only its nearest double (exact sums of decimals). */
  readonly exactNum?: Dec;
  /** den exactly, likewise. */
  readonly exactDen?: Dec;
}

/** Sign of (scale × num / den) − (threshold × factor), den > 0. */
export function compareFraction(f: Fraction, threshold: Dec, factor = 1): -1 | 0 | 1 {
  const left = mul(dec(f.scale), f.exactNum ?? dec(f.num));
  const right = mul(mul(threshold, dec(factor)), f.exactDen ?? dec(f.den));
  return cmp(left, right);
}
