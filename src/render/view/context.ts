import type { AgreementInput, Calendar, DataSource, Metric, Party, Service } from '../agreement';
import type { LocaleFormat } from '../words/locale-format';

/** Prose written in Markdown by the agreement's authors: rendered, never escaped away. */
export class Prose {
  constructor(
    readonly markdown: string,
    /** One line of inline Markdown (list items, cells) rather than blocks. */
    readonly inline = false,
  ) {}
}

/** Inline Markdown from the agreement (the schema's `Markdown` fields in lists and cells). */
export function inline(value: unknown): Prose {
  return new Prose(value === undefined || value === null ? '' : String(value), true);
}

/** What every section builder sees. */
export interface ViewContext {
  readonly agreement: AgreementInput;
  readonly fmt: LocaleFormat;
  readonly currency: string;
  /** "section 5" for a present section, null when it is left out. */
  ref(sectionId: string): string | null;
  party(id: string | undefined): Party | undefined;
  service(id: string | undefined): Service | undefined;
  calendar(id: string): Calendar | undefined;
  dataSource(id: string | undefined): DataSource | undefined;
  metric(id: string): Metric | undefined;
}

export function createContext(agreement: AgreementInput, fmt: LocaleFormat, ref: (id: string) => string | null): ViewContext {
  const byId = <T extends { id: string }>(list: T[] | undefined) => new Map((list ?? []).map((x) => [x.id, x]));
  const parties = byId(agreement.parties);
  const services = byId(agreement.services);
  const metrics = byId(agreement.metrics);
  const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
    record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  return {
    agreement,
    fmt,
    currency: agreement.currency ?? 'EUR',
    ref,
    party: (id) => (id === undefined ? undefined : parties.get(id)),
    service: (id) => (id === undefined ? undefined : services.get(id)),
    calendar: (id) => own(agreement.calendars, id),
    dataSource: (id) => (id === undefined ? undefined : own(agreement.data, id)),
    metric: (id) => metrics.get(id),
  };
}

/** A party's display name: its name, else its id. */
export function partyName(ctx: ViewContext, id: string | undefined): string {
  return ctx.party(id)?.name ?? id ?? '';
}

/** Customer-owned metrics are obligations; everything else is a service level. */
export function isCustomerMetric(ctx: ViewContext, metric: Metric): boolean {
  return ctx.party(metric.owner)?.role === 'customer';
}

/** "concurrentUsers" / "support-hours" -> "Concurrent users" / "Support hours". */
export function humanize(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function nonEmpty<T>(list: T[] | undefined): list is T[] {
  return Array.isArray(list) && list.length > 0;
}

export function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
