import type { Rule } from '../rule';
import { view } from '../util/agreement';

export const maintenanceNotice: Rule = {
  id: 'maintenance-notice',
  description: 'An agreement with maintenance windows says how much notice maintenance is announced with.',
  defaultSeverity: 'warning',
  check(context) {
    const maintenance = view(context.agreement).maintenance;
    if (!maintenance || !Array.isArray(maintenance.windows) || maintenance.windows.length === 0 || maintenance.notice !== undefined) return;
    context.report(['maintenance'], 'maintenance windows are listed but no notice is given: add `notice:` (such as 5d) so the customer knows how far ahead maintenance is announced', { at: 'key' });
  },
};
