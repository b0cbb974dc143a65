/**
 * A short, stable id of a change (FNV-1a, 64 bits, as 16 hex digits): the
 * same change between any two versions of a file gets the same fingerprint,
 * so an accepted change stays accepted while it is the same.
 */
export function fingerprint(text: string): string {
  let h = 0xcbf29ce484222325n;
  const bytes = new TextEncoder().encode(text);
  for (const b of bytes) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}
