import { dec, sub, toNumber, cmp } from './decimal';
import type { Outcome } from './kinds/kind';
import type { MetricResult, Status } from './result';
import type { Condition } from '../core/condition';
import { holds } from './target';

export interface Verdict {
  status: Status;
  errorBudget?: { allowed: number; used: number };
}

const HUNDRED = dec(100);

const budgets = new WeakMap<Condition, number | null>();

/** 100 − T for a `>=` percentage target T below 100, else null; worked out once per target (a run judges thousands of periods). */
function budgetOf(target: Condition): number | null {
  let allowed = budgets.get(target);
  if (allowed === undefined) {
    allowed = target.op !== '>=' || target.unit !== '%' || cmp(target.number, HUNDRED) >= 0 ? null : toNumber(sub(HUNDRED, target.number));
    budgets.set(target, allowed);
  }
  return allowed;
}

/**
 * Status of one period: met, at-risk (met but `warning` holds), breached or
 * no-data; excuses are applied afterwards across metrics. The error budget
 * applies to `>=` percentage targets below 100.
 */
export function judge(outcome: Outcome, target: Condition, warning: Condition | null, unit: string | null): Verdict {
  const exact = outcome.exact;
  if (outcome.value === null || !exact) return { status: 'no-data' };
  let status: Status = holds(target, exact, unit) ? 'met' : 'breached';
  if (status === 'met' && warning && holds(warning, exact, unit)) status = 'at-risk';
  const allowed = budgetOf(target);
  if (allowed === null) return { status };
  const used = exact.scale === 100 ? (100 * (exact.den - exact.num)) / exact.den / allowed : (100 - outcome.value) / allowed;
  return { status, errorBudget: { allowed, used } };
}

/**
 * A provider metric breached in a period is excused when a metric that lists
 * it under `excuses` is breached in the period with the same label. Decided
 * on the statuses before any excuse, so excuses do not chain.
 */
export function applyExcuses(results: MetricResult[], excuses: ReadonlyMap<string, readonly string[]>): void {
  const breached = new Set(results.filter((r) => r.status === 'breached').map((r) => `${r.metric}\u0000${r.period}`));
  const byExcused = new Map<string, string[]>();
  for (const [by, list] of excuses) {
    for (const id of list) byExcused.set(id, [...(byExcused.get(id) ?? []), by]);
  }
  for (const r of results) {
    if (r.status !== 'breached') continue;
    const by = (byExcused.get(r.metric) ?? []).filter((m) => breached.has(`${m}\u0000${r.period}`));
    if (by.length === 0) continue;
    r.status = 'excused';
    r.excusedBy = by;
  }
}
