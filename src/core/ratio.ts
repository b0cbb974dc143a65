import type { Dec } from './decimal';

/**
 * Exact rationals, for money that is not a finite decimal: a share of a
 * credit base for the time down (base × downtime ÷ period length), a fee
 * prorated by time, a cap in days of service. Kept exact to the end;
 * `toNumber` rounds once, for output.
 */
export interface Ratio {
  /** value = n / d, d > 0. */
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function norm(n: bigint, d: bigint): Ratio {
  if (d === 0n) throw new RangeError('ratio: division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ratio = (n: bigint | number, d: bigint | number = 1n): Ratio => norm(BigInt(n), BigInt(d));
export const fromDec = (x: Dec): Ratio => norm(x.m, 10n ** BigInt(x.e));
export const ZERO_RATIO: Ratio = { n: 0n, d: 1n };

export const addR = (a: Ratio, b: Ratio): Ratio => norm(a.n * b.d + b.n * a.d, a.d * b.d);
export const subR = (a: Ratio, b: Ratio): Ratio => norm(a.n * b.d - b.n * a.d, a.d * b.d);
export const mulR = (a: Ratio, b: Ratio): Ratio => norm(a.n * b.n, a.d * b.d);
export const divR = (a: Ratio, b: Ratio): Ratio => norm(a.n * b.d, a.d * b.n);
export const cmpR = (a: Ratio, b: Ratio): -1 | 0 | 1 => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
export const minR = (a: Ratio, b: Ratio): Ratio => (cmpR(a, b) <= 0 ? a : b);
export const maxR = (a: Ratio, b: Ratio): Ratio => (cmpR(a, b) >= 0 ? a : b);


/** The double nearest to the ratio. */
export const ratioToNumber = (a: Ratio): number => quotientToNumber(a.n, a.d);

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

