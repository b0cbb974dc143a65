import { InputError } from '../core/errors';
import { ALWAYS, createCalendar, maintenanceCalendar, outside, type Calendar, type Zone } from '../time';
import type { AgreementShape, MetricShape } from './model';
import { checkCalendarSize } from './run-size';

/** Calendars of one agreement, each built once however many metrics use it. */
export class Windows {
  private readonly built = new Map<string, Calendar>();

  /** `days`: the length of the evaluated range, which a calendar's table covers. */
  constructor(
    private readonly agreement: AgreementShape,
    private readonly zone: Zone,
    private readonly days: number,
  ) {}

  named(name: string): Calendar {
    let cal = this.built.get(name);
    if (cal) return cal;
    const def = this.agreement.calendars?.[name];
    if (def) cal = checkCalendarSize(createCalendar(def, this.zone), `calendar '${name}'`, this.days);
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
    if (picked.length === 0) return null;
    // Metrics that exclude the same windows share one calendar.
    const id = `exclude:${JSON.stringify(picked.map((w) => w.id))}`;
    let cal = this.built.get(id);
    if (!cal) {
      cal = checkCalendarSize(maintenanceCalendar(picked, this.zone), 'the maintenance windows', this.days);
      this.built.set(id, cal);
    }
    return cal;
  }
}
