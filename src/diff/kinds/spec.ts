import type { ChangeKind } from './names';

/**
 * Whom a kind of change favours, before the agreement is consulted: the
 * `owner` of the obligation changed (a metric's owner, a party's own
 * responsibility, the owner of the metrics measured in a calendar) or the
 * `counterparty`, resolved to customer or provider by the owner's role; or a
 * fixed party; or neither (`neutral`); or `review` when the file cannot tell.
 */
export type Benefit = 'owner' | 'counterparty' | 'customer' | 'provider' | 'neutral' | 'review';

export interface KindSpec {
  /** A short title, as docs and reports show it. */
  title: string;
  /** The kind the reverse change is reported as (itself for symmetric kinds). */
  mirror: ChangeKind;
  benefits: Benefit;
  /** Wording-only kinds are left out of reports unless `--all`. */
  hidden?: boolean;
  /** What the change is, in a sentence or two (Markdown). */
  what: string;
  /** Whom it favours, and why (Markdown). */
  whom: string;
}

/** The benefit of the reverse change. */
export const OPPOSITE: Readonly<Record<Benefit, Benefit>> = {
  owner: 'counterparty',
  counterparty: 'owner',
  customer: 'provider',
  provider: 'customer',
  neutral: 'neutral',
  review: 'review',
};
