import { add, dec, toNumber, type Dec } from './decimal';
import { POW10, type DecimalCell } from './decimal-cell';

/** Plain data of an ExactSums, structured-clone-able. */
export interface ExactSumsState {
  fast: Float64Array;
  scale: Uint8Array;
  /** Slots with a BigInt part: the slot, its mantissa as decimal text, its exponent. */
  bigSlot: number[];
  bigM: string[];
  bigE: number[];
}

/**
 * Exact sums of decimal cells, one per slot. Each slot is a safe integer
 * scaled by 10^scale (the fast path: a Number add and a range check per
 * row) plus, once that would leave 2^53, a BigInt part it spills into.
 */
export class ExactSums {
  private readonly fast: Float64Array;
  private readonly scale: Uint8Array;
  private readonly big = new Map<number, Dec>();

  constructor(readonly length: number) {
    this.fast = new Float64Array(length);
    this.scale = new Uint8Array(length);
  }

  /** Adds a cell read by readDecimal (its text for the slow path). */
  add(i: number, cell: DecimalCell, text: string): void {
    if (cell.fast) this.addScaled(i, cell.mantissa, cell.scale);
    else this.addDec(i, dec(text));
  }

  /** Adds m / 10^s: m a safe integer, 0 <= s <= 22. */
  addScaled(i: number, m: number, s: number): void {
    const cur = this.scale[i]!;
    let sum: number;
    if (s === cur) sum = this.fast[i]! + m;
    else if (s < cur) sum = this.fast[i]! + m * POW10[cur - s]!;
    else {
      const grown = this.fast[i]! * POW10[s - cur]!;
      sum = Number.isSafeInteger(grown) ? grown + m : NaN;
      if (Number.isSafeInteger(sum)) this.scale[i] = s;
    }
    if (Number.isSafeInteger(sum)) {
      this.fast[i] = sum;
      return;
    }
    this.spill(i);
    this.fast[i] = m;
    this.scale[i] = s;
  }

  addDec(i: number, d: Dec): void {
    const b = this.big.get(i);
    this.big.set(i, b ? add(b, d) : d);
  }

  private spill(i: number): void {
    if (this.fast[i] !== 0) this.addDec(i, { m: BigInt(this.fast[i]!), e: this.scale[i]! });
    this.fast[i] = 0;
    this.scale[i] = 0;
  }

  /** The exact sum of slot i. */
  total(i: number): Dec {
    const f: Dec = { m: BigInt(this.fast[i]!), e: this.scale[i]! };
    const b = this.big.get(i);
    return b ? add(b, f) : f;
  }

  /** The sum exactly, or undefined when `value(i)` already is exact and shows it (a safe integer). */
  exact(i: number): Dec | undefined {
    return this.scale[i] === 0 && !this.big.has(i) ? undefined : this.total(i);
  }

  /** The double nearest to the sum. */
  value(i: number): number {
    if (this.big.has(i)) return toNumber(this.total(i));
    const s = this.scale[i]!;
    return s === 0 ? this.fast[i]! : this.fast[i]! / POW10[s]!;
  }

  sign(i: number): number {
    if (!this.big.has(i)) return Math.sign(this.fast[i]!);
    const m = this.total(i).m;
    return m > 0n ? 1 : m < 0n ? -1 : 0;
  }

  exportState(): ExactSumsState {
    const slots = [...this.big.keys()];
    return {
      fast: this.fast.slice(),
      scale: this.scale.slice(),
      bigSlot: slots,
      bigM: slots.map((i) => this.big.get(i)!.m.toString()),
      bigE: slots.map((i) => this.big.get(i)!.e),
    };
  }

  importState(state: ExactSumsState): void {
    if (state.fast.length !== this.length) throw new Error(`exact sums: ${state.fast.length} slots where ${this.length} were expected`);
    for (let i = 0; i < this.length; i++) if (state.fast[i] !== 0) this.addScaled(i, state.fast[i]!, state.scale[i]!);
    state.bigSlot.forEach((i, k) => this.addDec(i, { m: BigInt(state.bigM[k]!), e: state.bigE[k]! }));
  }
}
