/**
 * Generated from schemas/agreement.schema.json by scripts/gen-types.js. Do not edit:
 * change the schema and run `npm run gen`.
 */

/**
 * The kind of agreement: customer (one customer, all its services), service (one service, all its customers), multi-level (corporate, customer and service levels together) or internal (between departments of one organisation).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "AgreementType".
 */
export type AgreementType = 'customer' | 'service' | 'multi-level' | 'internal';
/**
 * Where the agreement is in its life: draft, active, superseded (replaced by a newer agreement) or expired.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "AgreementStatus".
 */
export type AgreementStatus = 'draft' | 'active' | 'superseded' | 'expired';
/**
 * How dates and numbers are written in rendered documents, as a BCP 47 language tag.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Locale".
 */
export type Locale = string;
/**
 * The party's part in the agreement: provider (delivers the services), customer (receives them), supplier (delivers to the provider) or third-party.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "PartyRole".
 */
export type PartyRole = 'provider' | 'customer' | 'supplier' | 'third-party';
/**
 * Text, formatted with Markdown.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Markdown".
 */
export type Markdown = string;
/**
 * Hours of a day: a range like 08:00-18:00, several separated by commas, or a list of ranges.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Hours".
 */
export type Hours = HoursRange | HoursList;
/**
 * One or more ranges of wall-clock time, HH:MM-HH:MM, separated by commas. A range that ends at or before its start runs past midnight.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "HoursRange".
 */
export type HoursRange = string;
/**
 * A list of ranges of wall-clock time, HH:MM-HH:MM.
 *
 * @minItems 1
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "HoursList".
 */
export type HoursList = HoursRange[];
/**
 * A maintenance window: weekly (`every`) or once (`from` and `to`).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "MaintenanceWindow".
 */
export type MaintenanceWindow = RecurringMaintenanceWindow | OneOffMaintenanceWindow;
/**
 * What a row is: intervals (a start and an end, such as an outage), events (one moment, such as a request), counts (good and total per time bucket), items (a record with timestamps per milestone, such as a ticket) or charges (an amount billed for a billing period, the base of service credits).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DataKind".
 */
export type DataKind = 'intervals' | 'events' | 'counts' | 'items' | 'charges';
/**
 * Which instant a local timestamp means when the clocks go back and it happens twice (earlier or later); also shifts times that fall in the gap when clocks go forward. Without it such rows are errors.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DstChoice".
 */
export type DstChoice = 'earlier' | 'later';
/**
 * How the file is written: `csv` (the default), `jsonl` or `json` (records with column paths like `service.summary`), or the export of a system as it comes out of it: `jira` (Jira Service Management CSV), `servicenow` (task_sla, CSV or JSON), `zendesk-events` (ticket metric events), `pagerduty` (incidents, JSON or CSV), `statuspage` (incident history JSON) or `prometheus` (range-query results, or a query run against a server).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "SourceFormat".
 */
export type SourceFormat =
  | 'csv'
  | 'jsonl'
  | 'json'
  | 'jira'
  | 'servicenow'
  | 'zendesk-events'
  | 'pagerduty'
  | 'statuspage'
  | 'prometheus';
/**
 * How the data's timestamps are written: `iso` (ISO 8601, the default), `epoch-s`, `epoch-ms`, `epoch-us` or `epoch-ns` (time since 1970-01-01 UTC), or a pattern in Luxon's token syntax (`dd/MMM/yy h:mm a`, `yyyy-MM-dd HH:mm:ss`, literal text in single quotes). A pattern without an offset token (`Z`, `ZZ`, `ZZZ`) is local time in the source's `timezone`.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "TimestampForm".
 */
export type TimestampForm = string;
/**
 * The decimal separator of the data's numbers. With `,` a number may group its thousands with `.` or a space (`1.234,5`).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DecimalSeparator".
 */
export type DecimalSeparator = '.' | ',';
/**
 * How duration cells are written: `iso` (`PT4H30M`, or `4h30m`; the default), `clock` (`04:30:00`, `1 04:30:00` with days), `seconds`, `milliseconds` or `minutes` (a number), or `servicenow` (`1970-01-01 04:30:00` as ServiceNow stores durations, or `4 Hours 30 Minutes` as it shows them).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DurationForm".
 */
export type DurationForm = 'iso' | 'clock' | 'seconds' | 'milliseconds' | 'minutes' | 'servicenow';
/**
 * How the metric is computed: availability (share of window time without downtime), ratio (share of good rows), percentile (of a column's values), duration (share of items done within a time) or aggregate (count, sum, mean, min or max of rows).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "MetricKind".
 */
export type MetricKind = 'availability' | 'ratio' | 'percentile' | 'duration' | 'aggregate';
/**
 * The service hours the metric is measured in: a calendar's name (24x7 when left out), or `{ outside: NAME }` for the time outside a calendar.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "MetricWindow".
 */
