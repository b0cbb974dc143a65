import { createDurationReader, type TimestampResult, type Zone } from '../time';
import { quoteInput } from '../core/control-chars';
import { RowError, type RowSink, type SourcePlan } from '../rows';
import { formatOf, formatSpec, roleColumn } from '../core/source-formats';
import { CELL_LIST, CELL_NEEDS_TEXT, TextCells, type RowCells } from '../rows/cells';
import type { ByteTimeParser } from './byte-time';
import { localizeNumbers } from './localized-numbers';
import { timeReaders } from './time-form';
import { DECIMAL_OK, decimalCell, NEEDS_TEXT, NOT_A_NUMBER, OUT_OF_RANGE, readDecimal, readDecimalBytes, type DecimalCell } from './decimal-cell';
import type { RowTest } from './conditions';
import type { DataSourceShape } from './model';

/**
 * A metric's reader of one source's rows. take() reads and validates a row
 * (throwing RowError) and keeps what it read; apply() adds it. The sink
 * applies a row only after every consumer took it, so a row rejected by one
 * metric is counted by none (the CLI may skip it with --skip-invalid).
 */
export interface Consumer {
  /** False when the row is not this consumer's (filtered, no period). */
  take(cells: RowCells): boolean;
  apply(): void;
}

/**
 * One data source during a run: the columns its consumers asked for, and the
 * per-row parsing they share. A timestamp read by two metrics is parsed once
 * per row (a stamp marks which cached cells belong to the current row).
 */
export class SourceFrame {
  readonly columns: string[] = [];
  readonly consumers: Consumer[] = [];
  private readonly index = new Map<string, number>();
  private readonly parse: (text: string) => TimestampResult;
  /** Per column: each keeps the minute of its last cell, so a start and an end column do not spoil each other's. */
  private readonly parseBytes: ByteTimeParser[] = [];
  private readonly newByteParser: () => ByteTimeParser;
  private readonly readDuration: (text: string) => number | null;
  private stamp = 0;
  private readonly cacheStamp: number[] = [];
  private readonly cacheValue: number[] = [];
  private readonly cell = decimalCell();
  private readonly tests = new Map<string, RowTest>();
  private readonly testStamp: number[] = [];
  private readonly testValue: boolean[] = [];

  constructor(
    readonly name: string,
    readonly def: DataSourceShape,
    agreementZone: Zone,
  ) {
    const readers = timeReaders(name, def, agreementZone);
    this.parse = readers.text;
    this.newByteParser = readers.bytes;
    this.readDuration = createDurationReader(def.durations ?? formatSpec(def).durations ?? 'iso');
  }

  /** Whether rows may hold list cells (CSV rows never do: conditions then skip the test for one). */
  get lists(): boolean {
    return formatOf(this.def) !== 'csv';
  }

  /** The column mapped to a role (`time`, `start`, `service` ...), if any: the agreement's, else its format's. */
  role(name: string): string | undefined {
    return roleColumn(this.def, name);
  }

