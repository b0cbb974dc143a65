import { parseCondition, pointsUp } from '../../core/condition';
import { cmp } from '../../core/decimal';
import type { DiffContext, Role } from '../context';
import type { ChangeKind } from '../kinds';
import type { Edit } from '../walk';
import type { Direction, Effect } from '../types';

/** What a rule makes of an edit: its kind, and what the catalogue cannot know. */
export interface Verdict {
  kind: ChangeKind;
  /** The role of the owner, for kinds that benefit the `owner` or `counterparty`. */
  role?: Role;
  /** Overrides the kind's own direction (a renewal notice binds both parties). */
  direction?: Direction;
  effects?: Effect[];
  /** The change favours the opposite of what its kind usually favours. */
  flip?: boolean;
  /** Several edits of one thing (a term's start and end) make one change: the first with this key. */
  once?: string;
}

/** Classifies the edits at the places its pattern matches (`metrics[].target`); null passes to the next rule. */
export interface Rule {
  pattern: RegExp;
  classify(edit: Edit, ctx: DiffContext): Verdict | null;
}

/** `metrics[].credits[]` -> a pattern matching exactly that place. */
export function at(...patterns: string[]): RegExp {
  const esc = (p: string) => p.replace(/[.[\]*]/g, (c) => `\\${c}`);
  return new RegExp(`^(?:${patterns.map(esc).join('|')})$`);
}

/**
 * How the set of values that satisfy a condition changes: `grows`
 * (`>= 99.9%` → `>= 99.5%`, `> 99.9%` → `>= 99.9%`), `shrinks`, or null when
 * the two cannot be compared (another unit, or pointing the other way).
 */
export function satisfiedSet(a: unknown, b: unknown): 'grows' | 'shrinks' | 'same' | null {
  const x = parseCondition(a);
  const y = parseCondition(b);
  if (!x || !y || x.unit !== y.unit || pointsUp(x) !== pointsUp(y)) return null;
  const byNumber = cmp(y.number, x.number) * (pointsUp(x) ? -1 : 1);
  if (byNumber > 0) return 'grows';
  if (byNumber < 0) return 'shrinks';
  if (x.op === y.op) return 'same';
  const inclusive = (op: string) => op === '>=' || op === '<=';
  return inclusive(y.op) ? 'grows' : 'shrinks';
}