export type MetricWindow = CalendarName | OutsideCalendar;
/**
 * The name of a calendar under `calendars`, or 24x7.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "CalendarName".
 */
export type CalendarName = string;
/**
 * Time that does not count: a maintenance window of the agreement (by id, or `maintenance` for all), or the intervals of a data source, optionally only up to a budget per period (for example at most 10 hours of scheduled downtime a year; what goes beyond it counts again).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "ExcludedTime".
 */
export type ExcludedTime = Identifier | ExcludedData;
/**
 * A short name other parts of the agreement refer to: letters, digits, '-', '_' and '.'.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Identifier".
 */
export type Identifier = string;
/**
 * For aggregate metrics: count the rows, or the sum, mean, min or max of the `value` column.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "AggregateFunction".
 */
export type AggregateFunction = 'count' | 'sum' | 'mean' | 'min' | 'max';
/**
 * What a tier credits: a percentage of the service's credit base for the period (`10%`), a multiple of the charges for the downtime (`{ times: 10, of: downtime }`), or a fixed amount per period, breached item, incident or day late (`{ amount: 50, per: item }`).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "CreditAmount".
 */
export type CreditAmount = Percent | MultipleCredit | FixedCredit;
/**
 * A percentage, written with a % sign.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Percent".
 */
export type Percent = string;
/**
 * For availability from events or counts: what a slice without rows (or with a total of 0) is: up (the default), down, or excluded from the measured time.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "EmptySlices".
 */
export type EmptySlices = 'up' | 'down' | 'excluded';
/**
 * How the credits of several missed metrics of one service in one period combine: the largest one (max) or their sum.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "CreditCombine".
 */
export type CreditCombine = 'max' | 'sum';
/**
 * How long after sending a notice counts as received: a number of days (working, business or calendar days) or a duration.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "NoticeDelay".
 */
export type NoticeDelay = string;
/**
 * A length of time: days, hours, minutes and seconds such as 30m, 8h, 2d or 1h30m, or ISO 8601 such as PT8H. A day is 24 hours.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Duration".
 */
export type Duration = string;
/**
 * A calendar date, YYYY-MM-DD, in the agreement's time zone.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "LocalDate".
 */
export type LocalDate = string;
/**
 * A date and wall-clock time without an offset, YYYY-MM-DDTHH:MM, read in the agreement's time zone.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "LocalDateTime".
 */
export type LocalDateTime = string;
/**
 * A wall-clock time of day, HH:MM, from 00:00 to 24:00.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "ClockTime".
 */
export type ClockTime = string;
/**
 * Days of the week: a day (mon ... sun), a range (mon-fri, or fri-mon wrapping over the weekend) or a list (mon,wed).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DaySpec".
 */
export type DaySpec = string;
/**
 * A weekly recurring time: days of the week, a space, and a range of wall-clock time.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Every".
 */
export type Every = string;
/**
 * The level a metric must reach in each period: a comparison (>=, >, <=, <), a number and optionally a unit (%, ms, s, m, h, d).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Target".
 */
export type Target = string;
/**
 * A condition on a metric's value, written like a target: a comparison (>=, >, <=, <), a number and optionally a unit.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "ConditionText".
 */
export type ConditionText = string;
/**
 * An amount of money in the agreement's currency.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Money".
 */
export type Money = number;
/**
 * A calendar period in the agreement's time zone: day, week (ISO, from Monday), month, quarter or year.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "PeriodKind".
 */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';
/**
 * An IANA time zone name such as Europe/Berlin, America/New_York or Etc/UTC.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "TimeZone".
 */
export type TimeZone = string;
/**
 * A currency as a three-letter ISO 4217 code.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Currency".
 */
export type Currency = string;
/**
 * A version number such as 1, 2.1 or 2.1.0.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Version".
 */
export type Version = string;
/**
 * An e-mail address.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Email".
 */
export type Email = string;
/**
 * A web address starting with http:// or https://.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Url".
 */
export type Url = string;
/**
 * What a column's value must be: a value (equal), a list (one of them), or comparisons such as `{ lt: 500 }`.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "ColumnCondition".
 */
export type ColumnCondition = Scalar | ScalarList | Comparison;
/**
 * A single value: text, a number or true/false.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Scalar".
 */
export type Scalar = string | number | boolean;
/**
 * A list of values, any one of which matches.
 *
 * @minItems 1
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "ScalarList".
 */
export type ScalarList = Scalar[];
/**
 * A condition on a metric's value, or a band of values between two conditions joined by `and` (`> 99% and <= 99.9%`). A value outside every tier's band earns no credit.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "BandText".
 */
export type BandText = string;
/**
 * A time limit: a duration counted in the metric's window (`4h` is four hours of window time; a day is 24 hours), a number of business days of the window's calendar (`3 business days`: the same business time of day, three business days later), or a clock time on a business day (`2 business days by 17:00`).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "TimeLimit".
 */
