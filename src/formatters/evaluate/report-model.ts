import type { Evaluation } from '../../evaluate/result';
import { byMetric } from './by-metric';
import { metricChart, targetNumber } from './chart';
import { countsLine, displayCredit, displayMoney, displayPercent, displayValue, STATUS_LABEL } from './display';
import type { EvaluateFormatOptions } from './types';

/** Everything the report templates show, already worded; the templates only lay it out. */
export function reportModel(evaluation: Evaluation, options: EvaluateFormatOptions) {
  const { locale } = options;
  const ctx = options.context;
  const zone = evaluation.agreement.timezone;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const start = Date.parse(evaluation.range.start);
  const lastDay = Date.parse(evaluation.range.end) - 1;
  const grouped = byMetric(evaluation.results);
  const serviceName = (id: string | null): string => (id === null ? '' : (ctx?.services[id]?.name ?? id));
  const partyName = (id: string): string => ctx?.parties.find((p) => p.id === id)?.name ?? id;
  const metrics = [...grouped].map(([id, rs], index) => {
    const info = ctx?.metrics[id];
    return {
      id,
      name: info?.name ?? id,
      service: serviceName(info?.service ?? null),
      owner: info?.owner ? partyName(info.owner) : '',
      target: rs[0].target,
      chart: metricChart({
        id: `chart-${index + 1}`,
        title: `${info?.name ?? id} per period, target ${rs[0].target}`,
        points: rs.map((r) => ({ label: r.period, value: r.value, status: r.status })),
        target: targetNumber(rs[0].target, rs[0].unit),
        unit: rs[0].unit,
      }),
      rows: rs.map((r) => ({
        period: r.resource === undefined ? r.period : `${r.period} · ${r.resource}`,
        partial: r.partial,
        value: displayValue(r, locale),
        status: r.status,
        statusLabel: STATUS_LABEL[r.status] + (r.status === 'excused' && r.excusedBy ? ` (by ${r.excusedBy.join(', ')})` : ''),
        credit: displayCredit(r, locale),
      })),
    };
  });
  const credits = evaluation.credits.map((c) => ({
    service: c.resource === undefined ? serviceName(c.service) : `${serviceName(c.service)} · ${c.resource}`,
    period: c.period,
    claimBy: c.claimBy === null ? '' : day.format(Date.parse(`${c.claimBy}T12:00:00Z`)),
    percent: c.percent === null ? '—' : displayPercent(c.percent, locale),
    amount: c.amount === null ? '—' : displayMoney(c.amount, c.currency, locale),
    note: c.belowMinimum ? 'below the minimum: not issued' : '',
  }));
  const reporting = ctx?.reporting ?? null;
  return {
    lang: locale,
    title: ctx?.title || evaluation.agreement.title,
    id: evaluation.agreement.id,
    version: ctx?.version ?? '',
    range: `${day.format(start)} – ${day.format(lastDay)}`,
    asOf: moment.format(Date.parse(evaluation.asOf)),
    timezone: zone,
    parties: (ctx?.parties ?? []).map((p) => ({ name: p.name, role: p.role })),
    reporting: reporting
      ? { every: reporting.every ?? '', due: reporting.due ?? '', to: reporting.to.map(partyName).join(', '), contents: reporting.contents }
      : null,
    summary: countsLine(evaluation.totals),
    owed: evaluation.credits.some((c) => c.amount !== null) ? displayMoney(evaluation.totals.amount, evaluation.agreement.currency, locale) : '',
    metrics,
    credits,
    claims: evaluation.credits.some((c) => c.claimBy !== null),
    skipped: evaluation.skipped,
  };
}

export type ReportModel = ReturnType<typeof reportModel>;
