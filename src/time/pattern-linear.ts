import { compileSuffix, type Suffix } from './pattern-compile';
import type { Units } from './pattern-match';
import { ANY_SPACE, Field, OPTIONAL_DOT, StepKind, type Step } from './pattern-tokens';

/**
 * Whether a pattern can match a text in one way only, so that greedy steps
 * never need to give back (PatternMatcher's backtracking finds nothing
 * else): every step of varying width is followed by literal text that its
 * own characters cannot continue (a digit run by a non-digit, a name by
 * neither a letter nor a dot, an offset by neither a digit nor ':'), or
 * ends the pattern. Nearly every real pattern is such (`dd/MMM/yy h:mm a`,
 * `yyyy-MM-dd HH:mm:ss`); `yyyyMd` and `ZZZ` offsets are not.
 */
export function isDeterministic(steps: readonly Step[]): boolean {
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k]!;
    // `ZZZ` (+HHMM) may split its digits two ways: '+000' is +0 and 00
    if (s.kind === StepKind.Offset && s.plainOffset) return false;
    const varies = s.kind === StepKind.Names || s.kind === StepKind.Offset || (s.kind === StepKind.Digits && s.min !== s.max);
    if (!varies) continue;
    const next = steps[k + 1];
    if (next === undefined) continue;
    if (next.kind !== StepKind.Literal) return false;
    const c = next.codes[0]!;
    const digit = c >= 48 && c <= 57;
    if (s.kind === StepKind.Digits && digit) return false;
    if (s.kind === StepKind.Offset && (digit || c === 58)) return false;
    if (s.kind === StepKind.Names && (c === 46 || /\p{L}/u.test(String.fromCharCode(c)) || digit)) return false;
  }
  return true;
}

/**
 * The literal step after which cells of consecutive rows mostly agree: the
 * one before the seconds (rows a second or so apart share their minute),
 * else the one before the time of day; -1 when there is none.
 */
function prefixCut(steps: readonly Step[]): number {
  const second = steps.findIndex((s) => s.field === Field.Second);
  if (second > 0 && steps[second - 1]!.kind === StepKind.Literal) return second - 1;
  const time = steps.findIndex((s) => s.field === Field.Hour || s.field === Field.Minute || s.field === Field.Second || s.field === Field.Offset);
  if (time <= 0) return -1;
  return steps[time - 1]!.kind === StepKind.Literal ? time - 1 : -1;
}

const PREFIX_MAX = 64;

/**
 * The matcher of a deterministic pattern: one pass, no recursion. Rows of
 * an export mostly come in time order, so consecutive cells share their
 * date and often their minute (`05/Dec/26 3:45:`): the bytes up to there
 * and the values read from them are kept, and a cell that starts with the
 * same bytes is read from there on (as byte-time.ts does for ISO cells).
 */
export class LinearMatcher {
  readonly values = new Float64Array(Field.Count);
  private units: Units = new Uint8Array(0);
  private end = 0;
  private readonly cut: number;
  private readonly prefix = new Uint8Array(PREFIX_MAX);
  private prefixLength = -1;
  private readonly prefixValues = new Float64Array(Field.Count);
  private readonly prefixWords = new Int32Array(PREFIX_MAX / 4);
  private viewed: Uint8Array | null = null;
  private view: DataView = new DataView(new ArrayBuffer(0));
  /** Whether `values` still hold the kept date part's (no full run has overwritten them since). */
  private holdsPrefix = false;

  private readonly suffix: Suffix | null;

  constructor(private readonly steps: readonly Step[]) {
    this.cut = prefixCut(steps);
    this.suffix = this.cut >= 0 ? compileSuffix(steps, this.cut + 1) : null;
  }

  /** For the compiled suffix: the name step k at pos (where it ends, or -1). */
  nameAt(k: number, pos: number): number {
    return this.name(this.steps[k]!, pos, this.steps[k + 1]);
  }

  offsetAt(pos: number): number {
    return this.offset(pos);
  }

  match(units: Units, start: number, end: number): boolean {
    this.units = units;
    this.end = end;
    const n = this.prefixLength;
    if (n > 0 && end - start > n) {
      const p = this.prefix;
      let same = true;
      let j = 0;
      if (units.BYTES_PER_ELEMENT === 1) {
        // four bytes at a time, as byte-time.ts compares ISO prefixes
        const view = this.viewOf(units as Uint8Array);
        const words = this.prefixWords;
        for (; j + 4 <= n; j += 4) {
          if (view.getInt32(start + j, true) !== words[j >> 2]) {
            same = false;
            break;
          }
        }
      }
      if (same) {
        for (; j < n; j++) {
          if (units[start + j] !== p[j]) {
            same = false;
            break;
          }
        }
      }
      if (same) {
        if (!this.holdsPrefix) this.values.set(this.prefixValues);
        this.holdsPrefix = true;
        return this.suffix!(units, start + n, end, this.values, this) === end;
      }
    }
    this.holdsPrefix = false;
    return this.run(0, start, start);
  }

