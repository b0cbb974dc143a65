/**
 * What the amendment document needs of each change, as plain data: the CLI
 * passes the diff's changes in, so render never imports the diff wing.
 */
export interface AmendmentChange {
  kind: string;
  title: string;
  direction: 'customer' | 'provider' | 'neutral' | 'review';
  path: string;
  summary: string;
  old: unknown;
  new: unknown;
  effects: ReadonlyArray<{ text: string }>;
}

export interface AmendmentInput {
  changes: readonly AmendmentChange[];
  /** The two contract documents as rendered Markdown, for the blackline. */
  oldContract: string;
  newContract: string;
}

/** One instruction of the amendment: "In clause 3 (Service levels) ...". */
export interface Instruction {
  clause: string;
  text: string;
  effects: string[];
}

/** A line of the blackline: kept, deleted, inserted, or changed word by word. */
export interface BlackLine {
  parts: Array<{ op: 'same' | 'del' | 'ins'; text: string }>;
}

export interface BlackSection {
  heading: string;
  lines: BlackLine[];
}
