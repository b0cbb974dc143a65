import type { Agreement, Metric, OneOffMaintenanceWindow, RecurringMaintenanceWindow } from '../../core/model';

/**
 * The agreement as rules read it: the model's shape with every key optional.
 * Rules run after the schema, yet a rule must never crash on a key that is
 * absent, so the types make each access say what happens when it is.
 */
export type Loose<T> = T extends readonly (infer U)[] ? Loose<U>[] : T extends object ? { [K in keyof T]?: Loose<T[K]> } : T;

/** A maintenance window of either form, read key by key. */
export type MaintenanceWindowView = Loose<RecurringMaintenanceWindow & OneOffMaintenanceWindow>;
export type MetricView = Loose<Metric>;
export type AgreementView = Loose<Omit<Agreement, 'maintenance'>> & {
  maintenance?: { notice?: string; windows?: MaintenanceWindowView[] };
};

export function view(agreement: Agreement): AgreementView {
  return agreement as unknown as AgreementView;
}

/** Items of an optional list with their indexes; anything not a list gives none. */
export function entries<T>(list: readonly T[] | undefined | null): [T, number][] {
  return Array.isArray(list) ? list.map((item, i): [T, number] => [item, i]) : [];
}

/** The keys of an optional map. */
export function keysOf(map: Record<string, unknown> | undefined | null): string[] {
  return map && typeof map === 'object' ? Object.keys(map) : [];
}

export function partyRole(agreement: AgreementView, id: unknown): string | undefined {
  return typeof id === 'string' ? agreement.parties?.find((p) => p.id === id)?.role : undefined;
}

export function metricById(agreement: AgreementView, id: unknown): MetricView | undefined {
  return typeof id === 'string' ? agreement.metrics?.find((m) => m.id === id) : undefined;
}

export function dataKind(agreement: AgreementView, name: unknown): string | undefined {
  if (typeof name !== 'string' || !agreement.data || !Object.hasOwn(agreement.data, name)) return undefined;
  return agreement.data[name]?.kind;
}

