import { exclusionBudget } from '../../../src/lint/rules/exclusion-budget';
import { fixture, lintFile, where } from './lint-fixture';

describe('exclusion-budget', () => {
  it('bad.sla.yaml: reports a budget without per and one without upTo', () => {
    expect(where(lintFile(exclusionBudget, fixture('exclusion-budget', 'bad.sla.yaml')))).toEqual([
      "24:28 error metric 'uptime' excludes data source 'scheduled' with `upTo` but no `per` (the calendar period the budget is for, such as year): a budget needs both",
      "26:28 error metric 'uptime' excludes data source 'scheduled' with `per` but no `upTo` (how much time is excluded at most, such as 10h): a budget needs both",
    ]);
  });

  it('good.sla.yaml: passes a yearly budget and an exclusion without one', () => {
    expect(where(lintFile(exclusionBudget, fixture('exclusion-budget', 'good.sla.yaml')))).toEqual([]);
  });
});