export type TimeLimit = string;
/**
 * The time within which an item must be done: one limit, or a limit per value of a column.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Within".
 */
export type Within = TimeLimit | LimitsByColumn;
/**
 * A data source of intervals in which an item's clock stops, or a mapping naming it with the rows that count.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Pauses".
 */
export type Pauses = Identifier | PauseSource;
/**
 * A condition on an amount of money: `> 1` (more than 1), `>= 50`.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "AmountCondition".
 */
export type AmountCondition = string;
/**
 * The smallest credit that is issued: an amount (a smaller credit is not issued), or a condition on the amount (`> 1`: only a credit of more than 1 is issued).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "CreditMinimum".
 */
export type CreditMinimum = Money | AmountCondition;
/**
 * A number of days of paid service: the credit base over the cap's span, times this many days, divided by the span's length in days.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DaysOfService".
 */
export type DaysOfService = string;
/**
 * How much at most: a percentage of the credit base over the cap's span, an amount of money, or days of paid service.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "CapAmount".
 */
export type CapAmount = Percent | Money | DaysOfService;
/**
 * How long a credit can be claimed: a duration (`30d`: 30 days of 24 hours), a number of calendar days, business days (of `calendar`) or months (`15 days`, `10 business days`, `2 months`), or a number of the metric's periods (`2 periods`: until the end of the second period after).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "ClaimDeadline".
 */
export type ClaimDeadline = string;

/**
 * A service level agreement written as code: who the parties are, which services are covered, how each service level is measured, and which service credits are owed when a target is missed.
 */
export interface Agreement {
  /**
   * The version of this file format. Always 1; a file written for a newer format version is refused rather than misread.
   */
  sla: 1;
  /**
   * The agreement's number or reference, as it appears on the signed contract.
   */
  id: Identifier;
  /**
   * The agreement's title, shown at the top of the rendered document.
   */
  title: string;
  type?: AgreementType;
  /**
   * The version of this agreement's text. Raise it whenever the agreement changes.
   */
  version?: Version;
  status?: AgreementStatus;
  term: Term;
  /**
   * The IANA time zone in which periods (days, weeks, months ...), calendars, maintenance windows and the dates in this agreement are read.
   */
  timezone: TimeZone;
  locale?: Locale;
  /**
   * The currency of service fees and service credits, as an ISO 4217 code.
   */
  currency?: Currency;
  /**
   * The organisations or departments that enter into the agreement, usually a provider and a customer.
   *
   * @minItems 1
   */
  parties: Party[];
  /**
   * Why the agreement exists and what it covers, in a few sentences (Markdown).
   */
  purpose?: Markdown;
  /**
   * The goals the agreement serves, one sentence each (Markdown).
   */
  objectives?: Markdown[];
  /**
   * The services the agreement covers. Metrics name a service by its id, and credits are a share of the service's fee.
   *
   * @minItems 1
   */
  services: Service[];
  /**
   * Named calendars of service hours (business hours, support hours ...). Metrics measure inside a calendar with `window`. The calendar `24x7` is built in and needs no entry.
   */
  calendars?: {
    [k: string]: Calendar;
  };
  maintenance?: Maintenance;
  /**
   * Named sources of exported measurement data (CSV files): what each row means and which columns hold what. Metrics read a source by its name.
   */
  data?: {
    [k: string]: DataSource;
  };
  /**
   * The service levels: what is measured, over which period, the target, and the credits owed when the target is missed.
   *
   * @minItems 1
   */
  metrics: Metric[];
  credits?: CreditsPolicy;
  /**
   * Who is involved, and after how long, while an incident is not resolved.
   */
  escalation?: EscalationLevel[];
  reporting?: Reporting;
  review?: Review;
  /**
   * Circumstances under which missed service levels do not count against the provider, one per item (Markdown).
   */
  exclusions?: Markdown[];
  /**
   * The steps for resolving a disagreement about this agreement, in order (Markdown).
   */
  disputes?: Markdown[];
  /**
   * Who holds whom harmless against which claims (Markdown).
   */
  indemnity?: Markdown;
  notices?: Notices;
  /**
   * Terms used in the agreement and what they mean: the term is the key, its definition the value (Markdown).
   */
  definitions?: {
    [k: string]: Markdown;
  };
  /**
   * Other documents this agreement refers to, such as a master services agreement.
   */
  references?: Reference[];
  /**
   * Who signed the agreement for each party, and when.
   */
  approvals?: Approval[];
  /**
   * The day this version of the agreement takes effect (for an amendment: the day the change applies).
   */
  effective?: LocalDate;
}
/**
 * When the agreement is in force. Metrics are evaluated over the whole term.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Term".
 */
