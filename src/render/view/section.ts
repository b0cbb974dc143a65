import type { AgreementInput } from '../agreement';
import type { ViewContext } from './context';

/** One numbered section of the contract; its partial has the same name as its id. */
export interface SectionDef {
  readonly id: string;
  readonly title: string;
  /** Whether the agreement holds this section's data; absent sections are left out. */
  present(agreement: AgreementInput): boolean;
  /** The data its partial receives, besides number, title, heading and anchor. */
  build(ctx: ViewContext, number: number): Record<string, unknown>;
}

/** "2" + 1 -> "2.1": subsection numbers for headings inside a section. */
export function sub(number: number, index: number): string {
  return `${number}.${index + 1}`;
}