  /** Index of a header name in the row, registering it when new. */
  column(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.columns.length;
      this.columns.push(name);
      this.index.set(name, i);
      this.cacheStamp.push(-1);
      this.cacheValue.push(NaN);
    }
    return i;
  }

  /**
   * A row test under a key (the same filter of several metrics has the same
   * key): evaluated once per row, its answer kept for the others.
   */
  shared(key: string, test: RowTest): RowTest {
    const known = this.tests.get(key);
    if (known) return known;
    const slot = this.testStamp.length;
    this.testStamp.push(-1);
    this.testValue.push(false);
    const once: RowTest = (cells) => {
      if (this.testStamp[slot] === this.stamp) return this.testValue[slot]!;
      const value = test(cells);
      this.testStamp[slot] = this.stamp;
      this.testValue[slot] = value;
      return value;
    };
    this.tests.set(key, once);
    return once;
  }

  /** UTC ms of a time cell; NaN when empty (the row belongs to no period). */
  time(cells: RowCells, i: number): number {
    if (this.cacheStamp[i] === this.stamp) return this.cacheValue[i]!;
    const start = cells.starts[i]!;
    const end = cells.ends[i]!;
    let value = NaN;
    if ((cells.flags[i]! & CELL_NEEDS_TEXT) === 0) {
      if (end > start) value = (this.parseBytes[i] ??= this.newByteParser())(cells.bytes, start, end);
      if (Number.isNaN(value) && end > start) value = this.timeOfText(cells, i);
    } else value = this.timeOfText(cells, i);
    this.cacheStamp[i] = this.stamp;
    this.cacheValue[i] = value;
    return value;
  }

  private timeOfText(cells: RowCells, i: number): number {
    if ((cells.flags[i]! & CELL_LIST) !== 0) throw new RowError(i, 'a time cell holds several values');
    const text = cells.text(i);
    if (text.length === 0) return NaN;
    const r = this.parse(text);
    if (typeof r !== 'number') throw new RowError(i, r.error);
    return r;
  }

  /** A duration cell in the source's `durations` form, in ms; NaN when empty. */
  duration(cells: RowCells, i: number): number {
    const text = cells.text(i).trim();
    if (text.length === 0) return NaN;
    const ms = this.readDuration(text);
    if (ms === null) {
      const form = this.def.durations ?? formatSpec(this.def).durations ?? 'iso';
      throw new RowError(i, `not a duration (${form}): ${quoteInput(text)}`);
    }
    return ms;
  }

  /** A number cell as the nearest double. */
  number(cells: RowCells, i: number): number {
    this.decimal(cells, i, this.cell);
    return this.cell.value;
  }

  /** A number cell read exactly into `out` (see ExactSums); its text is cells.text(i) when !out.fast. */
  decimal(cells: RowCells, i: number, out: DecimalCell): void {
    if ((cells.flags[i]! & CELL_NEEDS_TEXT) === 0) {
      const r = readDecimalBytes(cells.bytes, cells.starts[i]!, cells.ends[i]!, out);
      if (r === DECIMAL_OK) return;
      if (r !== NEEDS_TEXT) this.badNumber(cells, i, r);
    } else if ((cells.flags[i]! & CELL_LIST) !== 0) throw new RowError(i, 'a number cell holds several values');
    const r = readDecimal(cells.text(i), out);
    if (r !== DECIMAL_OK) this.badNumber(cells, i, r);
  }

  private badNumber(cells: RowCells, i: number, r: number): never {
    const text = cells.text(i);
    if (r === NOT_A_NUMBER) throw new RowError(i, `not a number: ${quoteInput(text)}`);
    if (r === OUT_OF_RANGE) throw new RowError(i, `number out of range: ${quoteInput(text)}`);
    throw new Error(`readDecimal: unexpected result ${r}`);
  }

  plan(): SourcePlan {
    return { name: this.name, kind: this.def.kind, file: this.def.file, columns: this.columns, format: formatOf(this.def), def: this.def };
  }

  sink(): RowSink {
    const consumers = this.consumers;
    const n = consumers.length;
    const taken = new Uint8Array(n);
    const [a, b] = consumers;
    // one or two consumers (the common cases) get call sites of their own
    let cells: (c: RowCells) => void;
    if (n === 1) {
      cells = (c) => {
        this.stamp++;
        if (a!.take(c)) a!.apply();
      };
    } else if (n === 2) {
      cells = (c) => {
        this.stamp++;
        const ta = a!.take(c);
        if (b!.take(c)) {
          if (ta) a!.apply();
          b!.apply();
        } else if (ta) a!.apply();
      };
    } else {
      cells = (c) => {
        this.stamp++;
        for (let k = 0; k < n; k++) taken[k] = consumers[k]!.take(c) ? 1 : 0;
        for (let k = 0; k < n; k++) if (taken[k]) consumers[k]!.apply();
      };
    }
    if (this.def.decimal === ',') cells = localizeNumbers(cells);
    const text = new TextCells();
    return { cells, row: (fields) => cells(text.set(fields)) };
  }
}