export interface Term {
  /**
   * The first day the agreement is in force.
   */
  start: LocalDate;
  /**
   * The last day the agreement is in force (inclusive: the whole day counts).
   */
  end: LocalDate;
  renewal?: Renewal;
}
/**
 * Whether and how the agreement renews at the end of its term.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Renewal".
 */
export interface Renewal {
  /**
   * Whether the agreement renews for another term unless a party gives notice.
   */
  automatic?: boolean;
  /**
   * How long before the end of the term a party must give notice to stop the renewal.
   */
  notice?: Duration;
}
/**
 * An organisation or department that enters into the agreement.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Party".
 */
export interface Party {
  /**
   * A short name for the party, used by metric owners, reports and approvals.
   */
  id: Identifier;
  role: PartyRole;
  /**
   * The party's legal or department name.
   */
  name: string;
  /**
   * The party's postal address, on one line.
   */
  address?: string;
  /**
   * The people to contact at this party about the agreement.
   */
  contacts?: Contact[];
  /**
   * What this party undertakes to do, one duty per item (Markdown).
   */
  responsibilities?: Markdown[];
}
/**
 * A person to contact about the agreement.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  /**
   * The person's name, or the name of a desk or team.
   */
  name: string;
  /**
   * The person's function, as it should appear in the document.
   */
  role?: string;
  /**
   * The contact's e-mail address.
   */
  email?: Email;
  /**
   * The contact's phone number, written as it should be dialled.
   */
  phone?: string;
}
/**
 * A service the agreement covers.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Service".
 */
export interface Service {
  /**
   * A short name for the service, used by metrics and in credit reports.
   */
  id: Identifier;
  /**
   * The service's name as the document shows it.
   */
  name: string;
  /**
   * What the service is, in a sentence or two (Markdown).
   */
  description?: Markdown;
  /**
   * What the service includes, one item each.
   */
  includes?: Markdown[];
  /**
   * What the service does not include, one item each.
   */
  excludes?: Markdown[];
  /**
   * What the customer pays for the service per period; service credits are a share of it unless `base` names the charges instead.
   */
  fee?: Fee;
  /**
   * Agreed limits of use, by name: the service levels hold only while use stays within them.
   */
  limits?: {
    [k: string]: number;
  };
  base?: CreditBase;
}
/**
 * What the service's credits are a share of, when it is not the fixed `fee`: the charges the customer paid, read from a data source of kind `charges`, for the credited period or the one before it.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "CreditBase".
 */
export interface CreditBase {
  /**
   * The data source (of kind `charges`) with the amounts paid per billing period. Rows are the service's when the source maps a `service` column and it names the service; a per-resource metric takes the rows of its resource.
   */
  charges: Identifier;
  /**
   * Which charges rows count, as for a metric's `where`.
   */
  where?: RowFilter;
  /**
   * Whose charges: those of the credited period itself (`same`, the default) or of the period before it (`previous`).
   */
  period?: 'same' | 'previous';
}
/**
 * Weekly service hours minus holidays, such as business hours. Time outside the calendar does not count for metrics measured in it.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Calendar".
 */
export interface Calendar {
  /**
   * The hours of each day of the week: days as the key (mon-fri, sat, mon,wed), hours as the value (08:00-18:00, or several ranges as a list or separated by commas). Days not listed have no hours.
   */
  hours: {
    [k: string]: Hours;
  };
  /**
   * Days on which the calendar has no hours at all.
   */
  holidays?: Holiday[];
  /**
   * The time zone of this calendar's hours and holidays, when it differs from the agreement's.
   */
  timezone?: TimeZone;
}
/**
 * A day without service hours.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Holiday".
 */
export interface Holiday {
  /**
   * The holiday's date.
   */
  date: LocalDate;
  /**
   * The holiday's name as the document shows it.
   */
  name?: string;
}
/**
 * Scheduled maintenance: how far ahead it is announced and when it happens. Metrics can leave maintenance time out with `exclude`.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Maintenance".
 */
export interface Maintenance {
  /**
   * How long ahead the provider announces maintenance.
   */
  notice?: Duration;
  /**
   * The maintenance windows: weekly ones with `every`, one-off ones with `from` and `to`.
   */
  windows?: MaintenanceWindow[];
}
/**
 * A maintenance window that recurs every week.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "RecurringMaintenanceWindow".
 */
export interface RecurringMaintenanceWindow {
  /**
   * A short name for the window; a metric's `exclude` can name it.
   */
  id: Identifier;
  /**
   * The window's name as the document shows it.
   */
  name?: string;
  /**
   * What happens in the window (Markdown).
   */
  description?: Markdown;
  /**
   * When the window recurs each week: days and wall-clock hours in the agreement's time zone.
   */
  every: Every;
  /**
   * The id of the party that plans the window; without it, the provider. A window the customer plans needs no notice from the provider.
   */
  owner?: Identifier;
}
/**
 * A maintenance window that happens once.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "OneOffMaintenanceWindow".
 */
