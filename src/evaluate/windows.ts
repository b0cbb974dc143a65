import { InputError } from '../core/errors';
import { ALWAYS, createCalendar, maintenanceCalendar, outside, type Calendar, type Zone } from '../time';
import type { AgreementShape, MetricShape } from './model';

/** Calendars of one agreement, each built once however many metrics use it. */
export class Windows {
  private readonly built = new Map<string, Calendar>();

  constructor(
    private readonly agreement: AgreementShape,
    private readonly zone: Zone,
  ) {}

  named(name: string): Calendar {
    let cal = this.built.get(name);
    if (cal) return cal;
    const def = this.agreement.calendars?.[name];
    if (def) cal = createCalendar(def, this.zone);
    else if (name === '24x7') cal = ALWAYS;
    else throw new InputError(`unknown calendar '${name}'`);
    this.built.set(name, cal);
    return cal;
  }

  /** The metric's `window`: a calendar name, `{ outside: NAME }`, default 24x7. */
  of(metric: MetricShape): Calendar {
    const w = metric.window ?? '24x7';
    if (typeof w === 'string') return this.named(w);
    const key = `outside:${w.outside}`;
    let cal = this.built.get(key);
    if (!cal) {
      cal = outside(this.named(w.outside));
      this.built.set(key, cal);
    }
    return cal;
  }

  /**
   * The maintenance windows a metric's `exclude` (or `excludeFromWindow`)
   * names: `maintenance` is every window, an id that window only. Items that
   * are data sources are the availability kinds' (evaluate/downtime).
   */
  excluded(metric: MetricShape, key: 'exclude' | 'excludeFromWindow' = 'exclude'): Calendar | null {
    const names = (metric[key] ?? []).filter((n): n is string => typeof n === 'string');
    if (names.length === 0) return null;
    const all = this.agreement.maintenance?.windows ?? [];
    const picked = names.includes('maintenance') ? all : all.filter((w) => names.includes(w.id));
    for (const n of names) {
      if (n !== 'maintenance' && !all.some((w) => w.id === n)) throw new InputError(`metric '${metric.id}' excludes unknown maintenance window '${n}'`);
    }
    return picked.length === 0 ? null : maintenanceCalendar(picked, this.zone);
  }
}
