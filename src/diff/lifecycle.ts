import { parseDate } from '../time/civil';
import { parseDuration } from '../time/duration';
import type { Change, LifecycleCheck } from './types';

type Data = Record<string, unknown>;
const rec = (x: unknown): Data => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Data) : {});

function major(version: unknown): number {
  const m = /^(\d+)/.exec(String(version ?? ''));
  return m ? Number(m[1]) : 0;
}

export interface LifecycleOptions {
  /** The day the amendment is reviewed (YYYY-MM-DD), for the notice check. */
  today?: string;
}

/**
 * The amendment as a whole, against the agreement's own rules: a change that
 * favours the provider needs a new major `version`, and must not take effect
 * sooner than the agreement's amendment notice. Drafts are exempt.
 *
 * The notice check reads the agreement's `review.amendmentNotice` (a
 * duration) and the new version's `effective` date, against the day of the
 * review; it is silent when either key is absent.
 */
export function lifecycleChecks(before: Data, after: Data, changes: readonly Change[], options: LifecycleOptions = {}): LifecycleCheck[] {
  if (after.status === 'draft') return [];
  const unfavourable = changes.filter((c) => c.direction === 'provider');
  if (unfavourable.length === 0) return [];
  const checks: LifecycleCheck[] = [];
  const count = `${unfavourable.length} change${unfavourable.length === 1 ? '' : 's'} unfavourable to the customer`;
  if (major(after.version) <= major(before.version)) {
    const from = before.version === undefined ? 'no version' : `version ${String(before.version)}`;
    const to = after.version === undefined ? 'no version' : `${String(after.version)}`;
    checks.push({ id: 'major-version-not-raised', message: `${count} without a new major version (${from} → ${to})`, newAt: after.version === undefined ? [] : ['version'] });
  }
  const notice = parseDuration(String(rec(after.review).amendmentNotice ?? ''));
  const effective = parseDate(String(after.effective ?? ''));
  const today = parseDate(String(options.today ?? ''));
  if (notice !== null && effective !== null && today !== null) {
    const days = effective - today;
    if (days * 86_400_000 < notice) {
      checks.push({ id: 'notice-too-short', message: `${count} taking effect in ${days} day${days === 1 ? '' : 's'} (${String(after.effective)}), sooner than the amendment notice of ${String(rec(after.review).amendmentNotice)}`, newAt: ['effective'] });
    }
  }
  return checks;
}