export interface OneOffMaintenanceWindow {
  /**
   * A short name for the window; a metric's `exclude` can name it.
   */
  id: Identifier;
  /**
   * The window's name as the document shows it.
   */
  name?: string;
  /**
   * What happens in the window (Markdown).
   */
  description?: Markdown;
  /**
   * When the window starts, in the agreement's time zone.
   */
  from: LocalDateTime;
  /**
   * When the window ends, in the agreement's time zone.
   */
  to: LocalDateTime;
  /**
   * The id of the party that plans the window; without it, the provider. A window the customer plans needs no notice from the provider.
   */
  owner?: Identifier;
}
/**
 * A file of measurement data (CSV, JSON or a system's export), or a Prometheus query: what a row means and which column holds what.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DataSource".
 */
export interface DataSource {
  kind: DataKind;
  /**
   * Where the exported data is, relative to the agreement file. Optional: without it, `sla evaluate` needs `--data NAME=FILE` for this source.
   */
  file?: string;
  columns?: Columns;
  /**
   * The time zone of timestamps written without an offset, when it differs from the agreement's.
   */
  timezone?: TimeZone;
  dst?: DstChoice;
  format?: SourceFormat;
  /**
   * For JSON data: the path, in each JSON document of the file, of the array of records (such as `incidents` or `result`). Each format has a default; a document that is itself an array, or a line that is a record, needs none.
   */
  records?: string;
  timestamps?: TimestampForm;
  /**
   * The language of month names, weekday names and AM/PM in a `timestamps` pattern (default en-US).
   */
  locale?: Locale;
  decimal?: DecimalSeparator;
  durations?: DurationForm;
  prometheus?: PrometheusSource;
}
/**
 * Which CSV column plays which role: the role is the key, the column's header the value. Other columns are referred to by their header in `where`, `good`, `value`, `from` and `to`.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Columns".
 */
export interface Columns {
  /**
   * The column with the instant of an event or the start of a counts bucket.
   */
  time?: string;
  /**
   * The column with the start of an interval.
   */
  start?: string;
  /**
   * The column with the end of an interval (empty while it lasts).
   */
  end?: string;
  /**
   * The column that identifies an item, or the item an interval belongs to (for pauses).
   */
  id?: string;
  /**
   * The column naming the service a row is about; metrics then read only their service's rows.
   */
  service?: string;
  /**
   * For counts: the column with the number of good events in the bucket.
   */
  good?: string;
  /**
   * For counts: the column with the number of all events in the bucket.
   */
  total?: string;
  /**
   * For charges: the column with the billing period a row's amount was paid for, as a period label (2026-01, 2026-Q2, 2026, 2026-W05 or 2026-01-15).
   */
  period?: string;
  /**
   * For charges: the column with the amount paid for the billing period.
   */
  amount?: string;
  /**
   * For charges: the column naming the resource (an instance, a product) the amount was paid for; per-resource metrics credit each resource from its own charges.
   */
  resource?: string;
  /**
   * For charges: the column with the ISO 4217 currency of the amount; it must be the agreement's currency.
   */
  currency?: string;
  /**
   * For items: the column with the time an item's clock stood still, as a duration cell (see `durations`); it is taken off the item's elapsed time as it is.
   */
  paused?: string;
  [k: string]: string | undefined;
}
/**
 * For `format: prometheus`: the server that `sla evaluate --fetch` queries for the source's `good` and `total` series (the `columns`), over the evaluated range in steps of `step`. Without `--fetch` the source is read from its `file`.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "PrometheusSource".
 */
export interface PrometheusSource {
  /**
   * The Prometheus server (its HTTP API is under /api/v1).
   */
  url?: Url;
  /**
   * The query resolution: one counts row per step (default 1m).
   */
  step?: Duration;
  /**
   * How long one request may take before the run stops (default 60s).
   */
  timeout?: Duration;
}
/**
 * A service level: what is measured from which data, over which period, the target, and the credits owed when it is missed.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Metric".
 */
