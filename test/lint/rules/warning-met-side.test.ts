import { warningMetSide } from '../../../src/lint/rules/warning-met-side';
import { fixture, lintFile, where } from './lint-fixture';

describe('warning-met-side', () => {
  it('bad.sla.yaml: reports warnings that only hold on breaches, also at an exact boundary', () => {
    expect(where(lintFile(warningMetSide, fixture('warning-met-side', 'bad.sla.yaml')))).toEqual([
      "23:14 error warning '< 99.4%' of metric 'uptime' never holds while the target '>= 99.5%' is met: a warning marks a met period at risk, so it must hold for some values that meet the target",
      "35:14 error warning '>= 600ms' of metric 'p95' never holds while the target '< 600ms' is met: a warning marks a met period at risk, so it must hold for some values that meet the target",
    ]);
  });

  it('good.sla.yaml: passes warnings on the met side', () => {
    expect(where(lintFile(warningMetSide, fixture('warning-met-side', 'good.sla.yaml')))).toEqual([]);
  });
});
