import { RowError } from '../../rows';
import { CELL_NEEDS_TEXT, type RowCells } from '../../rows/cells';

const EMPTY = -1;

/**
 * The distinct texts of a column (resources, components), each given an
 * index in the order first seen. A plain cell is looked up from its bytes
 * (a hash of them, then a compare with the name's characters), so a row
 * costs no string: 10,000 resources over a million rows were read at the
 * speed of the times around them. find() only looks; add() then registers
 * what find() missed, so a row that another reader rejects adds nothing.
 */
export class Keys {
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  private table = new Int32Array(64).fill(EMPTY);
  private lastCells: RowCells | null = null;
  private lastColumn = 0;

  /** `what` names a cell's meaning in messages: resource, component. */
  constructor(private readonly what: string) {}

  /** The index of the cell's text, or -1 when it is new (then add() registers it); a RowError when empty. */
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
    if (e === s) throw new RowError(i, `empty ${this.what}: the cell must name one`);
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
    const mask = this.table.length - 1;
    const names = this.names;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = this.table[slot]!;
      if (at === EMPTY) return -1;
      const name = names[at]!;
      if (name.length !== e - s) continue;
      let k = 0;
      while (k < name.length && name.charCodeAt(k) === bytes[s + k]) k++;
      if (k === name.length) return at;
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
    const at = this.names.length;
    this.names.push(name);
    this.byName.set(name, at);
    if (isAscii(name)) {
      if (2 * this.names.length > this.table.length) this.grow();
      else this.place(name, at);
    }
    return at;
  }

  indexOf(name: string): number {
    return this.byName.get(name) ?? -1;
  }

  private place(name: string, at: number): void {
    let h = 0x811c9dc5;
    for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 0x01000193);
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.table[slot] = at;
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2).fill(EMPTY);
    this.names.forEach((name, at) => {
      if (isAscii(name)) this.place(name, at);
    });
  }
}

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) return false;
  return true;
}
