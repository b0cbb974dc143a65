import { ANY_SPACE, Field, OPTIONAL_DOT, StepKind, type Step } from './pattern-tokens';

/** Code units: a cell's ASCII bytes, or the UTF-16 units of a lower-cased text. */
export type Units = Uint8Array | Uint16Array;

/**
 * Matches cells against a pattern's steps as Luxon's regular expression does
 * (anchored, greedy, backtracking), with no regex and no string per cell.
 * Numbers and names go into `values` (Field order); a step that fails sends
 * the previous one back to its next shorter choice. Letters compare
 * lower-cased: ASCII bytes are folded here, text arrives folded.
 */
export class PatternMatcher {
  readonly values = new Float64Array(Field.Count);
  private units: Units = new Uint8Array(0);
  private end = 0;

  constructor(private readonly steps: readonly Step[]) {}

  /** True when units[start, end) matches the whole pattern. */
  match(units: Units, start: number, end: number): boolean {
    this.units = units;
    this.end = end;
    return this.from(0, start);
  }

  private from(k: number, pos: number): boolean {
    if (k === this.steps.length) return pos === this.end;
    const s = this.steps[k]!;
    switch (s.kind) {
      case StepKind.Literal: {
        const codes = s.codes;
        if (pos + codes.length > this.end) return false;
        for (let j = 0; j < codes.length; j++) if (lower(this.units[pos + j]!) !== codes[j]) return false;
        return this.from(k + 1, pos + codes.length);
      }
      case StepKind.Digits: {
        const u = this.units;
        let n = 0;
        while (n < s.max && pos + n < this.end && isDigit(u[pos + n]!)) n++;
        for (; n >= s.min && n > 0; n--) {
          let v = 0;
          for (let j = 0; j < n; j++) v = v * 10 + u[pos + j]! - 48;
          if (s.field === Field.Fraction) this.values[Field.FractionDigits] = n;
          this.values[s.field] = s.twoDigitYear && v <= 99 ? (v > 60 ? 1900 + v : 2000 + v) : v;
          if (this.from(k + 1, pos + n)) return true;
        }
        return false;
      }
      case StepKind.Names:
        for (let a = 0; a < s.names.length; a++) {
          this.values[s.field] = s.base + a;
          if (this.name(s.names[a]!, 0, pos, k)) return true;
        }
        return false;
      case StepKind.Offset:
        return this.offset(s, k, pos);
    }
  }

  /** Name characters from j on at pos, then the rest; an optional dot is tried taken first. */
  private name(codes: Int32Array, j: number, pos: number, k: number): boolean {
    for (; j < codes.length; j++) {
      const c = codes[j]!;
      if (c === OPTIONAL_DOT) {
        if (pos < this.end && this.units[pos] === 46 && this.name(codes, j + 1, pos + 1, k)) return true;
        continue;
      }
      if (pos >= this.end) return false;
      const u = lower(this.units[pos]!);
      if (c === ANY_SPACE ? u !== 32 && u !== 0xa0 : u !== c) return false;
      pos++;
    }
    return this.from(k + 1, pos);
  }

  /** `[+-]H{1,2}` then minutes (`:MM` for Z and ZZ, `MM` for ZZZ) or none, in the regex's order. */
  private offset(s: Step, k: number, pos: number): boolean {
    const u = this.units;
    const sign = u[pos];
    if (sign !== 43 && sign !== 45) return false;
    for (let hn = 2; hn >= 1; hn--) {
      if (!this.digitsAt(pos + 1, hn)) continue;
      const hours = this.read(pos + 1, hn);
      const at = pos + 1 + hn;
      const colon = s.plainOffset ? 0 : 1;
      if ((colon === 0 || (at < this.end && u[at] === 58)) && this.digitsAt(at + colon, 2)) {
        const minutes = this.read(at + colon, 2);
        this.values[Field.Offset] = sign === 45 ? -(hours * 60 + minutes) : hours * 60 + minutes;
        if (this.from(k + 1, at + colon + 2)) return true;
      }
      this.values[Field.Offset] = sign === 45 ? -hours * 60 : hours * 60;
      if (this.from(k + 1, at)) return true;
    }
    return false;
  }

  private digitsAt(pos: number, n: number): boolean {
    if (pos + n > this.end) return false;
    for (let j = 0; j < n; j++) if (!isDigit(this.units[pos + j]!)) return false;
    return true;
  }

  private read(pos: number, n: number): number {
    let v = 0;
    for (let j = 0; j < n; j++) v = v * 10 + this.units[pos + j]! - 48;
    return v;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
