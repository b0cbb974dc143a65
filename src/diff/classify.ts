import type { DiffContext, Role } from './context';
import { catalogue, type ChangeKind } from './kinds';
import { OPPOSITE, type Benefit } from './kinds/spec';
import { calendarRules } from './rules/calendars';
import { creditRules } from './rules/credits';
import { metricRules } from './rules/metrics';
import { proseRules } from './rules/prose';
import type { Rule, Verdict } from './rules/rule';
import { termRules } from './rules/terms';
import type { Direction } from './types';
import type { Edit } from './walk';

/** Every rule, most specific first; the first that gives a verdict wins. */
const RULES: readonly Rule[] = [...metricRules, ...creditRules, ...calendarRules, ...termRules, ...proseRules];

/** An edit no rule knows: added, removed or changed, for review. */
function generic(edit: Edit): Verdict {
  const kind: ChangeKind = edit.op === 'added' ? 'value-added' : edit.op === 'removed' ? 'value-removed' : 'value-changed';
  return { kind };
}

export function classify(edit: Edit, ctx: DiffContext): Verdict {
  if (edit.op === 'renamed') return { kind: 'renamed' };
  for (const rule of RULES) {
    if (!rule.pattern.test(edit.pattern)) continue;
    const verdict = rule.classify(edit, ctx);
    if (verdict) return verdict;
  }
  return generic(edit);
}

/** Whom a verdict favours: the kind's benefit, turned into a party by the owner's role. */
export function directionOf(verdict: Verdict): Direction {
  if (verdict.direction) return verdict.direction;
  let benefit: Benefit = catalogue[verdict.kind].benefits;
  if (verdict.flip) benefit = OPPOSITE[benefit];
  if (benefit !== 'owner' && benefit !== 'counterparty') return benefit;
  const role: Role = verdict.role;
  if (!role) return 'review';
  if (benefit === 'owner') return role;
  return role === 'customer' ? 'provider' : 'customer';
}
