/**
 * The result of `sla evaluate`: the contract between the evaluation and its
 * output formats. JSON output is this object as it is (see
 * schemas/evaluation.schema.json); every number is unrounded.
 */
import type { SkippedRows } from '../rows';

export type { SkippedRows };
export type Status = 'met' | 'at-risk' | 'breached' | 'excused' | 'no-data';
export type EarnBack = 'waived' | 'pending' | null;

export interface MetricResult {
  metric: string;
  /** The resource, for a per-resource metric (`per`). */
  resource?: string;
  /** Period label: 2026-10, 2026-W42, 2026-Q4, 2026, 2026-10-17. */
  period: string;
  /** ISO 8601 with the agreement zone's offset, e.g. 2026-09-01T00:00:00+02:00. */
  start: string;
  end: string;
  partial: boolean;
  /** Unrounded; null for no-data. */
  value: number | null;
  /** '%', a time unit such as 'ms', or null for a plain number. */
  unit: string | null;
  /** The target exactly as written in the agreement. */
  target: string;
  status: Status;
  /**
   * Tier percent earned (0 when none); kept even when waived by earn-back.
   * For a credit in money (a multiple or a fixed amount), the share of the
   * credit base it comes to (0 without a base).
   */
  credit: number;
  /** The metric's credit in money before its service's credits combine; null without a base to take it from. Only when a tier applied. */
  creditAmount?: number | null;
  /** How the tier credits, when not as a percentage: `multiple` (N × the charges for the downtime) or `fixed`. */
  creditForm?: 'multiple' | 'fixed';
  /** N, for a multiple credit. */
  multiplier?: number;
  earnBack: EarnBack;
  /** For `>=` percentage targets below 100. */
  errorBudget?: { allowed: number; used: number };
  /** The counts behind the value (which appear depends on the kind). */
  windowSeconds?: number;
  downtimeSeconds?: number;
  slices?: number;
  emptySlices?: number;
  downSlices?: number;
  good?: number;
  total?: number;
  rows?: number;
  count?: number;
  rank?: number;
  within?: number;
  counted?: number;
  pending?: number;
  /** Metrics (customer obligations) that excused this one, when status is excused. */
  excusedBy?: string[];
}

export interface CreditEntry {
  service: string;
  /** The resource, for credits of a per-resource metric. */
  resource?: string;
  period: string;
  /** Combined and capped share of the credit base, in percent; null without a base (or for money credits of a service with no base). */
  percent: number | null;
  /** The credit in `currency` after combining and caps; 0 when withheld by the minimum; null without a base. */
  amount: number | null;
  currency: string;
  belowMinimum: boolean;
  /** True when a cap reduced it. */
  capped?: boolean;
  /** The credit base it is a share of (the fee or the charges for the period, converted); null when none is known. */
  base: number | null;
  /** The last day (in the agreement's zone) a claim for it can be received; null when the agreement sets no deadline. */
  claimBy: string | null;
}

/** What became of one clock of an item (--items): done in time, done or still open past its due instant, or open and not yet due. */
export type ClockStatus = 'achieved' | 'late' | 'pending';

export interface ItemClock {
  /** The clock's name (`clocks`); null for a metric with one limit (`from`, `to`, `within`). */
  name: string | null;
  /** When the clock started and stopped; null when empty (not started, or still open). */
  from: string | null;
  to: string | null;
  /** The limit that applied, as written. */
  limit: string;
  /** The due instant; null when the clock has not started or the window never reaches the limit. */
  due: string | null;
  /** Window time from `from` to `to` (open: to the end of the range or --as-of) less paused window time; null when not started. */
  elapsedSeconds: number | null;
  status: ClockStatus;
}

/** One item of a duration metric (--items), in the period it counts in. */
export interface ItemEntry {
  metric: string;
  period: string;
  /** The source's `id` column, when it maps one. */
  id: string | null;
  clocks: ItemClock[];
}

export interface Evaluation {
  agreement: { id: string; title: string; file: string; timezone: string; currency: string | null };
  range: { start: string; end: string };
  asOf: string;
  results: MetricResult[];
  credits: CreditEntry[];
  totals: {
    breached: number;
    atRisk: number;
    met: number;
    excused: number;
    noData: number;
    /** Sum of credit amounts per currency (issued credits only). */
    amount: number;
  };
  skipped: SkippedRows[];
  /** Only with --items: every item of the duration metrics reported. */
  items?: ItemEntry[];
}
