/**
 * Exact decimal arithmetic for comparisons with targets and for money. A JS
 * number is read as the decimal its shortest string shows (0.1 is one tenth),
 * so 100 × (W − D) / W = 99.9 compares exactly equal to a 99.9% target.
 */
export interface Dec {
  readonly m: bigint; // value = m × 10^-e
  readonly e: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export function dec(x: number | string): Dec {
  const text = typeof x === 'number' ? String(x) : x.trim();
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  let e = frac.length - exp;
  let digits = BigInt((m[2] || '0') + frac);
  if (e < 0) {
    digits *= 10n ** BigInt(-e);
    e = 0;
  }
  return { m: m[1] === '-' ? -digits : digits, e };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.e === b.e) return [a.m, b.m, a.e];
  if (a.e > b.e) return [a.m, b.m * 10n ** BigInt(a.e - b.e), a.e];
  return [a.m * 10n ** BigInt(b.e - a.e), b.m, b.e];
}

export function mul(a: Dec, b: Dec): Dec {
  return { m: a.m * b.m, e: a.e + b.e };
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, e] = align(a, b);
  return { m: x + y, e };
}

export function sub(a: Dec, b: Dec): Dec {
  return add(a, { m: -b.m, e: b.e });
}

export function cmp(a: Dec, b: Dec): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a / 10^k, exact. */
export function shift(a: Dec, k: number): Dec {
  return { m: a.m, e: a.e + k };
}

export function toNumber(a: Dec): number {
  if (a.e === 0) return Number(a.m);
  const neg = a.m < 0n;
  const s = (neg ? -a.m : a.m).toString().padStart(a.e + 1, '0');
  const text = `${s.slice(0, s.length - a.e)}.${s.slice(s.length - a.e)}`;
  return Number(neg ? `-${text}` : text);
}

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
