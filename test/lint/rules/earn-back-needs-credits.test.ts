import { earnBackNeedsCredits } from '../../../src/lint/rules/earn-back-needs-credits';
import { fixture, lintFile, where } from './lint-fixture';

describe('earn-back-needs-credits', () => {
  it('bad.sla.yaml: reports earnBack without credits', () => {
    expect(where(lintFile(earnBackNeedsCredits, fixture('earn-back-needs-credits', 'bad.sla.yaml')))).toEqual([
      "23:5 error metric 'uptime' has earnBack but no credits: there is no credit to earn back; add credit tiers or remove earnBack",
    ]);
  });

  it('good.sla.yaml: passes earnBack with credits', () => {
    expect(where(lintFile(earnBackNeedsCredits, fixture('earn-back-needs-credits', 'good.sla.yaml')))).toEqual([]);
  });
});
