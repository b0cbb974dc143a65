import { inclusive, pointsUp, type Condition } from '../../core/condition';
import { cmp, dec } from '../../core/decimal';

/** Relations between conditions (core/condition), for the tier and target rules. */

export function comparable(a: Condition, b: Condition): boolean {
  return a.unitClass === b.unitClass;
}

/** Whether some value satisfies both conditions (the real line; percentages within 0..100). */
export function overlaps(a: Condition, b: Condition): boolean {
  if (pointsUp(a) === pointsUp(b)) {
    if (a.unitClass !== 'percent') return true;
    const edge = pointsUp(a) ? 'max' : 'min';
    return [a, b].every((c) => withinDomain(c, edge));
  }
  const [up, down] = pointsUp(a) ? [a, b] : [b, a];
  const order = cmp(up.scaled, down.scaled);
  return order < 0 || (order === 0 && inclusive(up) && inclusive(down));
}

function withinDomain(c: Condition, edge: 'min' | 'max'): boolean {
  const order = cmp(c.scaled, dec(edge === 'max' ? 100 : 0));
  if (edge === 'max') return order < 0 || (order === 0 && inclusive(c));
  return order > 0 || (order === 0 && inclusive(c));
}

/** Whether every value that satisfies `inner` also satisfies `outer` (same direction). */
export function within(inner: Condition, outer: Condition): boolean {
  const order = cmp(inner.scaled, outer.scaled);
  if (order === 0) return inclusive(outer) || !inclusive(inner);
  return pointsUp(outer) ? order > 0 : order < 0;
}
