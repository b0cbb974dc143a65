import { InputError } from '../core/errors';
import { formatSpec } from '../core/source-formats';
import { compileTimePattern, createTimestampParser, epochShift, getZone, isEpochUnit, parseEpochText, PatternError, readEpochShifted, type DstPolicy, type TimestampResult, type Zone } from '../time';
import { createByteTimeParser, type ByteTimeParser } from './byte-time';
import type { DataSourceShape } from './model';

/**
 * How one source's time cells are read: from plain ASCII bytes (NaN: ask the
 * text parser) and from text. `bytes` makes a byte parser per column: each
 * keeps what it read of its last cell (the date, the minute), so a start and
 * an end column do not spoil each other's.
 */
export interface TimeReaders {
  bytes: () => ByteTimeParser;
  text: (text: string) => TimestampResult;
}

/** The zone of a source's times without an offset: its own, its format's, else the agreement's. */
export function sourceZone(def: DataSourceShape, agreementZone: Zone): Zone {
  const name = def.timezone ?? formatSpec(def).timezone;
  return name ? getZone(name) : agreementZone;
}

/**
 * The readers of a source's `timestamps` form (docs/semantics.md, Time):
 * ISO 8601 by default (the fast path of byte-time.ts), epoch counts, or a
 * Luxon pattern compiled once. A pattern sla cannot read stops the run
 * before any row is read.
 */
export function timeReaders(name: string, def: DataSourceShape, agreementZone: Zone): TimeReaders {
  const zone = sourceZone(def, agreementZone);
  const dst: DstPolicy = def.dst === 'earlier' || def.dst === 'later' ? def.dst : 'reject';
  const form = def.timestamps ?? formatSpec(def).timestamps ?? 'iso';
  if (form === 'iso') return { bytes: () => createByteTimeParser(zone, dst), text: createTimestampParser(zone, dst) };
  if (isEpochUnit(form)) {
    const shift = epochShift(form);
    const bytes: ByteTimeParser = (b, start, end) => readEpochShifted(b, start, end, shift);
    return { bytes: () => bytes, text: (t) => parseEpochText(t, form) };
  }
  try {
    const p = compileTimePattern(form, def.locale ?? 'en-US', zone, dst);
    let first: ByteTimeParser | null = p.parseBytes;
    const bytes = (): ByteTimeParser => {
      const own = first ?? compileTimePattern(form, def.locale ?? 'en-US', zone, dst).parseBytes;
      first = null;
      return own;
    };
    return { bytes, text: p.parseText };
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`data source '${name}': timestamps '${form}': ${e.message}`);
    throw e;
  }
}
