import type { SourcePlan } from '../rows';
import { createTimestampParser, UTC_ZONE } from '../time';
import { madeColumns } from './made-columns';
import { isObject, RecordError, type JsonRecord, type PathPart } from './records';
import type { Invalid, RecordTransform } from './transform';

/** Zendesk's ticket metrics (developer.zendesk.com, Ticket Metric Events). */
export const ZENDESK_METRICS = ['agent_work_time', 'group_ownership_time', 'pausable_update_time', 'periodic_update_time', 'reply_time', 'requester_wait_time', 'resolution_time'];
const EVENT_TYPES = ['activate', 'pause', 'fulfill', 'apply_sla', 'apply_group_sla', 'breach', 'update_status', 'measure'];

export const ZENDESK_ITEM_COLUMNS = ['item', 'ticket_id', 'metric', 'instance_id', 'activated_at', 'fulfilled_at', 'breached_at', 'breached', 'policy', 'policy_id', 'target', 'target_in_seconds', 'business_hours', 'pauses'];
export const ZENDESK_PAUSE_COLUMNS = ['item', 'ticket_id', 'metric', 'instance_id', 'start', 'end'];

interface Pause {
  start: JsonRecord;
  end: JsonRecord | null;
}

/** One metric instance of one ticket, as its events go by. */
interface Instance {
  key: string;
  first: JsonRecord;
  state: 'new' | 'running' | 'paused' | 'fulfilled';
  last: number;
  lastText: string;
  activated: JsonRecord | null;
  fulfilled: JsonRecord | null;
  breach: JsonRecord | null;
  sla: JsonRecord | null;
  pauses: Pause[];
  broken: boolean;
}

