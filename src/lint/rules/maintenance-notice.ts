import type { Rule } from '../rule';
import { partyRole, view } from '../util/agreement';

export const maintenanceNotice: Rule = {
  id: 'maintenance-notice',
  description: 'An agreement with maintenance windows the provider plans says how much notice maintenance is announced with (windows the customer plans need none).',
  defaultSeverity: 'warning',
  check(context) {
    const agreement = view(context.agreement);
    const maintenance = agreement.maintenance;
    if (!maintenance || !Array.isArray(maintenance.windows) || maintenance.notice !== undefined) return;
    // a window the customer plans is announced by nobody: the customer knows it
    if (maintenance.windows.every((w) => partyRole(agreement, w?.owner) === 'customer')) return;
    context.report(['maintenance'], 'maintenance windows are listed but no notice is given: add `notice:` (such as 5d) so the customer knows how far ahead maintenance is announced', { at: 'key' });
  },
};
