import { cmp, dec, type Dec } from './decimal';

export interface ExtremesState {
  values: Float64Array;
  /** The cell as written, '' while a slot has none. */
  texts: string[];
}

/**
 * The least (or greatest) cell per slot. Doubles decide, since rounding
 * keeps order; two cells with the same double are told apart exactly, and
 * the cell's text is kept so the target sees the decimal as written.
 */
export class Extremes {
  private readonly values: Float64Array;
  private readonly texts: string[];

  constructor(
    readonly length: number,
    private readonly least: boolean,
  ) {
    this.values = new Float64Array(length).fill(least ? Infinity : -Infinity);
    this.texts = new Array<string>(length).fill('');
  }

  /** Whether a cell of this value could replace slot i's (offer() decides). */
  contends(i: number, value: number): boolean {
    const cur = this.values[i]!;
    return this.least ? value <= cur : value >= cur;
  }

  offer(i: number, value: number, text: string): void {
    const cur = this.values[i]!;
    if (this.least ? value < cur : value > cur) {
      this.values[i] = value;
      this.texts[i] = text;
    } else if (value === cur && text !== this.texts[i]) {
      const c = cmp(dec(text), dec(this.texts[i]!));
      if (this.least ? c < 0 : c > 0) this.texts[i] = text;
    }
  }

  has(i: number): boolean {
    return this.texts[i] !== '';
  }

  /** The nearest double (+0 for any zero, whichever cell came first). */
  value(i: number): number {
    return this.values[i]! + 0;
  }

  exact(i: number): Dec {
    return dec(this.texts[i]!);
  }

  exportState(): ExtremesState {
    return { values: this.values.slice(), texts: this.texts.slice() };
  }

  importState(state: ExtremesState): void {
    for (let i = 0; i < this.length; i++) if (state.texts[i] !== '') this.offer(i, state.values[i]!, state.texts[i]!);
  }
}
