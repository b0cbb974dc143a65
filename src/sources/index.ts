import { SOURCE_FORMATS } from '../core/source-formats';
import type { SourcePlan } from '../rows';
import { genericRecords } from './generic';
import { prometheusSeries } from './prometheus';
import { columnPath, isObject, lookup, type JsonRecord, type PathPart } from './records';
import { statuspageIncidents } from './statuspage';
import type { Invalid, RecordTransform, TransformFactory } from './transform';
import { zendeskEvents } from './zendesk';

export { pathText, RecordError, type JsonRecord, type PathPart } from './records';
export type { Invalid, MadeRow, RecordTransform } from './transform';
export { parseSelector } from '../core/promql-selector';

/** The vendor shapes that are not one row per record (core/source-formats: `transformed`), by format. */
const TRANSFORMS: Partial<Record<string, Partial<Record<SourcePlan['kind'], TransformFactory>>>> = {
  'zendesk-events': { items: zendeskEvents, intervals: zendeskEvents },
  statuspage: { intervals: statuspageIncidents },
  prometheus: { counts: prometheusSeries },
};

/** How a JSON source's records become its rows. */
export function transformFor(plan: SourcePlan, invalid: Invalid): RecordTransform {
  const make = TRANSFORMS[plan.format ?? 'json']?.[plan.kind];
  return (make ?? genericRecords)(plan, invalid);
}

/**
 * The records of one JSON value of a file: the elements of an array; else
 * the array found at the first of `paths` the document has (`incidents`,
 * `data.result`); else, when no path was asked for by name, the document
 * itself (a line of JSON lines). Null when a path named in the agreement
 * is missing.
 */
export function recordsOf(doc: unknown, index: number, paths: readonly string[], named: boolean): JsonRecord[] | null {
  if (Array.isArray(doc)) return doc.map((value, k) => ({ value, doc: index, path: [k] }));
  for (const p of paths) {
    const found = lookup(doc, p);
    if (Array.isArray(found.value)) {
      const at: PathPart[] = isObject(doc) && Object.prototype.hasOwnProperty.call(doc, p) ? [p] : columnPath(p);
      return found.value.map((value, k) => ({ value, doc: index, path: [...at, k] }));
    }
  }
  if (named) return null;
  return [{ value: doc, doc: index, path: [] }];
}

/** The record paths of a source: the agreement's `records`, else its format's. */
export function recordPaths(plan: SourcePlan): { paths: readonly string[]; named: boolean } {
  if (plan.def?.records) return { paths: [plan.def.records], named: true };
  return { paths: SOURCE_FORMATS[plan.format ?? 'json'].records ?? [], named: false };
}
