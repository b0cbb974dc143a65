const BLOCK = 1 << 16;

/**
 * A list of doubles in blocks: 8 bytes per value, never copied to grow, and
 * blocks imported from other threads are kept as they come. The k-th
 * smallest is found over the blocks where they lie (kthSmallest).
 */
export class ValueList {
  readonly blocks: Float64Array[] = [];
  private current = new Float64Array(0);
  private used = 0;
  length = 0;

  push(v: number): void {
    if (this.used === this.current.length) this.grow();
    this.current[this.used++] = v;
    this.length++;
  }

  private grow(): void {
    this.seal();
    // start small: most lists of a short period are short
    this.current = new Float64Array(Math.min(BLOCK, Math.max(64, this.length)));
    this.used = 0;
  }

  /** Ends the current block at its used length. */
  private seal(): void {
    if (this.used > 0) this.blocks.push(this.used === this.current.length ? this.current : this.current.subarray(0, this.used));
    this.current = new Float64Array(0);
    this.used = 0;
  }

  /** Takes `values` as a block of its own (the caller gives it up). */
  adopt(values: Float64Array): void {
    if (values.length === 0) return;
    this.seal();
    this.blocks.push(values);
    this.length += values.length;
  }

  /** Every block, the current one cut to its used length. */
  parts(): Float64Array[] {
    return this.used > 0 ? [...this.blocks, this.current.subarray(0, this.used)] : this.blocks;
  }

  /**
   * A snapshot as blocks: the sealed ones as they are (never written again,
   * so they can be shared, or moved to another thread) and a copy of the
   * block still being filled.
   */
  snapshot(): Float64Array[] {
    return this.used > 0 ? [...this.blocks, this.current.slice(0, this.used)] : [...this.blocks];
  }

  /** All values in one new array. */
  toArray(): Float64Array {
    const out = new Float64Array(this.length);
    let at = 0;
    for (const p of this.parts()) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/** Index of a double's high word among its two 32-bit words. */
const HIGH = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

/** An order-preserving unsigned key of a double's high word (sign flipped; negatives inverted). */
function keyOf(high: number): number {
  return (high & 0x80000000 ? ~high : high | 0x80000000) >>> 0;
}

/**
 * The k-th smallest (0-based) of all values in `parts`, none of them NaN,
 * by one radix pass: count values per top 16 bits of their order-preserving
 * key, then select within the one bucket that holds rank k. -0 and 0 tie
 * (they are equal) and any zero comes out as 0.
 */
export function kthSmallest(parts: readonly Float64Array[], k: number): number {
  const counts = new Float64Array(65536);
  for (const p of parts) {
    const words = new Uint32Array(p.buffer, p.byteOffset, p.length * 2);
    for (let j = HIGH; j < words.length; j += 2) counts[keyOf(words[j]!) >>> 16]!++;
  }
  let bucket = 0;
  let below = 0;
  while (below + counts[bucket]! <= k) below += counts[bucket++]!;
  const inBucket = new Float64Array(counts[bucket]!);
  let n = 0;
  for (const p of parts) {
    const words = new Uint32Array(p.buffer, p.byteOffset, p.length * 2);
    for (let j = HIGH, i = 0; j < words.length; j += 2, i++) if (keyOf(words[j]!) >>> 16 === bucket) inBucket[n++] = p[i]!;
  }
  return quickselect(inBucket, n, k - below) + 0;
}

/** The k-th smallest (0-based) of a[0..n), reordering a (Hoare's quickselect). */
export function quickselect(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
