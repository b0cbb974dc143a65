import { OffsetTable, zoneFormatter, type Resolution } from './offset-table';

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

  constructor(private readonly name: string) {
    this.format = zoneFormatter(name);
  }

  offsetMsAt(utc: number): number {
    return this.tableFor(utc).offsetMsAt(utc);
  }

  resolve(local: number): Resolution {
    return this.tableFor(local).resolve(local);
  }

  /** The offset in force from `from` through `to` (a few days apart), or null when it changes in between. */
  steadyOffset(from: number, to: number): number | null {
    return this.tableFor(from).steadyOffset(from, to);
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
