import type { NameTables } from './pattern-names';

/** A run of a pattern: a token (`yyyy`, `MMM`) or literal text. */
export interface PatternToken {
  literal: boolean;
  val: string;
}

/**
 * Splits a pattern as Luxon's Formatter.parseFormat does: runs of one
 * letter are tokens, text in single quotes is literal ('' is a quote), and
 * any other character is literal.
 */
export function tokenize(format: string): PatternToken[] {
  const out: PatternToken[] = [];
  let current: string | null = null;
  let run = '';
  let quoted = false;
  const push = (literal: boolean): void => {
    if (run.length > 0) out.push({ literal, val: run });
  };
  for (const c of format) {
    if (c === "'") {
      if (run.length > 0 || quoted) out.push({ literal: quoted || /^\s+$/.test(run), val: run === '' ? "'" : run });
      current = null;
      run = '';
      quoted = !quoted;
    } else if (quoted) run += c;
    else if (c === current) run += c;
    else {
      push(!/[A-Za-z]/.test(run));
      run = c;
      current = c;
    }
  }
  push(quoted || !/[A-Za-z]/.test(run));
  return out;
}

export const enum Field {
  Year,
  Month,
  Day,
  Hour,
  Minute,
  Second,
  Millisecond,
  /** Fractional seconds (`u`): the digits' value; FractionDigits their count. */
  Fraction,
  FractionDigits,
  /** 0 AM, 1 PM. */
  Meridiem,
  /** 1 Monday .. 7 Sunday. */
  Weekday,
  /** Minutes east of UTC. */
  Offset,
  Count,
}

export const enum StepKind {
  Literal,
  Digits,
  Names,
  Offset,
}

/** Name characters beyond code units: an optional '.', and a space that may be a no-break space. */
export const OPTIONAL_DOT = -1;
export const ANY_SPACE = -2;

export interface Step {
  kind: StepKind;
  field: Field;
  /** Digits: how many, at least and at most. */
  min: number;
  max: number;
  /** Digits: a two-digit year ('yy') is completed as Luxon does. */
  twoDigitYear: boolean;
  /** Literal: lower-cased code units. */
  codes: Int32Array;
  /** Names: the alternatives (lower-cased), and the value of the first. */
  names: Int32Array[];
  base: number;
  /** Offset: 'ZZZ' takes minutes without a colon. */
  plainOffset: boolean;
}

/** Every step has the same fields in the same order (one hidden class: the matchers read them per cell). */
function step(kind: StepKind, field: Field, extra: Partial<Step> = {}): Step {
  return {
    kind,
    field,
    min: extra.min ?? 0,
    max: extra.max ?? 0,
    twoDigitYear: extra.twoDigitYear ?? false,
    codes: extra.codes ?? new Int32Array(0),
    names: extra.names ?? [],
    base: extra.base ?? 0,
    plainOffset: extra.plainOffset ?? false,
  };
}

const digits = (field: Field, min: number, max: number, twoDigitYear = false): Step => step(StepKind.Digits, field, { min, max, twoDigitYear });

export function literalStep(text: string): Step {
  const lower = text.toLowerCase();
  return step(StepKind.Literal, Field.Count, { codes: Int32Array.from(lower, (c) => c.charCodeAt(0)) });
}

/** A name as Luxon's oneOf matches it: case-insensitive, dots optional, space or no-break space. */
function nameCodes(name: string): Int32Array {
  const out: number[] = [];
  for (const c of name.toLowerCase()) {
    const code = c.charCodeAt(0);
    out.push(c === '.' ? OPTIONAL_DOT : c === ' ' || code === 0xa0 ? ANY_SPACE : code);
  }
  return Int32Array.from(out);
}

function names(field: Field, list: string[], base: number): Step {
  return step(StepKind.Names, field, { names: list.map(nameCodes), base });
}

/** The tokens Luxon parses that sla reads; Luxon's others (eras, ordinals, quarters, weeks, zone names, macros) are refused. */
export function stepOf(token: string, tables: NameTables): Step | null {
  switch (token) {
    case 'y': return digits(Field.Year, 1, 6);
    case 'yy': return digits(Field.Year, 2, 4, true);
    case 'yyyy': return digits(Field.Year, 4, 4);
    case 'yyyyy': return digits(Field.Year, 4, 6);
    case 'yyyyyy': return digits(Field.Year, 6, 6);
    case 'M': case 'L': return digits(Field.Month, 1, 2);
    case 'MM': case 'LL': return digits(Field.Month, 2, 2);
    case 'MMM': return names(Field.Month, tables.months('short', true), 1);
    case 'MMMM': return names(Field.Month, tables.months('long', true), 1);
    case 'LLL': return names(Field.Month, tables.months('short', false), 1);
    case 'LLLL': return names(Field.Month, tables.months('long', false), 1);
    case 'd': return digits(Field.Day, 1, 2);
    case 'dd': return digits(Field.Day, 2, 2);
    case 'H': case 'h': return digits(Field.Hour, 1, 2);
    case 'HH': case 'hh': return digits(Field.Hour, 2, 2);
    case 'm': return digits(Field.Minute, 1, 2);
    case 'mm': return digits(Field.Minute, 2, 2);
    case 's': return digits(Field.Second, 1, 2);
    case 'ss': return digits(Field.Second, 2, 2);
    case 'S': return digits(Field.Millisecond, 1, 3);
    case 'SSS': return digits(Field.Millisecond, 3, 3);
    case 'u': return digits(Field.Fraction, 1, 9);
    case 'uu': return digits(Field.Fraction, 1, 2);
    case 'uuu': return digits(Field.Fraction, 1, 1);
    case 'a': return names(Field.Meridiem, tables.meridiems(), 0);
    case 'E': case 'c': return digits(Field.Weekday, 1, 1);
    case 'EEE': return names(Field.Weekday, tables.weekdays('short', false), 1);
    case 'EEEE': return names(Field.Weekday, tables.weekdays('long', false), 1);
    case 'ccc': return names(Field.Weekday, tables.weekdays('short', true), 1);
    case 'cccc': return names(Field.Weekday, tables.weekdays('long', true), 1);
    case 'Z': case 'ZZ': return step(StepKind.Offset, Field.Offset);
    case 'ZZZ': return step(StepKind.Offset, Field.Offset, { plainOffset: true });
    default: return null;
  }
}

export const SUPPORTED_TOKENS = 'y yy yyyy M MM MMM MMMM L LL LLL LLLL d dd H HH h hh a m mm s ss S SSS u uu uuu E EEE EEEE c ccc cccc Z ZZ ZZZ';
