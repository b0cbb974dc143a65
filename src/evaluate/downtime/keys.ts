import { RowError } from '../../rows';
import { CELL_NEEDS_TEXT, type RowCells } from '../../rows/cells';

const EMPTY = -1;

/**
 * The distinct texts of a column (resources, components), each given an
 * index in the order first seen. A plain cell is looked up from its bytes:
 * a hash of them, then the bytes of the names with that hash (kept in one
 * pool), so a row costs no string. find() only looks; add() then registers
 * what find() missed, so a row that another reader rejects adds nothing.
 */
export class Keys {
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  private table = new Int32Array(64).fill(EMPTY);
  /** Per index: the hash of its bytes, and where they lie in the pool (-1: not ASCII, never in the table). */
  private hashes = new Int32Array(16);
  private at = new Int32Array(16);
  private pool = new Uint8Array(1024);
  private used = 0;
  private lastCells: RowCells | null = null;
  private lastColumn = 0;

  /** `what` names a cell's meaning in messages: resource, component. */
  constructor(private readonly what: string) {}

  /** The index of the cell's text, or -1 when it is new (then addFound() registers it); a RowError when empty. */
  find(cells: RowCells, i: number): number {
    this.lastCells = cells;
    this.lastColumn = i;
    if ((cells.flags[i]! & CELL_NEEDS_TEXT) !== 0) {
      const text = cells.text(i);
      if (text.length === 0) throw new RowError(i, `empty ${this.what}: the cell must name one`);
      return this.byName.get(text) ?? -1;
    }
    const bytes = cells.bytes;
    const s = cells.starts[i]!;
    const e = cells.ends[i]!;
    const n = e - s;
    if (n === 0) throw new RowError(i, `empty ${this.what}: the cell must name one`);
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
    const mask = this.table.length - 1;
    const pool = this.pool;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const index = this.table[slot]!;
      if (index === EMPTY) return -1;
      if (this.hashes[index] !== h) continue;
      const from = this.at[index]!;
      if (this.at[index + 1]! - from !== n) continue;
      let k = 0;
      while (k < n && pool[from + k] === bytes[s + k]) k++;
      if (k === n) return index;
    }
  }

  /** Registers the text find() last missed; its index. */
  addFound(): number {
    return this.add(this.lastCells!.text(this.lastColumn));
  }

  /** The index of a name, registering it when new. */
  add(name: string): number {
    const known = this.byName.get(name);
    if (known !== undefined) return known;
    const index = this.names.length;
    this.names.push(name);
    this.byName.set(name, index);
    if (index + 2 > this.at.length) this.growEntries();
    const ascii = isAscii(name);
    let h = 0x811c9dc5;
    if (ascii) {
      if (this.used + name.length > this.pool.length) this.growPool(this.used + name.length);
      for (let k = 0; k < name.length; k++) {
        const c = name.charCodeAt(k);
        this.pool[this.used + k] = c;
        h = Math.imul(h ^ c, 0x01000193);
      }
      this.used += name.length;
    }
    this.hashes[index] = h;
    this.at[index + 1] = this.used;
    if (ascii) {
      if (2 * this.names.length > this.table.length) this.rehash();
      else this.place(index);
    }
    return index;
  }

  indexOf(name: string): number {
    return this.byName.get(name) ?? -1;
  }

  private place(index: number): void {
    const mask = this.table.length - 1;
    let slot = this.hashes[index]! & mask;
    while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.table[slot] = index;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(EMPTY);
    // names that are not ASCII have no bytes in the pool and are found by their text alone
    for (let index = 0; index < this.names.length; index++) if (this.at[index + 1]! > this.at[index]!) this.place(index);
  }

  private growEntries(): void {
    const hashes = new Int32Array(this.at.length * 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const at = new Int32Array(this.at.length * 2);
    at.set(this.at);
    this.at = at;
  }

  private growPool(size: number): void {
    const pool = new Uint8Array(Math.max(size, 2 * this.pool.length));
    pool.set(this.pool);
    this.pool = pool;
  }
}

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) return false;
  return true;
}
