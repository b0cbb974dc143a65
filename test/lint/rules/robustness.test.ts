import fc from 'fast-check';
import { join } from 'node:path';
import { validateAgreement } from '../../../src/core/validate';
import { runRule } from '../../../src/lint/context';
import { builtinRules } from '../../../src/lint/rules';
import { load } from './lint-fixture';
import { REFERENCE } from '../../helpers/reference';

type Json = unknown;

/** Every path to a value inside `data`, so a property can remove any of them. */
function paths(data: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(data)) return data.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  return [];
}

/** A copy of `data` without the values at `cut` (list items are spliced out, as if never written). */
function without(data: Json, cut: (string | number)[][]): Json {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const path of [...cut].sort((a, b) => b.length - a.length)) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[key];
    const last = path[path.length - 1];
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else if (node && typeof node === 'object') delete (node as Record<string | number, unknown>)[last];
  }
  return copy;
}

// The rules trust the schema's shapes, but nothing optional: with any parts taken away that leave the
// agreement schema-valid, no rule may throw.
describe.each(['managed-hosting.sla.yaml', 'saas-platform.sla.yaml', 'marketing-sales.sla.yaml'])('rules on %s with parts missing', (name) => {
  const doc = load(join(REFERENCE, name));
  const all = paths(doc.data);
  it('never throw', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: all.length - 1 }), { minLength: 1, maxLength: 4 }), (picks) => {
        const data = without(doc.data, picks.map((i) => all[i])) as Record<string, unknown>;
        fc.pre(validateAgreement({ ...doc, data }).length === 0);
        for (const rule of builtinRules) runRule(rule, { ...doc, data }, { severity: 'error', fileExists: () => false });
      }),
      { numRuns: 300 },
    );
  });
});
