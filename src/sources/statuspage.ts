import type { SourcePlan } from '../rows';
import { createTimestampParser, UTC_ZONE } from '../time';
import { madeColumns, type MadeCell } from './made-columns';
import { isObject, RecordError, type PathPart } from './records';
import type { Invalid, RecordTransform } from './transform';

export const STATUSPAGE_COLUMNS = ['incident', 'name', 'impact', 'incident_status', 'shortlink', 'component', 'component_id', 'status', 'start', 'end'];

const parseTime = createTimestampParser(UTC_ZONE, 'reject');
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const UP = new Set(['operational', '']);

interface Open {
  status: string;
  name: string;
  id: string;
  start: MadeCell;
}

/**
 * Statuspage's incident history as downtime intervals, one per incident,
 * component and status: an interval starts at the update that moves a
 * component out of `operational` (the update's display_at, else created_at)
 * and ends at the update that moves it back or to another status, else at
 * the incident's resolved_at (open while unresolved). A component the
 * incident lists without any update changing it is down, with status
 * unknown (empty), from started_at (else created_at) to resolved_at.
 */
export function statuspageIncidents(plan: SourcePlan, invalid: Invalid): RecordTransform {
  const take = madeColumns(plan, STATUSPAGE_COLUMNS, 'statuspage', 'intervals');
  return {
    push(record, emit) {
      const inc = record.value;
      if (!isObject(inc)) return invalid(new RecordError(record, [], 'an incident is an object'));
      const cell = (text: string, at: PathPart[]): MadeCell => ({ text, from: { record, at } });
      const common: Record<string, MadeCell> = {
        incident: cell(str(inc.id), ['id']),
        name: cell(str(inc.name), ['name']),
        impact: cell(str(inc.impact), ['impact']),
        incident_status: cell(str(inc.status), ['status']),
        shortlink: cell(str(inc.shortlink), ['shortlink']),
      };
      const updates = Array.isArray(inc.incident_updates) ? inc.incident_updates : [];
      const timed: { at: number; text: string; k: number; key: string; u: Record<string, unknown> }[] = [];
      for (let k = 0; k < updates.length; k++) {
        const u = updates[k];
        if (!isObject(u)) return invalid(new RecordError(record, ['incident_updates', k], 'an incident update is an object'));
        const key = u.display_at ? 'display_at' : 'created_at';
        const t = parseTime(str(u[key]));
        if (typeof t !== 'number') return invalid(new RecordError(record, ['incident_updates', k, key], t.error));
        timed.push({ at: t, text: str(u[key]), k, key, u });
      }
      // Statuspage lists updates newest first; equal times keep the list's (reversed) order
      timed.sort((a, b) => a.at - b.at || b.k - a.k);
      const resolvedAt = str(inc.resolved_at);
      const endCell = resolvedAt ? cell(resolvedAt, ['resolved_at']) : cell('', ['status']);
      const open = new Map<string, Open>();
      const touched = new Set<string>();
      const rows: Record<string, MadeCell>[] = [];
      const close = (o: Open, end: MadeCell): void => {
        rows.push({ ...common, component: cell(o.name, o.start.from.at), component_id: cell(o.id, o.start.from.at), status: cell(o.status, o.start.from.at), start: o.start, end });
      };
      for (const t of timed) {
        const affected = Array.isArray(t.u.affected_components) ? t.u.affected_components : [];
        affected.forEach((a, j) => {
          if (!isObject(a)) return;
          const id = str(a.code);
          touched.add(id);
          const status = str(a.new_status);
          const was = open.get(id);
          if (was && was.status === status) return;
          const here = cell(t.text, ['incident_updates', t.k, t.key]);
          if (was) {
            close(was, here);
            open.delete(id);
          }
          if (!UP.has(status)) open.set(id, { status, name: str(a.name), id, start: { text: t.text, from: { record, at: ['incident_updates', t.k, 'affected_components', j, 'new_status'] } } });
        });
      }
      for (const o of open.values()) close(o, endCell);
      const components = Array.isArray(inc.components) ? inc.components : [];
      const startKey = inc.started_at ? 'started_at' : 'created_at';
      const whole = cell(str(inc[startKey]), [startKey]);
      components.forEach((c, j) => {
        if (!isObject(c) || touched.has(str(c.id))) return;
        rows.push({ ...common, component: cell(str(c.name), ['components', j, 'name']), component_id: cell(str(c.id), ['components', j, 'id']), status: cell('', ['components', j]), start: whole, end: endCell });
      });
      if (components.length === 0 && touched.size === 0) rows.push({ ...common, component: cell('', []), component_id: cell('', []), status: cell('', []), start: whole, end: endCell });
      for (const r of rows) emit(take(r));
    },
    end() {},
  };
}

