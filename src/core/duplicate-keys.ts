import { isCollection, isMap, isPair, isScalar, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * The offsets of keys that repeat an earlier key of the same mapping, as the
 * `yaml` package's `uniqueKeys` reports them (scalar keys equal by value,
 * other keys only to themselves), found with one set per mapping. The
 * package compares each key with every earlier one: 10,000 keys in one
 * mapping took 37 s.
 */
export function duplicateKeyOffsets(root: Node | null): number[] {
  const out: number[] = [];
  const stack: unknown[] = isCollection(root) ? [root] : [];
  const visit = (node: unknown): void => {
    if (isCollection(node)) stack.push(node);
  };
  while (stack.length > 0) {
    const node = stack.pop() as YAMLMap | YAMLSeq;
    const seen = isMap(node) ? new Set<unknown>() : null;
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key;
        if (seen && isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) out.push(key.range?.[0] ?? 0);
          else seen.add(key.value);
        }
        visit(key);
        visit(item.value);
      } else visit(item);
    }
  }
  return out.sort((a, b) => a - b);
}
