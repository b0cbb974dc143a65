import { parsePercent } from '../../core/condition';
import { dec } from '../../core/decimal';
import { addR, fromDec, mulR, ratio, ZERO_RATIO, type Ratio } from '../../core/ratio';
import { addMonths, periodAt, periodsIn, type KindPeriod, type Zone } from '../../time';

/** `credits.caps[]`. */
export interface CapRule {
  max: string | number;
  per: 'period' | 'month' | 'quarter' | 'year' | 'term' | 'rolling-12-months';
}

export interface Span {
  start: number;
  end: number;
}

/** The span of time a cap holds over, for a credited period. */
export function capSpan(cap: CapRule, period: KindPeriod, zone: Zone, term: Span): Span {
  switch (cap.per) {
    case 'period':
      return period;
    case 'term':
      return term;
    case 'rolling-12-months':
      return { start: addMonths(zone, period.end, -12), end: period.end };
    default:
      return periodAt(cap.per, zone, period.start);
  }
}

const DAYS = /^(\d+) days?$/;

/**
 * The most a cap allows over its span: a percentage of the base over the
 * span (the bases of the span's periods of the credited kind), an amount, or
 * days of paid service (that base × days / the span's length in days).
 */
export function capMax(cap: CapRule, span: Span, kind: KindPeriod['kind'], zone: Zone, baseOf: (p: KindPeriod) => Ratio | null): Ratio | null {
  if (typeof cap.max === 'number') return fromDec(dec(cap.max));
  const spanBase = (): Ratio | null => {
    let total = ZERO_RATIO;
    for (const p of periodsIn(kind, zone, span.start, span.end)) {
      const base = baseOf(periodAt(kind, zone, p.start));
      if (base === null) return null;
      total = addR(total, base);
    }
    return total;
  };
  const days = DAYS.exec(cap.max);
  if (days) {
    const base = spanBase();
    const length = zone.localDayOf(span.end - 1) - zone.localDayOf(span.start) + 1;
    return base && mulR(base, ratio(Number(days[1]), length));
  }
  const percent = parsePercent(cap.max);
  const base = spanBase();
  return percent && base && mulR(base, mulR(fromDec(percent), ratio(1, 100)));
}