  private run(k: number, pos: number, start: number): boolean {
    const steps = this.steps;
    const u = this.units;
    const end = this.end;
    for (; k < steps.length; k++) {
      const s = steps[k]!;
      switch (s.kind) {
        case StepKind.Literal: {
          const codes = s.codes;
          if (pos + codes.length > end) return false;
          for (let j = 0; j < codes.length; j++) {
            const c = u[pos + j]!;
            if ((c >= 65 && c <= 90 ? c + 32 : c) !== codes[j]) return false;
          }
          pos += codes.length;
          if (k === this.cut) this.keep(start, pos);
          break;
        }
        case StepKind.Digits: {
          let n = 0;
          let v = 0;
          while (n < s.max && pos + n < end) {
            const d = u[pos + n]! - 48;
            if (d < 0 || d > 9) break;
            v = v * 10 + d;
            n++;
          }
          if (n < s.min || n === 0) return false;
          if (s.field === Field.Fraction) this.values[Field.FractionDigits] = n;
          this.values[s.field] = s.twoDigitYear && v <= 99 ? (v > 60 ? 1900 + v : 2000 + v) : v;
          pos += n;
          break;
        }
        case StepKind.Names: {
          const at = this.name(s, pos, steps[k + 1]);
          if (at < 0) return false;
          pos = at;
          break;
        }
        case StepKind.Offset: {
          const at = this.offset(pos);
          if (at < 0) return false;
          pos = at;
          break;
        }
      }
    }
    return pos === end;
  }

  private viewOf(bytes: Uint8Array): DataView {
    if (bytes !== this.viewed) {
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.viewed = bytes;
    }
    return this.view;
  }

  /** Keeps the date part of a cell (its bytes and the values read from them) for the next. */
  private keep(start: number, pos: number): void {
    const n = pos - start;
    if (n > PREFIX_MAX) return;
    for (let j = 0; j < n; j++) {
      const c = this.units[start + j]!;
      // text (UTF-16) that is not one byte a character is never kept
      if (c > 0x7f) {
        this.prefixLength = -1;
        return;
      }
      this.prefix[j] = c;
    }
    this.prefixLength = n;
    const view = new DataView(this.prefix.buffer);
    for (let w = 0; w + 4 <= n; w += 4) this.prefixWords[w >> 2] = view.getInt32(w, true);
    this.prefixValues.set(this.values);
    this.holdsPrefix = true;
  }

  /** The first alternative (in the list's order) that the next literal, or the end, follows; where it ends, or -1. */
  private name(s: Step, pos: number, next: Step | undefined): number {
    for (let a = 0; a < s.names.length; a++) {
      const codes = s.names[a]!;
      let p = pos;
      let ok = true;
      for (let j = 0; j < codes.length; j++) {
        const c = codes[j]!;
        if (c === OPTIONAL_DOT) {
          if (p < this.end && this.units[p] === 46) p++;
          continue;
        }
        if (p >= this.end) {
          ok = false;
          break;
        }
        const x = lower(this.units[p]!);
        if (c === ANY_SPACE ? x !== 32 && x !== 0xa0 : x !== c) {
          ok = false;
          break;
        }
        p++;
      }
      if (!ok) continue;
      if (next === undefined ? p !== this.end : !this.literalAt(next.codes, p)) continue;
      this.values[s.field] = s.base + a;
      return p;
    }
    return -1;
  }

  private literalAt(codes: Int32Array, p: number): boolean {
    if (p + codes.length > this.end) return false;
    for (let j = 0; j < codes.length; j++) if (lower(this.units[p + j]!) !== codes[j]) return false;
    return true;
  }

  private offset(pos: number): number {
    const u = this.units;
    const sign = u[pos];
    if (sign !== 43 && sign !== 45) return -1;
    let p = pos + 1;
    let hours = 0;
    let n = 0;
    while (n < 2 && p < this.end && isDigit(u[p]!)) {
      hours = hours * 10 + u[p]! - 48;
      p++;
      n++;
    }
    if (n === 0) return -1;
    let minutes = 0;
    const step = this.steps.find((s) => s.kind === StepKind.Offset)!;
    const colon = step.plainOffset ? 0 : 1;
    if ((colon === 0 || (p < this.end && u[p] === 58)) && p + colon + 2 <= this.end && isDigit(u[p + colon]!) && isDigit(u[p + colon + 1]!)) {
      minutes = (u[p + colon]! - 48) * 10 + u[p + colon + 1]! - 48;
      p += colon + 2;
    }
    this.values[Field.Offset] = sign === 45 ? -(hours * 60 + minutes) : hours * 60 + minutes;
    return p;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
