/**
 * The parts of an agreement the evaluation reads: the generated model's own
 * types (src/core/model.ts), narrowed to the keys the engine needs, so it can
 * be fed any schema-valid agreement and tests can give it just those keys.
 */
import type { Agreement, CreditTier, DataSource, Metric, Party, Service } from '../core/model';

export type DataSourceShape = DataSource;
export type CreditTierShape = CreditTier;
export type MetricShape = Metric;

export type AgreementShape = Pick<Agreement, 'id' | 'title' | 'term' | 'timezone' | 'currency' | 'calendars' | 'maintenance' | 'data' | 'metrics' | 'credits'> & {
  parties?: Pick<Party, 'id' | 'role'>[];
  services?: Pick<Service, 'id' | 'fee' | 'base'>[];
};
