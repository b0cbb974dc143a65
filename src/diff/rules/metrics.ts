import { parseCondition, pointsUp } from '../../core/condition';
import { PERIOD_KINDS } from '../../core/model';
import { parseDuration } from '../../time/duration';
import { allowedDowntime, downtimeEffect, samplePeriod, windowCalendar } from '../effects';
import { at, satisfiedSet, type Rule } from './rule';

const ms = (v: unknown): number => (typeof v === 'string' ? (parseDuration(v) ?? NaN) : NaN);

/** Rules for the service levels themselves: targets, periods, windows, time limits. */
export const metricRules: Rule[] = [
  {
    pattern: at('metrics[]'),
    classify: (e, ctx) => {
      const m = (e.new ?? e.old) as Record<string, unknown>;
      return { kind: e.op === 'added' ? 'metric-added' : 'metric-removed', role: ctx.role(e.op === 'added' ? 'new' : 'old', m.owner) };
    },
  },
  {
    pattern: at('metrics[].target'),
    classify: (e, ctx) => {
      const effects = downtimeEffect(allowedDowntime(ctx.before, ctx.metric('old', e.scope.metric)), allowedDowntime(ctx.after, ctx.metric('new', e.scope.metric)));
      const set = satisfiedSet(e.old, e.new);
      const role = ctx.ownerRole(e.scope.metric);
      if (set === null || set === 'same') return { kind: 'value-changed', effects };
      const x = parseCondition(e.old);
      const y = parseCondition(e.new);
      const sameNumber = x && y && x.numberText !== '' && Number(x.numberText) === Number(y.numberText);
      if (sameNumber) return { kind: set === 'grows' ? 'target-made-inclusive' : 'target-made-strict', role, effects };
      return { kind: set === 'grows' ? 'target-lowered' : 'target-raised', role, effects };
    },
  },
  { pattern: at('metrics[].warning'), classify: () => ({ kind: 'warning-changed' }) },
  {
    pattern: at('metrics[].period'),
    classify: (e, ctx) => {
      const a = PERIOD_KINDS.indexOf(e.old as never);
      const b = PERIOD_KINDS.indexOf(e.new as never);
      if (a < 0 || b < 0) return null;
      const effects = downtimeEffect(allowedDowntime(ctx.before, ctx.metric('old', e.scope.metric)), allowedDowntime(ctx.after, ctx.metric('new', e.scope.metric)));
      return { kind: b > a ? 'period-lengthened' : 'period-shortened', role: ctx.ownerRole(e.scope.metric), effects };
    },
  },
  {
    pattern: at('metrics[].window'),
    classify: (e, ctx) => {
      const old = ctx.metric('old', e.scope.metric);
      const now = ctx.metric('new', e.scope.metric);
      const period = samplePeriod(ctx.after, (now?.period ?? 'month') as never);
      const a = windowCalendar(ctx.before, e.old);
      const b = windowCalendar(ctx.after, e.new);
      if (!period || !a || !b) return null;
      const wa = a.calendar.windowTime(period.start, period.end);
      const wb = b.calendar.windowTime(period.start, period.end);
      if (wa === wb) return null;
      const effects = downtimeEffect(allowedDowntime(ctx.before, old), allowedDowntime(ctx.after, now));
      return { kind: wb < wa ? 'window-narrowed' : 'window-widened', role: ctx.ownerRole(e.scope.metric), effects };
    },
  },
  {
    pattern: at('metrics[].within'),
    classify: (e, ctx) => {
      const a = ms(e.old);
      const b = ms(e.new);
      if (Number.isNaN(a) || Number.isNaN(b)) return null;
      return { kind: b > a ? 'time-limit-extended' : 'time-limit-shortened', role: ctx.ownerRole(e.scope.metric) };
    },
  },
  {
    pattern: at('metrics[].percentile'),
    classify: (e, ctx) => {
      if (typeof e.old !== 'number' || typeof e.new !== 'number') return null;
      // For a lower bound (`>= 50ms`), a higher percentile is easier to meet.
      const up = pointsUp(parseCondition(ctx.anyMetric(e.scope.metric)?.target) ?? { op: '<=' });
      return { kind: e.new > e.old ? 'percentile-raised' : 'percentile-lowered', role: ctx.ownerRole(e.scope.metric), flip: up };
    },
  },
  { pattern: at('metrics[].exclude[]'), classify: (e) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'exclusion-added' : 'exclusion-removed' }) },
  { pattern: at('metrics[].excuses[]'), classify: (e) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'excuse-added' : 'excuse-removed' }) },
  { pattern: at('metrics[].owner'), classify: () => ({ kind: 'owner-changed' }) },
  { pattern: at('metrics[].name', 'metrics[].description'), classify: () => ({ kind: 'wording-changed' }) },
  {
    pattern: /^metrics\[\]\.(kind|data|where|good|value|from|to|pauses|aggregate|slice|downWhen|unit|service)(\.|\[|$)/,
    classify: () => ({ kind: 'measurement-changed' }),
  },
];
