import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { NodePath, Range } from './diagnostic';

const SEP = '\u001f';
const keyOf = (path: NodePath): string => path.join(SEP);

interface Spot {
  /** Offset of the key (for map entries), else of the value. */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * Where every node of a YAML document sits, by data path. The index is built
 * on the first question and offsets become lines and columns only when a
 * message needs them, so a clean file (the usual case in CI) pays nothing.
 */
export class SourceMap {
  private index: Map<string, Spot> | undefined;
  /** Offsets where lines start, found in the text itself (the parser's line counter misses lines after some errors). */
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly root: Node | null,
  ) {}

  private get spots(): Map<string, Spot> {
    if (!this.index) {
      this.index = new Map();
      const root = this.root;
      if (root) this.walk(root, [], root.range?.[0] ?? 0, root.range?.[1] ?? 0);
    }
    return this.index;
  }

  private walk(node: Node, path: (string | number)[], keyStart: number, keyEnd: number): void {
    const [start, end] = node.range ?? [0, 0, 0];
    this.spots.set(keyOf(path), { keyStart, keyEnd, valueStart: start, valueEnd: end });
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : String(key);
        const kr = key?.range ?? [start, start, start];
        const value = pair.value as Node | null;
        path.push(name);
        if (value && value.range) this.walk(value, path, kr[0], kr[1]);
        else this.spots.set(keyOf(path), { keyStart: kr[0], keyEnd: kr[1], valueStart: kr[0], valueEnd: kr[1] });
        path.pop();
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = item as Node;
        path.push(i);
        if (child && child.range) this.walk(child, path, child.range[0], child.range[1]);
        path.pop();
      });
    }
  }

  has(path: NodePath): boolean {
    return this.spots.has(keyOf(path));
  }

  /** The range of the value at `path`, or of its nearest ancestor that exists. */
  rangeOf(path: NodePath): Range {
    const spot = this.find(path);
    return spot ? this.toRange(spot.valueStart, spot.valueEnd) : this.toRange(0, 0);
  }

  /** The range of the key at `path` (the value's range for list items). */
  keyRangeOf(path: NodePath): Range {
    const spot = this.find(path);
    return spot ? this.toRange(spot.keyStart, spot.keyEnd) : this.toRange(0, 0);
  }

  /** The offsets [start, end) of exactly the value at `path` (no ancestor stands in), for reading its source text. */
  valueOffsets(path: NodePath): [number, number] | undefined {
    const spot = this.spots.get(keyOf(path));
    return spot ? [spot.valueStart, spot.valueEnd] : undefined;
  }

  /** Line and column of an offset, 1-based. */
  position(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    const at = Math.min(Math.max(offset, 0), this.text.length);
    let a = 0;
    let b = starts.length - 1;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (starts[mid]! <= at) a = mid;
      else b = mid - 1;
    }
    return { line: a + 1, column: at - starts[a]! + 1 };
  }

  toRange(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  private find(path: NodePath): Spot | undefined {
    for (let n = path.length; n >= 0; n--) {
      const spot = this.spots.get(keyOf(path.slice(0, n)));
      if (spot) return spot;
    }
    return undefined;
  }
}
