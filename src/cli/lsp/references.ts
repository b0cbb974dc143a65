import type { Document } from 'yaml';
import { BUILTIN_CALENDARS } from '../../lint/rules/valid-reference';
import { idsAt, keysAt, type DataPath, type Spot } from './yaml-nav';

/** What an id names; a reference and its definition agree on it. */
export type IdKind = 'service' | 'party' | 'metric' | 'data source' | 'calendar' | 'maintenance window';

/**
 * The keys whose value names something defined elsewhere in the agreement,
 * as the rules valid-reference and metric-owner-party resolve them
 * (`*` stands for any list index).
 */
const REFERENCES: ReadonlyArray<[pattern: string, kind: IdKind]> = [
  ['metrics.*.service', 'service'],
  ['metrics.*.owner', 'party'],
  ['metrics.*.data', 'data source'],
  ['metrics.*.pauses', 'data source'],
  ['metrics.*.window', 'calendar'],
  ['metrics.*.window.outside', 'calendar'],
  ['metrics.*.excuses.*', 'metric'],
  ['metrics.*.exclude.*', 'maintenance window'],
  ['approvals.*.party', 'party'],
  ['reporting.to.*', 'party'],
];

/** Where each kind of id is defined: the `id` of a list's items, or the keys of a mapping. */
const DEFINED: Record<IdKind, (doc: Document.Parsed) => Spot[]> = {
  service: (doc) => idsAt(doc, ['services']),
  party: (doc) => idsAt(doc, ['parties']),
  metric: (doc) => idsAt(doc, ['metrics']),
  'maintenance window': (doc) => idsAt(doc, ['maintenance', 'windows']),
  'data source': (doc) => keysAt(doc, ['data']),
  calendar: (doc) => keysAt(doc, ['calendars']),
};

/** Names that need no definition: the calendar 24x7, and `maintenance` for every window. */
export const BUILT_IN: Partial<Record<IdKind, readonly string[]>> = {
  calendar: BUILTIN_CALENDARS,
  'maintenance window': ['maintenance'],
};

/** The kind of id that the value at `path` names, if it is a reference. */
export function referenceKind(path: DataPath): IdKind | undefined {
  for (const [pattern, kind] of REFERENCES) {
    const parts = pattern.split('.');
    if (parts.length === path.length && parts.every((p, i) => (p === '*' ? typeof path[i] === 'number' : p === path[i]))) return kind;
  }
  return undefined;
}

/** Every definition of an id of this kind in the document, in document order. */
export function definitionsOf(doc: Document.Parsed, kind: IdKind): Spot[] {
  return DEFINED[kind](doc).filter((s) => typeof s.value === 'string' && s.value !== '');
}
