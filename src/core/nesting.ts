import { isCollection, isPair, type Node } from 'yaml';

/**
 * The most collections an agreement may nest (the format needs six: metrics,
 * a metric, where, a column, a list of values). Reading a document into
 * data, validating it and finding positions in it all recurse, so deeper
 * nesting is refused first.
 */
export const MAX_NESTING = 64;

/** A collection nested more than `max` deep (the top level is 1), found without recursion, or null. */
export function nestedDeeperThan(root: Node | null, max: number = MAX_NESTING): Node | null {
  const stack: [unknown, number][] = root ? [[root, 1]] : [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > max) return node;
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return null;
}
