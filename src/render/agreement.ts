/** The agreement as the document sees it: the schema-valid model of src/core. */
export type { Agreement as AgreementInput, Calendar, Clock, DataSource, DowntimeSignal, LimitsByColumn, Metric, Party, Service } from '../core/model';
