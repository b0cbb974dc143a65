import type { NodePath } from '../core/diagnostic';
import type { ChangeKind } from './kinds';

export type { ChangeKind };

/**
 * Whom a change favours: the customer, the provider, neither (`neutral`), or
 * `review` where the agreement alone cannot tell.
 */
export type Direction = 'customer' | 'provider' | 'neutral' | 'review';

/** One run of a word diff: kept, deleted or inserted text. */
export interface Segment {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** A change's effect in numbers, before and after, exactly as computed. */
export interface Effect {
  /** What is measured: `allowed-downtime` (ms), `largest-credit` (money), `weekly-hours` (ms) ... */
  measure: 'allowed-downtime' | 'largest-credit' | 'weekly-hours' | 'window-time' | 'duration';
  /** The exact values (milliseconds or an amount), null where there is none. */
  before: string | null;
  after: string | null;
  /** The unit of before/after: `ms` or a currency code. */
  unit: string;
  /** The effect in words: "43m 12s → 3h 36m of downtime allowed per month (24x7, 2026-01)". */
  text: string;
}

/** One change between two agreements, in contract terms. */
export interface Change {
  kind: ChangeKind;
  direction: Direction;
  /** The place, by ids rather than list positions: `metrics[uptime].credits[< 99%].credit`. */
  path: string;
  /** Where the place is in each file (list positions), null on the side that lacks it. */
  oldAt: NodePath | null;
  newAt: NodePath | null;
  /** The values as written (null when absent). */
  old: unknown;
  new: unknown;
  /** One line in words: "target of Monthly availability lowered: at least 99.9% → at least 99.5%". */
  summary: string;
  /** For prose: the word diff of old and new. */
  words?: Segment[];
  effects: Effect[];
  /** Wording-only changes are hidden unless asked for. */
  hidden: boolean;
  /** A stable id of the change (kind, path, old and new), for accepting it. */
  fingerprint: string;
}

/** A contract-lifecycle problem with the amendment as a whole. */
export interface LifecycleCheck {
  id: 'major-version-not-raised' | 'notice-too-short';
  message: string;
  /** Where to point at in the new file. */
  newAt: NodePath;
}

export interface DiffResult {
  changes: Change[];
  checks: LifecycleCheck[];
  /** Agreements with `status: draft` are exempt from the lifecycle checks. */
  draft: boolean;
}
