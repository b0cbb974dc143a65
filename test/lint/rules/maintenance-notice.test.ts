import { maintenanceNotice } from '../../../src/lint/rules/maintenance-notice';
import { fixture, lintFile, where } from './lint-fixture';

describe('maintenance-notice', () => {
  it('bad.sla.yaml: warns of windows without notice', () => {
    expect(where(lintFile(maintenanceNotice, fixture('maintenance-notice', 'bad.sla.yaml')))).toEqual([
      "11:1 warning maintenance windows are listed but no notice is given: add `notice:` (such as 5d) so the customer knows how far ahead maintenance is announced",
    ]);
  });

  it('bad-mixed.sla.yaml: warns when a window the provider plans has no notice, beside one the customer plans', () => {
    expect(where(lintFile(maintenanceNotice, fixture('maintenance-notice', 'bad-mixed.sla.yaml')))).toEqual([
      "11:1 warning maintenance windows are listed but no notice is given: add `notice:` (such as 5d) so the customer knows how far ahead maintenance is announced",
    ]);
  });

  it('good.sla.yaml: passes windows with notice', () => {
    expect(where(lintFile(maintenanceNotice, fixture('maintenance-notice', 'good.sla.yaml')))).toEqual([]);
  });

  it('good-customer.sla.yaml: passes windows the customer plans, which need no notice', () => {
    expect(where(lintFile(maintenanceNotice, fixture('maintenance-notice', 'good-customer.sla.yaml')))).toEqual([]);
  });
});
