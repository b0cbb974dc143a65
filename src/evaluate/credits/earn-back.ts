import type { EarnBack, Status } from '../result';

export interface LaterPeriod {
  status: Status;
  partial: boolean;
}

/**
 * Earn-back of a breached period's credit from the periods after it: waived
 * when each of the next N complete ones is met or at-risk; pending while
 * fewer than N complete ones exist and none missed; it stands once one
 * misses (any status but met or at-risk, excused and no-data included).
 */
export function earnBack(later: readonly LaterPeriod[], periods: number): EarnBack {
  let good = 0;
  for (const p of later) {
    if (good >= periods) break;
    if (p.partial) return 'pending';
    if (p.status !== 'met' && p.status !== 'at-risk') return null;
    good++;
  }
  return good >= periods ? 'waived' : 'pending';
}
