import { parseDate } from '../../time/civil';
import { parseDuration } from '../../time/duration';
import type { DiffContext } from '../context';
import type { Edit } from '../walk';
import { at, type Rule } from './rule';

function termDays(ctx: DiffContext, side: 'old' | 'new'): number | null {
  const a = parseDate(String(ctx.field(side, 'term', 'start')));
  const b = parseDate(String(ctx.field(side, 'term', 'end')));
  return a === null || b === null ? null : b - a + 1;
}

const ms = (v: unknown) => (typeof v === 'string' ? parseDuration(v) : null);

/** Changes to the same term are one change, reported at the first edit of it. */
function term(_: Edit, ctx: DiffContext) {
  const a = termDays(ctx, 'old');
  const b = termDays(ctx, 'new');
  if (a === null || b === null || a === b) return null;
  return {
    kind: b < a ? ('term-shortened' as const) : ('term-extended' as const),
    once: 'term',
    effects: [{ measure: 'duration' as const, before: String(a * 86_400_000), after: String(b * 86_400_000), unit: 'ms', text: `term: ${a} → ${b} days` }],
  };
}

/** Rules for the term, services, parties and escalation. */
export const termRules: Rule[] = [
  { pattern: at('term.start', 'term.end'), classify: term },
  { pattern: at('services[]'), classify: (e) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'service-added' : 'service-removed' }) },
  { pattern: at('services[].includes[]'), classify: (e) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'inclusion-added' : 'inclusion-removed' }) },
  { pattern: at('services[].excludes[]', 'exclusions[]'), classify: (e) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'exclusion-added' : 'exclusion-removed' }) },
  {
    pattern: at('parties[].responsibilities[]'),
    classify: (e, ctx) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'responsibility-added' : 'responsibility-removed', role: ctx.role(e.op === 'added' ? 'new' : 'old', e.scope.party) }),
  },
  {
    pattern: at('escalation[].after'),
    classify: (e) => {
      const a = ms(e.old);
      const b = ms(e.new);
      if (a === null || b === null || a === b) return null;
      return { kind: b > a ? 'escalation-slowed' : 'escalation-sped-up' };
    },
  },
];
