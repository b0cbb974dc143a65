import { OffsetTable, zoneFormatter, type Resolution } from './offset-table';

/** The names of UTC in the IANA database (backward links included): offset 0 at every instant. */
export const UTC_NAMES: ReadonlySet<string> = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu']);

/** How far (in years) past a table's edge a query extends that table rather than starting another. */
const NEAR_YEARS = 2;

/**
 * The UTC offsets of one zone as a few OffsetTables, each covering the
 * consecutive years that queries reached. A table reads its zone year by
 * year and grows to the years next to it; an instant far from every table
 * starts a table of its own. One table reaching from 2026 to an instant in
 * year 9999 read the 8,000 years between, 20 s of Intl calls.
 */
export class ZoneOffsets {
  private readonly tables: OffsetTable[] = [];
  private last: OffsetTable | undefined;
  private readonly format: () => Intl.DateTimeFormat;
  /** UTC under any of its names: no offset ever, so no table (reading a year of a zone costs ~20 ms of Intl calls). */
  private readonly utc: boolean;

  constructor(private readonly name: string) {
    this.format = zoneFormatter(name);
    this.utc = UTC_NAMES.has(name);
  }

  offsetMsAt(utc: number): number {
    return this.utc ? 0 : this.tableFor(utc).offsetMsAt(utc);
  }

  resolve(local: number): Resolution {
    return this.utc ? { kind: 'unique', first: local, last: local, transition: NaN } : this.tableFor(local).resolve(local);
  }

  /** The offset in force from `from` through `to` (a few days apart), or null when it changes in between. */
  steadyOffset(from: number, to: number): number | null {
    return this.utc ? 0 : this.tableFor(from).steadyOffset(from, to);
  }

  private tableFor(utc: number): OffsetTable {
    const last = this.last;
    if (last && last.reaches(utc)) return last;
    let table = this.tables.find((t) => t.reaches(utc)) ?? this.tables.find((t) => t.reaches(utc, NEAR_YEARS));
    if (!table) {
      table = new OffsetTable(this.name, this.format);
      this.tables.push(table);
    }
    this.last = table;
    return table;
  }
}
