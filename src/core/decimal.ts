/**
 * Exact decimals, shared by lint (tier bounds), evaluate (targets, money) and
 * render. A JS number is read as the decimal its shortest string shows (0.1 is
 * one tenth), so 100 × (W − D) / W = 99.9 compares exactly equal to a 99.9%
 * target, and `< 99.9%` and `<= 99.9%` differ exactly at 99.9.
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
  return Number(toText(a));
}

/** The decimal as plain text ("4.995", "-0.5", "12000"), exactly. */
export function toText(a: Dec): string {
  if (a.e === 0) return a.m.toString();
  const neg = a.m < 0n;
  const s = (neg ? -a.m : a.m).toString().padStart(a.e + 1, '0');
  const text = `${s.slice(0, s.length - a.e)}.${s.slice(s.length - a.e)}`;
  return neg ? `-${text}` : text;
}

/** Like dec(), but null for text that is not a decimal. */
export function parseDec(x: number | string): Dec | null {
  if (typeof x === 'number' && !Number.isFinite(x)) return null;
  try {
    return dec(x);
  } catch {
    return null;
  }
}
