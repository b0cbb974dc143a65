import type { NodePath } from '../../core/diagnostic';
import type { Rule, RuleContext } from '../rule';
import { entries, view, type MetricView } from '../util/agreement';
import { parseBand, parseCondition, type Condition, type UnitClass } from '../../core/condition';
import { cmp, dec, parseDec } from '../../core/decimal';
import { metricKind } from '../../core/metric-kinds';

const HUNDRED = dec('100');
const ZERO = dec('0');

const EXAMPLE: Readonly<Record<UnitClass, string>> = { percent: "a percentage such as '>= 99.5%'", time: "a time such as '<= 600ms'", plain: "a plain number such as '>= 100'" };

function checkCondition(context: RuleContext, path: NodePath, c: Condition, metric: MetricView, what: string, expected: { unitClass: UnitClass; unit?: string }): void {
  const name = `${metric.kind} metric '${metric.id}'`;
  if (c.unitClass !== expected.unitClass) {
    context.report(path, `${what} '${c.text}' of ${name} must be ${EXAMPLE[expected.unitClass]}`);
  } else if (expected.unit !== undefined && c.unit !== expected.unit) {
    context.report(path, `${what} '${c.text}' of ${name} is in ${c.unit}, but the metric's unit is ${expected.unit}: write it in ${expected.unit}`);
  } else if (c.unitClass === 'percent' && (cmp(c.scaled, HUNDRED) > 0 || cmp(c.scaled, ZERO) < 0)) {
    context.report(path, `${what} '${c.text}' of ${name} is outside 0% to 100%, where every percentage lies`);
  }
}

export const targetUnit: Rule = {
  id: 'target-unit',
  description: "Targets, warnings and tier conditions (every part of a band) use the unit their metric's kind measures in; percentages lie within 0-100; a percentile within (0, 100].",
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const expected = metric ? metricKind(metric.kind)?.unit(metric) : undefined;
      if (!metric || !expected) continue;
      const at = (...rest: (string | number)[]): NodePath => ['metrics', i, ...rest];
      const target = parseCondition(metric.target);
      if (target) checkCondition(context, at('target'), target, metric, 'target', expected);
      const warning = parseCondition(metric.warning);
      if (warning) checkCondition(context, at('warning'), warning, metric, 'warning', expected);
      for (const [tier, j] of entries(metric.credits)) {
        for (const when of parseBand(tier?.when)?.parts ?? []) checkCondition(context, at('credits', j, 'when'), when, metric, `tier ${j + 1} condition`, expected);
      }
      const downWhen = parseCondition(metric.downWhen);
      if (downWhen) checkCondition(context, at('downWhen'), downWhen, metric, 'downWhen', { unitClass: 'percent' });
      if (metric.percentile !== undefined) {
        const p = parseDec(String(metric.percentile));
        if (p && (cmp(p, ZERO) <= 0 || cmp(p, HUNDRED) > 0)) {
          context.report(at('percentile'), `percentile ${String(metric.percentile)} of metric '${metric.id}' is not a percentile: use a number above 0 and at most 100, such as 95 or 99.9`);
        }
      }
    }
  },
};