const parseTime = createTimestampParser(UTC_ZONE, 'reject');

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
/** A value of the data as a message shows it: at most 40 characters. */
const short = (v: unknown): string => {
  const s = str(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/**
 * Zendesk's ticket metric events as items (one per ticket, metric and
 * instance: activated, fulfilled, breached, its SLA policy and target) or
 * as the intervals in which each was paused. Per instance, events must come
 * in time order and follow the metric's life: activate, then pauses each
 * ended by an activate (or by the fulfil), then fulfil; an activate after a
 * fulfil reopens it, and the time in between is a pause. Anything else is
 * a bad event, named with its place in the file (docs/sources/zendesk.md).
 */
export function zendeskEvents(plan: SourcePlan, invalid: Invalid): RecordTransform {
  const asItems = plan.kind === 'items';
  const take = madeColumns(plan, asItems ? ZENDESK_ITEM_COLUMNS : ZENDESK_PAUSE_COLUMNS, 'zendesk-events', plan.kind);
  const instances = new Map<string, Instance>();
  const order: Instance[] = [];

  const bad = (inst: Instance | null, record: JsonRecord, at: PathPart[], reason: string): void => {
    if (inst) inst.broken = true;
    invalid(new RecordError(record, at, reason));
  };

  return {
    push(record) {
      const e = record.value;
      if (!isObject(e)) return bad(null, record, [], 'a ticket metric event is an object');
      if (e.deleted === true) return;
      const type = str(e.type);
      const metric = str(e.metric);
      if (!ZENDESK_METRICS.includes(metric)) {
        return bad(null, record, ['metric'], `unknown metric ${JSON.stringify(metric.slice(0, 40))} (Zendesk's: ${ZENDESK_METRICS.join(', ')})`);
      }
      if (!EVENT_TYPES.includes(type)) return bad(null, record, ['type'], `unknown event type ${JSON.stringify(type.slice(0, 40))} (Zendesk's: ${EVENT_TYPES.join(', ')})`);
      const time = parseTime(str(e.time));
      if (typeof time !== 'number') return bad(null, record, ['time'], time.error);
      const key = `${str(e.ticket_id)}:${metric}:${str(e.instance_id)}`;
      let inst = instances.get(key);
      if (!inst) {
        inst = { key, first: record, state: 'new', last: -Infinity, lastText: '', activated: null, fulfilled: null, breach: null, sla: null, pauses: [], broken: false };
        instances.set(key, inst);
        order.push(inst);
      }
      if (inst.broken) return;
      if (time < inst.last) {
        return bad(inst, record, ['time'], `events out of order: ticket ${short(e.ticket_id)} ${metric} has this ${type} at ${short(e.time)} after an event at ${short(inst.lastText)}`);
      }
      inst.last = time;
      inst.lastText = str(e.time);
      const what = `ticket ${short(e.ticket_id)} ${metric}`;
      switch (type) {
        case 'activate':
          if (inst.state === 'new') inst.activated = record;
          else if (inst.state === 'paused') inst.pauses[inst.pauses.length - 1]!.end = record;
          else if (inst.state === 'fulfilled') {
            inst.pauses.push({ start: inst.fulfilled!, end: record });
            inst.fulfilled = null;
          }
          inst.state = 'running';
          return;
        case 'pause':
          if (inst.state === 'new') return bad(inst, record, ['type'], `${what}: a pause before the metric was activated (does the export start after its activate event?)`);
          if (inst.state === 'paused') {
            const since = str((inst.pauses[inst.pauses.length - 1]!.start.value as Record<string, unknown>).time);
            return bad(inst, record, ['type'], `${what}: a pause without a resume: paused since ${short(since)}, paused again`);
          }
          if (inst.state === 'running') {
            inst.pauses.push({ start: record, end: null });
            inst.state = 'paused';
          }
          return;
        case 'fulfill':
          if (inst.state === 'new') return bad(inst, record, ['type'], `${what}: fulfilled before the metric was activated (does the export start after its activate event?)`);
          if (inst.state === 'paused') inst.pauses[inst.pauses.length - 1]!.end = record;
          if (inst.state !== 'fulfilled') inst.fulfilled = record;
          inst.state = 'fulfilled';
          return;
        case 'breach':
          inst.breach ??= record;
          return;
        case 'apply_sla':
          if (!isObject(e.sla)) return bad(inst, record, ['sla'], 'an apply_sla event without its sla');
          inst.sla = record;
          return;
        default:
          return;
      }
    },
    end(emit) {
      for (const inst of order) {
        if (inst.broken || !inst.activated) continue;
        const a = inst.activated.value as Record<string, unknown>;
        const base = { item: inst.key, ticket_id: str(a.ticket_id), metric: str(a.metric), instance_id: str(a.instance_id) };
        const at = (record: JsonRecord | null, path: PathPart[]): { record: JsonRecord; at: PathPart[] } => ({ record: record ?? inst.activated!, at: record ? path : [] });
        if (asItems) {
          const sla = inst.sla ? ((inst.sla.value as Record<string, unknown>).sla as Record<string, unknown>) : null;
          const policy = sla && isObject(sla.policy) ? sla.policy : null;
          const time = (r: JsonRecord | null): string => (r ? str((r.value as Record<string, unknown>).time) : '');
          const values: Record<string, { text: string; from: { record: JsonRecord; at: PathPart[] } }> = {
            ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, { text: v, from: at(inst.activated, [k === 'item' ? 'ticket_id' : k]) }])),
            activated_at: { text: time(inst.activated), from: at(inst.activated, ['time']) },
            fulfilled_at: { text: time(inst.fulfilled), from: at(inst.fulfilled, ['time']) },
            breached_at: { text: time(inst.breach), from: at(inst.breach, ['time']) },
            breached: { text: String(inst.breach !== null), from: at(inst.breach, ['type']) },
            policy: { text: str(policy?.title), from: at(inst.sla, ['sla', 'policy', 'title']) },
            policy_id: { text: str(policy?.id), from: at(inst.sla, ['sla', 'policy', 'id']) },
            target: { text: str(sla?.target), from: at(inst.sla, ['sla', 'target']) },
            target_in_seconds: { text: str(sla?.target_in_seconds ?? (typeof sla?.target === 'number' ? sla.target * 60 : '')), from: at(inst.sla, ['sla', 'target_in_seconds']) },
            business_hours: { text: str(sla?.business_hours), from: at(inst.sla, ['sla', 'business_hours']) },
            pauses: { text: String(inst.pauses.length), from: at(inst.activated, []) },
          };
          emit(take(values));
        } else {
          for (const p of inst.pauses) {
            const end = p.end ? str((p.end.value as Record<string, unknown>).time) : '';
            emit(take({
              ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, { text: v, from: at(p.start, [k === 'item' ? 'ticket_id' : k]) }])),
              start: { text: str((p.start.value as Record<string, unknown>).time), from: at(p.start, ['time']) },
              end: { text: end, from: at(p.end ?? p.start, ['time']) },
            }));
          }
        }
      }
    },
  };
}

