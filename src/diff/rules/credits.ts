import { parsePercent } from '../../core/condition';
import { cmp, dec, type Dec } from '../../core/decimal';
import { parseDuration } from '../../time/duration';
import { creditEffect, largestCredit } from '../effects';
import type { DiffContext } from '../context';
import type { Edit } from '../walk';
import { at, satisfiedSet, type Rule } from './rule';

const credit = (e: Edit, ctx: DiffContext) => creditEffect(largestCredit(ctx.before, ctx.metric('old', e.scope.metric)), largestCredit(ctx.after, ctx.metric('new', e.scope.metric)));

/** Credits of every metric, for a policy change (cap) that touches them all. */
const allCredits = (ctx: DiffContext) =>
  (Array.isArray(ctx.after.metrics) ? (ctx.after.metrics as Array<Record<string, unknown>>) : []).flatMap((m) => {
    const effects = creditEffect(largestCredit(ctx.before, ctx.metric('old', String(m.id))), largestCredit(ctx.after, m));
    return effects.map((x) => ({ ...x, text: `${String(m.id)}: ${x.text}` }));
  });

/** Compares two amounts where absence means `none`: `absent` is what it stands for. */
function compare(a: unknown, b: unknown, read: (v: unknown) => Dec | number | null, absent: number): number | null {
  const num = (v: unknown): number | Dec | null => (v === undefined || v === null ? absent : read(v));
  const x = num(a);
  const y = num(b);
  if (x === null || y === null) return null;
  if (typeof x === 'number' || typeof y === 'number') {
    const fx = typeof x === 'number' ? x : Number(x.m) / 10 ** x.e;
    const fy = typeof y === 'number' ? y : Number(y.m) / 10 ** y.e;
    return Math.sign(fy - fx);
  }
  return cmp(y, x);
}

const money = (v: unknown) => (typeof v === 'number' ? dec(v) : null);
const ms = (v: unknown) => (typeof v === 'string' ? parseDuration(v) : null);

/** Rules for service credits: tiers, earn-back and the credits policy. */
export const creditRules: Rule[] = [
  {
    pattern: at('metrics[].credits[]'),
    classify: (e, ctx) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'tier-added' : 'tier-removed', role: ctx.ownerRole(e.scope.metric), effects: credit(e, ctx) }),
  },
  {
    pattern: at('metrics[].credits[].credit'),
    classify: (e, ctx) => {
      const c = compare(e.old, e.new, parsePercent, 0);
      return c ? { kind: c > 0 ? 'credit-raised' : 'credit-reduced', role: ctx.ownerRole(e.scope.metric), effects: credit(e, ctx) } : null;
    },
  },
  {
    pattern: at('metrics[].credits[].when'),
    classify: (e, ctx) => {
      const set = satisfiedSet(e.old, e.new);
      if (set !== 'grows' && set !== 'shrinks') return null;
      return { kind: set === 'grows' ? 'tier-widened' : 'tier-narrowed', role: ctx.ownerRole(e.scope.metric) };
    },
  },
  {
    pattern: at('metrics[].earnBack.periods'),
    classify: (e, ctx) => {
      const role = ctx.ownerRole(e.scope.metric);
      if (e.op === 'added') return { kind: 'earn-back-added', role };
      if (e.op === 'removed') return { kind: 'earn-back-removed', role };
      const c = compare(e.old, e.new, (v) => (typeof v === 'number' ? v : null), 0);
      return c ? { kind: c > 0 ? 'earn-back-lengthened' : 'earn-back-shortened', role } : null;
    },
  },
  {
    pattern: at('credits.cap'),
    classify: (e, ctx) => {
      const c = compare(e.old, e.new, parsePercent, Infinity);
      return c ? { kind: c > 0 ? 'cap-raised' : 'cap-lowered', effects: allCredits(ctx) } : null;
    },
  },
  {
    pattern: at('credits.minimum'),
    classify: (e) => {
      const c = compare(e.old, e.new, money, 0);
      return c ? { kind: c > 0 ? 'minimum-raised' : 'minimum-lowered' } : null;
    },
  },
  {
    pattern: at('credits.combine'),
    classify: (e) => {
      const a = e.old ?? 'max';
      const b = e.new ?? 'max';
      if (a === b) return null;
      return b === 'sum' ? { kind: 'combine-to-sum' } : a === 'sum' ? { kind: 'combine-to-max' } : null;
    },
  },
  {
    pattern: at('credits.claim.within'),
    classify: (e) => {
      const c = compare(e.old, e.new, ms, Infinity);
      return c ? { kind: c > 0 ? 'claim-window-extended' : 'claim-window-shortened' } : null;
    },
  },
  {
    pattern: at('services[].fee.amount'),
    classify: (e) => {
      if (e.op !== 'changed') return null;
      const c = compare(e.old, e.new, money, 0);
      return c ? { kind: c > 0 ? 'fee-raised' : 'fee-lowered' } : null;
    },
  },
  {
    pattern: at('services[].limits.*'),
    classify: (e) => {
      const c = compare(e.old, e.new, (v) => (typeof v === 'number' ? v : null), Infinity);
      return c ? { kind: c > 0 ? 'limit-raised' : 'limit-lowered' } : null;
    },
  },
];
