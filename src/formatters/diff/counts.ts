import type { FailOn } from './names';
import type { DiffReport, ReportedChange } from './types';

export interface Counts {
  changes: number;
  unfavourable: number;
  favourable: number;
  review: number;
  neutral: number;
  accepted: number;
}

export function countChanges(changes: readonly ReportedChange[]): Counts {
  const n = (d: string) => changes.filter((c) => c.direction === d).length;
  return { changes: changes.length, unfavourable: n('provider'), favourable: n('customer'), review: n('review'), neutral: n('neutral'), accepted: changes.filter((c) => c.accepted !== undefined).length };
}

/** "3 changes: 1 unfavourable to the customer, 2 favourable" (parts that are 0 left out). */
export function headline(report: DiffReport): string {
  const c = countChanges(report.changes);
  if (c.changes === 0) return report.hidden > 0 ? `no changes in substance (${report.hidden} in wording only; --all shows them)` : 'no changes';
  const parts = [
    c.unfavourable && `${c.unfavourable} unfavourable to the customer`,
    c.favourable && `${c.favourable} favourable`,
    c.review && `${c.review} for review`,
    c.neutral && `${c.neutral} neutral`,
  ].filter(Boolean);
  const accepted = c.accepted > 0 ? ` (${c.accepted} accepted)` : '';
  return `${c.changes} change${c.changes === 1 ? '' : 's'}: ${parts.join(', ')}${accepted}`;
}

/** Whether a change trips `--fail-on` (accepted changes never do). */
export function trips(change: ReportedChange, failOn: FailOn): boolean {
  if (change.accepted !== undefined || failOn === 'never') return false;
  if (failOn === 'any') return true;
  if (change.direction === 'provider') return true;
  return failOn === 'review' && change.direction === 'review';
}

/** 1 when a shown change or a lifecycle check trips `--fail-on`, else 0. */
export function diffExitCode(report: DiffReport, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return report.changes.some((c) => trips(c, failOn)) || report.checks.length > 0 ? 1 : 0;
}

export const DIRECTION_WORDS: Readonly<Record<string, string>> = {
  provider: 'unfavourable',
  customer: 'favourable',
  review: 'review',
  neutral: 'neutral',
};