export interface Metric {
  /**
   * A short name for the metric, used in reports and by `excuses`.
   */
  id: Identifier;
  /**
   * The metric's name as the document and reports show it.
   */
  name: string;
  /**
   * What the metric measures and why, in a sentence or two (Markdown).
   */
  description?: Markdown;
  /**
   * The id of the service the metric is about. Its credits are a share of that service's fee.
   */
  service?: Identifier;
  /**
   * The id of the party responsible for meeting the target. Metrics owned by the customer carry no credits.
   */
  owner?: Identifier;
  kind: MetricKind;
  /**
   * The name of the data source (under `data`) the metric reads.
   */
  data: Identifier;
  window?: MetricWindow;
  /**
   * The period over which the metric is measured and judged: day, week, month, quarter or year.
   */
  period: PeriodKind;
  /**
   * The level the metric must reach in each period.
   */
  target: Target;
  /**
   * When a met target is reported as at risk.
   */
  warning?: ConditionText;
  /**
   * Time that does not count as downtime but stays in the measured time: `maintenance` for every maintenance window, the id of a single window, or a data source of intervals (with an optional budget).
   */
  exclude?: ExcludedTime[];
  /**
   * Which rows of the data the metric reads: column names as keys, what the value must be as values.
   */
  where?: RowFilter;
  /**
   * Which of the metric's rows are good (for ratio and sliced availability): column names as keys, what the value must be as values.
   */
  good?: RowFilter;
  /**
   * For availability from events or counts: the length of the time slices the period is cut into; each slice is up or down.
   */
  slice?: Duration;
  /**
   * For availability from events or counts: when a slice is down, as a condition on its share of good rows.
   */
  downWhen?: ConditionText;
  /**
   * The column whose numbers a percentile or aggregate metric reads.
   */
  value?: string;
  /**
   * The unit of the `value` column's numbers, as reports show it.
   */
  unit?: string;
  /**
   * For percentile metrics: which percentile of the values is compared with the target (95 is the value 95% of rows are at or below).
   */
  percentile?: number;
  /**
   * For duration metrics: the column with the time an item's clock starts.
   */
  from?: string;
  /**
   * For duration metrics: the column with the time an item's clock stops (empty while the item is open).
   */
  to?: string;
  /**
   * For duration metrics: a data source of intervals, by item id, during which the clock stops (such as time waiting on the customer), optionally with the rows that count.
   */
  pauses?: Pauses;
  /**
   * For duration metrics: the time, counted in the metric's window, within which an item must be done; one limit or a limit per value of a column.
   */
  within?: Within;
  aggregate?: AggregateFunction;
  /**
   * Service credit tiers: when the target is missed, the largest credit whose condition holds is owed.
   */
  credits?: CreditTier[];
  earnBack?: EarnBack;
  /**
   * For customer obligations: the ids of provider metrics that are excused in a period in which this metric is missed.
   */
  excuses?: Identifier[];
  /**
   * For availability: time taken out of the measured time altogether (out of both the window time and the downtime), such as maintenance the customer plans: window ids, `maintenance`, or data sources of intervals.
   */
  excludeFromWindow?: ExcludedTime[];
  /**
   * For availability: the column naming a resource (an instance, a site); each resource is evaluated, and credited from its own charges, on its own.
   */
  per?: string;
  /**
   * For availability: more sources of downtime; the service is down whenever the metric's own data or any signal says so (their downtime is joined, never counted twice).
   */
  signals?: DowntimeSignal[];
  emptySlices?: EmptySlices;
  /**
   * For availability from events or counts: `downtime` (the default) counts the time of down slices; `mean` takes the mean of the slices' shares of good rows (an empty slice counts as all good, unless `emptySlices` says otherwise), as in "100% minus the mean of the hourly error rates".
   */
  sliceMeasure?: 'downtime' | 'mean';
  downtime?: DowntimeRules;
  deployed?: MeasuredTime;
  /**
   * For duration metrics: several time limits per item (such as response and resolution), pooled into one share: each item counts once per clock. Instead of `from`, `to` and `within`.
   *
   * @minItems 1
   */
  clocks?: Clock[];
}
/**
 * The time outside a calendar's hours.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "OutsideCalendar".
 */
export interface OutsideCalendar {
  /**
   * The calendar whose hours are left out.
   */
  outside: CalendarName;
}
/**
 * Excluded time read from a data source of intervals.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "ExcludedData".
 */
export interface ExcludedData {
  /**
   * The data source (of kind `intervals`) whose intervals are excluded.
   */
  data: Identifier;
  /**
   * Which of its rows count, as for a metric's `where`.
   */
  where?: RowFilter;
  /**
   * A budget: at most this much time is excluded per `per`, taken in time order; time beyond it is not excluded.
   */
  upTo?: Duration;
  /**
   * The calendar period the budget `upTo` is for (in the agreement's time zone).
   */
  per?: PeriodKind;
}
/**
 * A service credit owed when a missed metric's value meets a condition: a percentage of the service's credit base, a multiple of the charges for the downtime, or a fixed amount.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "CreditTier".
 */
export interface CreditTier {
  /**
   * The condition on the metric's value, or the band of values, under which this credit is owed.
   */
  when: BandText;
  credit: CreditAmount;
}
/**
 * A credit of N times what the customer paid for the downtime: the credit base × downtime ÷ the period's length, times N.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "MultipleCredit".
 */
export interface MultipleCredit {
  /**
   * The multiplier N.
   */
  times: number;
  /**
   * Which time is paid back: all downtime in the period, or only the downtime beyond what the target allows (100% − target, of the window time).
   */
  of: 'downtime' | 'downtime-beyond-target';
}
/**
 * A fixed amount of money, once per breached period, per breached item, per incident (a stretch of downtime) or per day an item is late.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "FixedCredit".
 */
