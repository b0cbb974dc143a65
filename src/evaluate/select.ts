import { UsageError } from '../core/errors';
import { selectMetrics as selectAmong, type Selection } from '../core/select-metrics';
import { periodNests } from '../time';
import type { AgreementShape, MetricShape } from './model';

/** The metrics --metric names (all by default), plus those whose excuses they need. */
export function selectMetrics(agreement: AgreementShape, ids: readonly string[] | undefined): Selection<MetricShape> {
  return selectAmong(agreement.metrics, ids);
}

/** Customer-owned metrics never carry credits. */
export function isCustomerOwned(agreement: AgreementShape, metric: MetricShape): boolean {
  const owner = agreement.parties?.find((p) => p.id === metric.owner);
  return owner?.role === 'customer';
}

/** The fee's `per` must match the period of every credited metric of its service. */
export function checkFees(agreement: AgreementShape, metrics: readonly MetricShape[]): void {
  for (const m of metrics) {
    if (!m.service || !m.credits || m.credits.length === 0 || isCustomerOwned(agreement, m)) continue;
    const service = agreement.services?.find((s) => s.id === m.service);
    const fee = service?.base ? undefined : service?.fee;
    if (!fee || fee.per === m.period) continue;
    const rule = agreement.credits?.feeConversion;
    if (rule === undefined) {
      throw new UsageError(
        `metric '${m.id}' is judged per ${m.period} but the fee of service '${m.service}' is per ${fee.per}: ` +
          'say how the fee converts with credits.feeConversion (prorate or equal-parts), or credits would be a share of the wrong fee',
      );
    }
    if (rule === 'equal-parts' && !periodNests(fee.per, m.period) && !periodNests(m.period, fee.per)) {
      throw new UsageError(`metric '${m.id}' is judged per ${m.period} but the fee of service '${m.service}' is per ${fee.per}, which do not divide into each other: use credits.feeConversion: prorate`);
    }
  }
}
