import { DiffContext } from './context';
import { classify, directionOf } from './classify';
import { describe } from './describe';
import { fingerprint } from './fingerprint';
import { catalogue } from './kinds';
import { lifecycleChecks, type LifecycleOptions } from './lifecycle';
import { meaning } from './normalize';
import type { Change, DiffResult } from './types';
import { walk, type Edit } from './walk';
import { wordDiff } from './words';

export type DiffOptions = LifecycleOptions;

type Data = Record<string, unknown>;

function summary(edit: Edit): string {
  const shown = (v: unknown) => describe(edit.type, v);
  if (edit.op === 'renamed') return `${String(edit.old)} → ${String(edit.new)} (probable)`;
  if (edit.op === 'added') return `added: ${shown(edit.new)}`;
  if (edit.op === 'removed') return `removed: ${shown(edit.old)}`;
  return `${shown(edit.old)} → ${shown(edit.new)}`;
}

/**
 * What changed between two agreements, in contract terms: each change with
 * its kind, whom it favours and its effect in numbers, in the order of the
 * new file, and the lifecycle checks of the amendment as a whole. Pure: it
 * takes the two agreements' data (schema-valid) and reads nothing else.
 */
export function diffAgreements(before: Data, after: Data, options: DiffOptions = {}): DiffResult {
  const ctx = new DiffContext(before, after);
  const changes: Change[] = [];
  const once = new Set<string>();
  for (const edit of walk(before, after)) {
    const verdict = classify(edit, ctx);
    if (verdict.once !== undefined) {
      const key = `${verdict.kind} ${verdict.once}`;
      if (once.has(key)) continue;
      once.add(key);
    }
    const spec = catalogue[verdict.kind];
    const prose = typeof edit.old === 'string' && typeof edit.new === 'string' && edit.op === 'changed' && (edit.type === 'Markdown' || edit.type === undefined);
    changes.push({
      kind: verdict.kind,
      direction: directionOf(verdict),
      path: edit.path,
      oldAt: edit.oldAt ? [...edit.oldAt] : null,
      newAt: edit.newAt ? [...edit.newAt] : null,
      old: edit.old ?? null,
      new: edit.new ?? null,
      summary: summary(edit),
      ...(prose ? { words: wordDiff(String(edit.old), String(edit.new)) } : {}),
      effects: verdict.effects ?? [],
      hidden: spec.hidden === true,
      fingerprint: fingerprint([verdict.kind, edit.path, meaning(edit.type, edit.old), meaning(edit.type, edit.new)].join('\u0000')),
    });
  }
  return { changes, checks: lifecycleChecks(before, after, changes, options), draft: after.status === 'draft' };
}
