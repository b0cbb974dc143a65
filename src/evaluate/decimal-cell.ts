/**
 * Reading a number cell as the decimal it shows, for exact sums. Short cells
 * (≤ 15 significant digits, the common case) come out as a safe-integer
 * mantissa and a power of ten, with no allocation; longer ones are left to
 * the BigInt path (`dec`).
 */
export interface DecimalCell {
  /** The nearest double. */
  value: number;
  /** True when the cell is exactly mantissa / 10^scale. */
  fast: boolean;
  /** A safe integer, when fast. */
  mantissa: number;
  /** 0 to 22 (powers of ten that are exact doubles), when fast. */
  scale: number;
}

export const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

export function decimalCell(): DecimalCell {
  return { value: 0, fast: true, mantissa: 0, scale: 0 };
}

export const DECIMAL_OK = 0;
export const NOT_A_NUMBER = 1;
/** Beyond the doubles: infinite, or not zero but below the smallest. */
export const OUT_OF_RANGE = 2;
/** From readDecimalBytes: the cell is long or extreme; read its text with readDecimal. */
export const NEEDS_TEXT = 3;

/** Reads sign, digits, fraction and exponent into `out`; the same cells `strictNumber` accepts. */
export function readDecimal(text: string, out: DecimalCell): number {
  const n = text.length;
  let i = 0;
  let c = n > 0 ? text.charCodeAt(0) : 0;
  const neg = c === 45;
  if (neg || c === 43) i++;
  let m = 0;
  let sig = 0;
  let any = false;
  let frac = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    any = true;
    if (sig > 0 || c !== 0) if (++sig <= 15) m = m * 10 + c;
  }
  if (i < n && text.charCodeAt(i) === 46) {
    for (i++; i < n; i++) {
      c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      any = true;
      frac++;
      if (sig > 0 || c !== 0) if (++sig <= 15) m = m * 10 + c;
    }
  }
  if (!any) return NOT_A_NUMBER;
  let exp = 0;
  if (i < n && (text.charCodeAt(i) | 32) === 101) {
    c = text.charCodeAt(++i);
    const expNeg = c === 45;
    if (expNeg || c === 43) i++;
    const first = i;
    for (; i < n; i++) {
      c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      if (exp < 1e9) exp = exp * 10 + c;
    }
    if (i === first) return NOT_A_NUMBER;
    if (expNeg) exp = -exp;
  }
  if (i !== n) return NOT_A_NUMBER;
  if (exact(out, neg, m, sig, frac - exp) === DECIMAL_OK) return DECIMAL_OK;
  const v = Number(text);
  if (!Number.isFinite(v) || v === 0) return OUT_OF_RANGE;
  out.fast = false;
  out.value = v;
  return DECIMAL_OK;
}

/**
 * readDecimal over the ASCII bytes [start, end) of a plain cell, with no
 * string: the same answers, except NEEDS_TEXT where readDecimal would fall
 * back to Number(text) (over 15 significant digits, large exponents).
 */
export function readDecimalBytes(b: Uint8Array, start: number, end: number, out: DecimalCell): number {
  let i = start;
  let c = i < end ? b[i]! : 0;
  const neg = c === 45;
  if (neg || c === 43) i++;
  let m = 0;
  let sig = 0;
  let any = false;
  let frac = 0;
  for (; i < end; i++) {
    c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    any = true;
    if (sig > 0 || c !== 0) if (++sig <= 15) m = m * 10 + c;
  }
  if (i < end && b[i] === 46) {
    for (i++; i < end; i++) {
      c = b[i]! - 48;
      if (c < 0 || c > 9) break;
      any = true;
      frac++;
      if (sig > 0 || c !== 0) if (++sig <= 15) m = m * 10 + c;
    }
  }
  if (!any) return NOT_A_NUMBER;
  let exp = 0;
  if (i < end && (b[i]! | 32) === 101) {
    i++;
    c = i < end ? b[i]! : 0;
    const expNeg = c === 45;
    if (expNeg || c === 43) i++;
    const first = i;
    for (; i < end; i++) {
      c = b[i]! - 48;
      if (c < 0 || c > 9) break;
      if (exp < 1e9) exp = exp * 10 + c;
    }
    if (i === first) return NOT_A_NUMBER;
    if (expNeg) exp = -exp;
  }
  if (i !== end) return NOT_A_NUMBER;
  return exact(out, neg, m, sig, frac - exp);
}

/**
 * The end both readers share: `sig` significant digits (the first 15 in `m`)
 * times 10^-scale. DECIMAL_OK with `out` filled when that is exact in a safe
 * integer and a power of ten, else NEEDS_TEXT.
 */
function exact(out: DecimalCell, neg: boolean, m: number, sig: number, scale: number): number {
  if (sig === 0) return fast(out, neg ? -0 : 0, 0);
  if (sig <= 15) {
    if (scale < 0 && scale >= -22 && m * POW10[-scale]! <= Number.MAX_SAFE_INTEGER) {
      m *= POW10[-scale]!;
      scale = 0;
    }
    if (scale >= 0 && scale <= 22) return fast(out, neg ? -m : m, scale);
  }
  return NEEDS_TEXT;
}

function fast(out: DecimalCell, mantissa: number, scale: number): number {
  out.fast = true;
  out.mantissa = mantissa;
  out.scale = scale;
  // both exact doubles: one correctly rounded division
  out.value = scale === 0 ? mantissa : mantissa / POW10[scale]!;
  return DECIMAL_OK;
}
