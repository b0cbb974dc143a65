/**
 * Exact decimals for comparing targets, tiers and credits: `99.9` is kept as
 * 999 × 10^-1, so `< 99.9%` and `<= 99.9%` differ exactly at 99.9 and no float
 * noise decides a boundary.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const NUMBER = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

export function parseDecimal(text: string | number): Decimal | null {
  const m = NUMBER.exec(String(text).trim());
  if (!m) return null;
  const fraction = m[3] ?? '';
  let units = BigInt(m[2] + fraction);
  let scale = fraction.length - Number(m[4] ?? 0);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: m[1] === '-' ? -units : units, scale };
}

function align(a: Decimal, b: Decimal): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale)];
}

export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function times(a: Decimal, factor: number): Decimal {
  return { units: a.units * BigInt(factor), scale: a.scale };
}

export const decimal = (text: string): Decimal => parseDecimal(text) as Decimal;
