import { cmp, dec, mul, type Dec } from '../core/decimal';

export { add, cmp, dec, mul, shift, sub, toNumber, type Dec } from '../core/decimal';

/** 2^k as a double, for k beyond the range one power reaches. */
function timesPow2(x: number, k: number): number {
  if (k > 1023) return x * 2 ** 1023 * 2 ** (k - 1023);
  if (k < -1022) return x * 2 ** -1022 * 2 ** (k + 1022);
  return x * 2 ** k;
}

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/** The double nearest to num / den (den ≠ 0), ties to even: one rounding, never two. */
export function quotientToNumber(num: bigint, den: bigint): number {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (num === 0n) return 0;
  const neg = num < 0n;
  const p = neg ? -num : num;
  // scale so the quotient has 53 bits (fewer below the normal range: 2^-1074 is the last bit there)
  let s = Math.min(1074, 53 - (bitLength(p) - bitLength(den)));
  let q = 0n;
  let r = 0n;
  let d = den;
  for (;;) {
    const n = s >= 0 ? p << BigInt(s) : p;
    d = s >= 0 ? den : den << BigInt(-s);
    q = n / d;
    r = n - q * d;
    if (q < 1n << 53n) break;
    s--;
  }
  const twice = 2n * r;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  const x = timesPow2(Number(q), -s);
  return neg ? -x : x;
}

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
