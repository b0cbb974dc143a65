import { creditFormKind } from '../../../src/lint/rules/credit-form-kind';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-form-kind', () => {
  it('bad.sla.yaml: reports credits per item on availability, per incident and multiples on duration', () => {
    expect(where(lintFile(creditFormKind, fixture('credit-form-kind', 'bad.sla.yaml')))).toEqual([
      "24:36 error tier 1 of metric 'uptime' credits `per: item`, which counts items that missed their time limit, but an availability metric has none: use it on a duration metric, or a percentage or `per: period`",
      "37:34 error tier 1 of metric 'response' credits `per: incident`, which counts incidents (stretches of downtime), but a duration metric has none: use it on an availability metric, or a percentage or `per: period`",
      "38:34 error tier 2 of metric 'response' credits `{ times: 2 }`, which counts downtime, but a duration metric has none: use it on an availability metric, or a percentage or `per: period`",
    ]);
  });

  it('good.sla.yaml: passes each form on the kind that counts it', () => {
    expect(where(lintFile(creditFormKind, fixture('credit-form-kind', 'good.sla.yaml')))).toEqual([]);
  });
});
