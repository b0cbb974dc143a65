import { dec, quotientToNumber, type Dec } from '../decimal';

/**
 * A share of downtime in (0, 1], exactly num / den, with its nearest double:
 * a weight cell (`downtime.weight`) or a slice's share of bad rows
 * (`sliceMeasure: mean`). Downtime is then length × share, summed exactly.
 */
export interface Share {
  readonly value: number;
  readonly num: bigint;
  readonly den: bigint;
}

export const WHOLE: Share = { value: 1, num: 1n, den: 1n };

/**
 * The share a weight shows. Weights are read as decimals of at most 15
 * significant digits, which a double holds exactly enough to print them
 * back: its shortest form is the decimal read, so no digits are lost.
 */
export function decimalShare(x: number): Share {
  if (x === 1) return WHOLE;
  const d = dec(x);
  return { value: x, num: d.m, den: 10n ** BigInt(d.e) };
}

function scaled(d: Dec, e: number): bigint {
  return d.m * 10n ** BigInt(e - d.e);
}

/** 1 − good / total (total > 0): a slice's share of rows that are not good; num ≤ 0 when none is bad. */
export function badShare(good: Dec, total: Dec): Share {
  const e = Math.max(good.e, total.e);
  const t = scaled(total, e);
  const num = t - scaled(good, e);
  if (num === t) return WHOLE;
  if (num <= 0n) return { value: 0, num: 0n, den: 1n };
  const g = gcd(num, t);
  return { value: quotientToNumber(num, t), num: num / g, den: t / g };
}

/** Orders shares exactly (the doubles decide unless they are equal). */
export function compareShares(a: Share, b: Share): number {
  if (a.value !== b.value) return a.value - b.value;
  const x = a.num * b.den;
  const y = b.num * a.den;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/**
 * Above this many bits of denominator a sum goes on in doubles: the mean of
 * a month of minute slices with varied totals would otherwise carry a
 * denominator of hundreds of thousands of digits (the lcm of the totals).
 */
const MAX_DEN_BITS = 4096n;

/**
 * A duration in ms that is a sum of lengths × shares, kept exactly as
 * whole + num / den. Whole downtime (share 1, the common case) adds as a
 * plain integer number.
 */
export class ExactDuration {
  private whole = 0;
  private num = 0n;
  private den = 1n;
  /** Set once the denominator grew too large: the fraction is then `approx`. */
  private approx: number | null = null;

  add(ms: number, share: Share = WHOLE): void {
    if (ms === 0) return;
    // a share of 1 is the only one with denominator 1 (WHOLE itself first: comparing BigInts is
    // a call into the runtime, and whole downtime is added once per stretch)
    if (share === WHOLE || share.den === 1n) this.whole += ms;
    else this.addFraction(BigInt(ms) * share.num, share.den, ms * share.value);
  }

  addDuration(other: ExactDuration): void {
    this.whole += other.whole;
    if (other.approx !== null) this.inDoubles(other.approx);
    else if (other.num !== 0n) this.addFraction(other.num, other.den, quotientToNumber(other.num, other.den));
  }

  private inDoubles(value: number): void {
    this.approx = (this.approx ?? (this.num === 0n ? 0 : quotientToNumber(this.num, this.den))) + value;
    this.num = 0n;
    this.den = 1n;
  }

  private addFraction(n: bigint, d: bigint, value: number): void {
    if (this.approx !== null) {
      this.approx += value;
      return;
    }
    if (d === this.den) this.num += n;
    else {
      const g = gcd(this.den, d);
      this.num = this.num * (d / g) + n * (this.den / g);
      this.den = (this.den / g) * d;
      const r = gcd(this.num, this.den);
      if (r !== 1n) {
        this.num /= r;
        this.den /= r;
      }
    }
    if (this.den >> MAX_DEN_BITS !== 0n) this.inDoubles(0);
  }

  /** True when the sum is an integer number of ms held exactly. */
  get isWhole(): boolean {
    return this.num === 0n && this.approx === null;
  }

  /** The nearest double. */
  get value(): number {
    if (this.approx !== null) return this.whole + this.approx;
    return this.num === 0n ? this.whole : quotientToNumber(BigInt(this.whole) * this.den + this.num, this.den);
  }

  /** num / den exactly, or null once the sum went on in doubles. */
  exact(): { num: bigint; den: bigint } | null {
    if (this.approx !== null) return null;
    return { num: BigInt(this.whole) * this.den + this.num, den: this.den };
  }

  /** The sum rounded down to a whole number of units (ms), as a whole duration. */
  floorTo(unit: number): number {
    if (this.approx !== null) return Math.floor((this.whole + this.approx) / unit) * unit;
    if (this.num === 0n) return Math.floor(this.whole / unit) * unit;
    const q = (BigInt(this.whole) * this.den + this.num) / (this.den * BigInt(unit));
    return Number(q) * unit;
  }
}
