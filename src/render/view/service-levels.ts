import type { Metric } from '../agreement';
import { conditionWords } from '../words/condition';
import { periodLabel, perPeriod } from '../words/period';
import { inline, isCustomerMetric, partyName, text, type ViewContext } from './context';
import { limitTable } from './durations';
import { measurementWords } from './measurement';
import { sub, type SectionDef } from './section';

function metricRow(m: Metric, ctx: ViewContext) {
  return {
    id: m.id,
    name: text(m.name ?? m.id),
    description: m.description ? inline(m.description) : null,
    owner: partyName(ctx, m.owner),
    target: conditionWords(m.target, ctx.fmt, m.unit),
    warning: m.warning ? conditionWords(m.warning, ctx.fmt, m.unit) : null,
    period: periodLabel(m.period),
    per: perPeriod(m.period),
    measured: measurementWords(m, ctx),
    limits: limitTable(m, ctx),
  };
}

const providerMetrics = (ctx: ViewContext): Metric[] => (ctx.agreement.metrics ?? []).filter((m) => !isCustomerMetric(ctx, m));

export const serviceLevels: SectionDef = {
  id: 'service-levels',
  title: 'Service levels',
  present: (a) => (a.metrics ?? []).some((m) => (a.parties ?? []).find((p) => p.id === m.owner)?.role !== 'customer'),
  build: (ctx, number) => {
    const metrics = providerMetrics(ctx);
    const groups: Array<{ name: string; metrics: Metric[] }> = (ctx.agreement.services ?? []).map((s) => ({
      name: text(s.name ?? s.id),
      metrics: metrics.filter((m) => m.service === s.id),
    }));
    const other = metrics.filter((m) => !ctx.service(m.service));
    if (other.length > 0) groups.push({ name: 'Other service levels', metrics: other });
    return {
      services: groups
        .filter((g) => g.metrics.length > 0)
        .map((g, i) => ({ number: sub(number, i), name: g.name, metrics: g.metrics.map((m) => metricRow(m, ctx)) })),
    };
  },
};

export const obligations: SectionDef = {
  id: 'obligations',
  title: 'Customer obligations',
  present: (a) => (a.metrics ?? []).some((m) => (a.parties ?? []).find((p) => p.id === m.owner)?.role === 'customer'),
  build: (ctx) => ({
    obligations: (ctx.agreement.metrics ?? [])
      .filter((m) => isCustomerMetric(ctx, m))
      .map((m) => {
        const excused = (m.excuses ?? []).map((id) => text(ctx.metric(id)?.name ?? id));
        const where = ctx.ref('service-levels');
        return {
          ...metricRow(m, ctx),
          excuses:
            excused.length > 0
              ? `When this obligation is missed in a period, ${ctx.fmt.list(excused)}${where ? ` (${where})` : ''} ${excused.length === 1 ? 'is' : 'are'} excused for that period and earn${excused.length === 1 ? 's' : ''} no service credit.`
              : null,
        };
      }),
  }),
};