export interface FixedCredit {
  /**
   * The amount, in the agreement's currency.
   */
  amount: Money;
  /**
   * What the amount is paid for: the breached period once, each item that missed its time limit, each incident (a stretch of downtime in the period), or each started day by which an item was late.
   */
  per: 'period' | 'item' | 'incident' | 'day-late';
}
/**
 * A credit is waived when the provider meets the target again in the following periods.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "EarnBack".
 */
export interface EarnBack {
  /**
   * How many periods in a row after a miss must meet the target for its credit to be waived.
   */
  periods: number;
}
/**
 * Another source of downtime for an availability metric: the metric is down when any of its signals says so. A signal reads intervals, or slices of events or counts with `slice` and `downWhen`.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DowntimeSignal".
 */
export interface DowntimeSignal {
  /**
   * The data source the signal reads.
   */
  data: Identifier;
  /**
   * Which rows the signal reads.
   */
  where?: RowFilter;
  /**
   * For events: which rows are good.
   */
  good?: RowFilter;
  /**
   * For events or counts: the length of the slices.
   */
  slice?: Duration;
  /**
   * For events or counts: when a slice is down, on its share of good rows.
   */
  downWhen?: ConditionText;
  emptySlices?: EmptySlices;
}
/**
 * How downtime is counted for an availability metric: a minimum length, whole units, a weight per row, or a composite of resources that is down only when several are down at once.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "DowntimeRules".
 */
export interface DowntimeRules {
  /**
   * A stretch of downtime shorter than this does not count.
   */
  minimum?: Duration;
  /**
   * Downtime is counted in whole units: each stretch's time in the period and window is rounded down to a multiple of it (partial minutes are not counted).
   */
  unit?: Duration;
  /**
   * For intervals: the column with the share of the service affected (a number from 0 to 1, or a percentage); downtime counts by that share, and where stretches overlap the largest share counts.
   */
  weight?: string;
  /**
   * For intervals: the column naming the component (such as an availability zone) a row's downtime belongs to; the service is down only while at least `atLeast` components are down at once.
   */
  of?: string;
  /**
   * How many components (`of`) must be down at once for the service to be down.
   */
  atLeast?: number;
  /**
   * How many components there are; a row naming more distinct components is an error.
   */
  outOf?: number;
}
/**
 * The time a resource counts as deployed, read from a data source of intervals: availability is measured only within it (deployed minutes instead of all minutes).
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "MeasuredTime".
 */
export interface MeasuredTime {
  /**
   * The data source of intervals of deployed time.
   */
  data: Identifier;
  /**
   * Which of its rows count.
   */
  where?: RowFilter;
}
/**
 * One time limit an item must meet, from one milestone to another: a response, a resolution.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Clock".
 */
export interface Clock {
  /**
   * The clock's name, as reports show it.
   */
  name: string;
  /**
   * The column with the time the clock starts.
   */
  from: string;
  /**
   * The column with the time it stops (empty while open).
   */
  to: string;
  /**
   * The clock's time limit.
   */
  within: Within;
}
/**
 * How the credits of a service's metrics add up, their limits, and how to claim them.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "CreditsPolicy".
 */
export interface CreditsPolicy {
  combine?: CreditCombine;
  /**
   * The most a service's credits can be in one period, as a percentage of its fee.
   */
  cap?: Percent;
  /**
   * The smallest credit that is issued, per service, period and resource: an amount in the agreement's currency (smaller credits are not issued), or a condition such as `> 1` (only credits of more than 1 are issued).
   */
  minimum?: CreditMinimum;
  claim?: Claim;
  /**
   * Limits on a service's credits (per resource for per-resource metrics) over spans of time; each credit is reduced to what the caps leave, in time order.
   */
  caps?: Cap[];
  /**
   * How a fee or charges paid per another period than the credited metric's is converted: `prorate` by time (the share of the billing period that falls in the credited period), or `equal-parts` (a quarterly fee is three equal monthly parts; monthly fees add up to a quarter's).
   */
  feeConversion?: 'prorate' | 'equal-parts';
}
/**
 * How the customer claims service credits.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Claim".
 */
export interface Claim {
  /**
   * How long after the end of the affected period (or the incident, with `after: incident`) a credit can be claimed.
   */
  within?: ClaimDeadline;
  /**
   * Where and how to send a claim (Markdown).
   */
  how?: Markdown;
  /**
   * What the deadline counts from: the end of the credited period (the default) or the end of the period's first incident (the first stretch of downtime, or the first item that missed its limit).
   */
  after?: 'period' | 'incident';
  /**
   * For a deadline in business days: the calendar whose days count.
   */
  calendar?: CalendarName;
}
/**
 * A limit on a service's credits over a span of time.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Cap".
 */
