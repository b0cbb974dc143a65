import type { Metric, Service } from '../agreement';
import { periodNoun } from '../words/period';
import { resourceNoun } from './availability';
import type { ViewContext } from './context';
import { quote, whereWords } from './measure-parts';

/**
 * What a service's credits are a share of, when it is not the fee: "the
 * charges the customer paid for Web shop hosting for the credited period, as
 * recorded in the “billing” data where …" (docs/semantics.md, Credit base).
 */
export function baseWords(service: Service | undefined, ctx: ViewContext): string | null {
  const base = service?.base;
  if (!base) return null;
  const which = base.period === 'previous' ? 'for the period before the credited one (of the same kind and length)' : 'for the credited period';
  return `the charges the customer paid for ${service.name ?? service.id} ${which}, as recorded in the ${quote(base.charges)} data${whereWords(base.where, ctx)}`;
}

/** Whether a metric's credits are a share of its service's fee as written (no conversion, no charges): amounts can be shown. */
export function feeIsBase(m: Metric, ctx: ViewContext): boolean {
  const service = ctx.service(m.service);
  return !service?.base && service?.fee !== undefined && service.fee.per === m.period;
}

/** The sentence under a metric's tiers that says what its credits are a share of, when that is not plainly the fee. */
export function metricBaseWords(m: Metric, ctx: ViewContext): string | null {
  const service = ctx.service(m.service);
  const charges = baseWords(service, ctx);
  const each = m.per ? ` Each ${resourceNoun(m.per)} is credited on its own` : '';
  if (charges) return `Credits are a share of ${charges}.${each ? `${each}, from its own charges (the rows whose resource names it).` : ''}`;
  const perResource = each ? `${each}.` : '';
  const fee = service?.fee;
  if (fee && fee.per !== m.period) {
    const conversion = ctx.agreement.credits?.feeConversion;
    const how = conversion ? `; the rules above say how it counts towards a ${periodNoun(m.period)}` : '';
    return `Credits are a share of the fee, which is paid per ${periodNoun(fee.per)}${how}.${perResource}`;
  }
  return perResource ? perResource.trim() : null;
}

/** The rule that converts fees and charges paid for another period than the credited one, or null. */
export function conversionWords(ctx: ViewContext): string | null {
  const conversion = ctx.agreement.credits?.feeConversion;
  if (conversion === 'prorate') {
    return 'A fee or charge paid for another billing period than the credited one counts towards it by time: its amount × the share of the billing period that falls in the credited period.';
  }
  if (conversion === 'equal-parts') {
    return (
      'A fee or charge paid for a billing period within the credited period counts in full; one paid for a longer billing period counts in equal parts, ' +
      'one for each credited period in it (a quarterly fee is three equal monthly parts).'
    );
  }
  return null;
}
