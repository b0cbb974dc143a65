/**
 * The parts of an agreement the evaluation reads, as shapes. Structurally
 * compatible with the generated model in src/core/model.ts: the engine asks
 * only for these keys, so it can be fed any validated agreement.
 */
import type { AggregateFunction, CreditCombine, DataKind, MetricKind, PeriodKind } from '../core/model';
import type { ConditionMap } from './conditions';

export interface DataSourceShape {
  kind: DataKind;
  file?: string;
  columns?: Record<string, string | undefined>;
  timezone?: string;
  dst?: 'earlier' | 'later' | 'reject';
}

export interface CreditTierShape {
  when: string;
  credit: string | number;
}

export interface MetricShape {
  id: string;
  name?: string;
  service?: string;
  owner?: string;
  kind: MetricKind;
  data: string;
  window?: string | { outside: string };
  period: PeriodKind;
  target: string;
  warning?: string;
  exclude?: string[];
  where?: ConditionMap;
  good?: ConditionMap;
  slice?: string;
  downWhen?: string;
  value?: string;
  unit?: string;
  percentile?: number | string;
  from?: string;
  to?: string;
  pauses?: string;
  within?: string;
  aggregate?: AggregateFunction;
  credits?: CreditTierShape[];
  earnBack?: { periods: number };
  excuses?: string[];
}

export interface CalendarShape {
  hours?: Record<string, string | string[]>;
  holidays?: { date: string; name?: string }[];
  timezone?: string;
}

export interface AgreementShape {
  id: string;
  title: string;
  term: { start: string; end: string };
  timezone: string;
  currency?: string;
  parties?: { id: string; role?: string }[];
  services?: { id: string; fee?: { amount: number; per: PeriodKind } }[];
  calendars?: Record<string, CalendarShape>;
  maintenance?: { windows?: { id: string; every?: string; from?: string; to?: string }[] };
  data?: Record<string, DataSourceShape>;
  metrics: MetricShape[];
  credits?: { combine?: CreditCombine; cap?: string | number; minimum?: number };
}