export interface Cap {
  /**
   * The most the credits can be over the span.
   */
  max: CapAmount;
  /**
   * The span: each credited period, each calendar month, quarter or year, the whole term, or any twelve months in a row.
   */
  per: 'period' | 'month' | 'quarter' | 'year' | 'term' | 'rolling-12-months';
}
/**
 * A step of escalation: who is involved, after how long.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "EscalationLevel".
 */
export interface EscalationLevel {
  /**
   * The escalation level, from 1.
   */
  level: number;
  /**
   * Who is involved at this level: a role, team or person.
   */
  contact: string;
  /**
   * How long after the incident is reported this level is reached.
   */
  after?: Duration;
}
/**
 * The service level reports the provider sends.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Reporting".
 */
export interface Reporting {
  /**
   * How often a report is made.
   */
  every?: PeriodKind;
  /**
   * How long after the end of the period the report is due.
   */
  due?: Duration;
  /**
   * The ids of the parties that receive the report.
   */
  to?: Identifier[];
  /**
   * What the report contains, one item each.
   */
  contents?: Markdown[];
}
/**
 * How often and how the parties review the agreement.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Review".
 */
export interface Review {
  /**
   * How often the agreement is reviewed.
   */
  every?: PeriodKind;
  /**
   * How the review happens and how changes are agreed (Markdown).
   */
  process?: Markdown;
  /**
   * How long before it takes effect a change that is unfavourable to the customer must be announced.
   */
  amendmentNotice?: Duration;
}
/**
 * How the parties give each other formal notice under the agreement.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Notices".
 */
export interface Notices {
  /**
   * Whether notices must be in writing.
   */
  inWriting?: boolean;
  /**
   * The ways a notice can be sent, and when it counts as received.
   */
  methods?: NoticeMethod[];
}
/**
 * A way of sending a notice.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "NoticeMethod".
 */
export interface NoticeMethod {
  /**
   * How the notice is sent.
   */
  by: string;
  /**
   * A notice sent after this time of day counts as sent on the next working day.
   */
  cutoff?: ClockTime;
  receivedAfter?: NoticeDelay;
}
/**
 * A document this agreement refers to.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Reference".
 */
export interface Reference {
  /**
   * The document's title.
   */
  title: string;
  /**
   * Where the document can be read.
   */
  url?: Url;
}
/**
 * A signature of the agreement on behalf of a party.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Approval".
 */
export interface Approval {
  /**
   * The id of the party signing.
   */
  party: Identifier;
  /**
   * The name of the person signing.
   */
  name: string;
  /**
   * The signer's job title.
   */
  title?: string;
  /**
   * When the agreement was signed.
   */
  date?: LocalDate;
}
/**
 * What the customer pays for the service per period; service credits are a percentage of it. A fee paid per another period than a credited metric's is converted by `credits.feeConversion`.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Fee".
 */
export interface Fee {
  /**
   * The fee per period, in the agreement's currency.
   */
  amount: Money;
  /**
   * The period the fee is paid for. When it differs from the period of a metric with credits, `credits.feeConversion` says how the fee is converted.
   */
  per: PeriodKind;
}
/**
 * Conditions on rows: a column's header as the key, what its value must be as the value. Every condition must hold.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "RowFilter".
 */
export interface RowFilter {
  [k: string]: ColumnCondition;
}
/**
 * Comparisons a column's value must pass; all that are given must hold. lt, lte, gt and gte hold only for numbers.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "Comparison".
 */
export interface Comparison {
  /**
   * Less than this number.
   */
  lt?: number;
  /**
   * Less than or equal to this number.
   */
  lte?: number;
  /**
   * Greater than this number.
   */
  gt?: number;
  /**
   * Greater than or equal to this number.
   */
  gte?: number;
  /**
   * Not equal to this value.
   */
  ne?: Scalar;
  /**
   * One of these values.
   */
  in?: Scalar[];
  /**
   * None of these values.
   */
  notIn?: Scalar[];
}
/**
 * A time limit chosen per item by a column, such as its priority.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "LimitsByColumn".
 */
export interface LimitsByColumn {
  /**
   * The column whose value picks the limit.
   */
  by: string;
  /**
   * The limit for each value of the column.
   */
  limits: {
    [k: string]: TimeLimit;
  };
  /**
   * The limit for a value not listed; without it such an item is an error.
   */
  default?: TimeLimit;
}
/**
 * Intervals in which an item's clock stops, from a data source, optionally only its rows in certain statuses.
 *
 * This interface was referenced by `Agreement`'s JSON-Schema
 * via the `definition` "PauseSource".
 */
export interface PauseSource {
  /**
   * The data source of intervals by item id.
   */
  data: Identifier;
  /**
   * Which rows pause the clock, such as the statuses that do.
   */
  where?: RowFilter;
}
