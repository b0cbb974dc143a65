import { dec } from '../../core/decimal';
import { addR, fromDec, type Ratio } from '../../core/ratio';
import { periodAfter, periodAt, periodsIn, type KindPeriod, type Zone } from '../../time';
import type { AgreementShape } from '../model';
import type { ServiceCharges } from './charges';
import { convertAmount, type FeeConversion } from './convert';

type ServiceShape = NonNullable<AgreementShape['services']>[number];

/**
 * The credit base of each service (docs/semantics.md, credit base): its
 * charges when `base` names them, else its fixed fee, converted to the
 * credited period by `credits.feeConversion`; for `base.period: previous`,
 * those of the period before. Null when nothing is known.
 */
export class CreditBases {
  private readonly services: Map<string, ServiceShape>;
  private readonly rule: FeeConversion | undefined;

  constructor(
    agreement: AgreementShape,
    private readonly zone: Zone,
    private readonly charges: ReadonlyMap<string, ServiceCharges>,
  ) {
    this.services = new Map((agreement.services ?? []).map((s) => [s.id, s]));
    this.rule = agreement.credits?.feeConversion;
  }

  /** The base of `service` (for `resource`, when per resource) for the whole credited period. */
  baseOf(service: string, resource: string | null, credited: KindPeriod): Ratio | null {
    const s = this.services.get(service);
    if (!s) return null;
    const period = s.base?.period === 'previous' ? periodAfter(credited, this.zone, -1) : credited;
    if (s.base) return this.fromCharges(s, resource, period);
    if (!s.fee) return null;
    let total: Ratio | null = null;
    const amount = fromDec(dec(s.fee.amount));
    for (const p of periodsIn(s.fee.per, this.zone, period.start, period.end)) {
      const billing = periodAt(s.fee.per, this.zone, p.start);
      const part = convertAmount(amount, billing, period, this.rule, this.zone, `the fee of service '${s.id}'`);
      total = total ? addR(total, part) : part;
    }
    return total;
  }

  private fromCharges(s: ServiceShape, resource: string | null, period: KindPeriod): Ratio | null {
    let total: Ratio | null = null;
    for (const row of this.charges.get(s.id)?.rows ?? []) {
      if (resource !== null && row.resource !== resource) continue;
      if (row.billing.end <= period.start || row.billing.start >= period.end) continue;
      const part = convertAmount(fromDec(row.amount), row.billing, period, this.rule, this.zone, `the charges of service '${s.id}'`);
      total = total ? addR(total, part) : part;
    }
    return total;
  }
}
