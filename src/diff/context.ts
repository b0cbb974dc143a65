import type { Direction } from './types';

type Data = Record<string, unknown>;
type Side = 'old' | 'new';

const list = (x: unknown): Data[] => (Array.isArray(x) ? (x as Data[]) : []);
const rec = (x: unknown): Data => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Data) : {});

/** A party role as whom a change can favour; other roles cannot be judged from the file. */
export type Role = 'customer' | 'provider' | undefined;

/** The two agreements, looked up by id for the classifiers. */
export class DiffContext {
  constructor(
    readonly before: Data,
    readonly after: Data,
  ) {}

  side(s: Side): Data {
    return s === 'old' ? this.before : this.after;
  }

  metric(s: Side, id: string | undefined): Data | undefined {
    return list(this.side(s).metrics).find((m) => m.id === id);
  }

  /** A metric as it is now, else as it was. */
  anyMetric(id: string | undefined): Data | undefined {
    return this.metric('new', id) ?? this.metric('old', id);
  }

  role(s: Side, partyId: unknown): Role {
    const role = list(this.side(s).parties).find((p) => p.id === partyId)?.role;
    return role === 'provider' || role === 'customer' ? role : undefined;
  }

  /** The role of a metric's owner, from the new side when it is there. */
  ownerRole(metricId: string | undefined): Role {
    const m = this.metric('new', metricId);
    if (m) return this.role('new', m.owner);
    const o = this.metric('old', metricId);
    return o ? this.role('old', o.owner) : undefined;
  }

  /**
   * Whom less time in a calendar favours, judged by the metrics measured in
   * it: a metric's owner when measured inside, the other party when measured
   * outside (`{ outside: NAME }`); neutral when none uses it, review when they disagree.
   */
  lessTimeIn(calendar: string): Direction {
    const found = new Set<Direction>();
    for (const s of ['old', 'new'] as const) {
      for (const m of list(this.side(s).metrics)) {
        const w = m.window;
        const inside = w === calendar;
        const outside = rec(w).outside === calendar;
        if (!inside && !outside) continue;
        const role = this.role(s, m.owner);
        if (!role) found.add('review');
        else found.add(inside ? role : role === 'customer' ? 'provider' : 'customer');
      }
    }
    if (found.size === 0) return 'neutral';
    return found.size === 1 ? [...found][0] : 'review';
  }

  /** Whether any metric leaves this maintenance window out of its downtime. */
  windowExcluded(id: string | undefined): boolean {
    return ['old', 'new'].some((s) => list(this.side(s as Side).metrics).some((m) => Array.isArray(m.exclude) && (m.exclude.includes('maintenance') || m.exclude.includes(id))));
  }

  field(s: Side, ...keys: Array<string | number>): unknown {
    let v: unknown = this.side(s);
    for (const k of keys) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined;
    return v;
  }
}
