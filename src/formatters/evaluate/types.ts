import type { Evaluation } from '../../evaluate/result';

/** What the report needs from the agreement beyond the evaluation: names and promises. */
export interface ReportContext {
  id: string;
  title: string;
  version: string | null;
  parties: { id: string; name: string; role: string }[];
  services: Record<string, { name: string }>;
  metrics: Record<string, { name: string; service: string | null; owner: string | null }>;
  reporting: { every: string | null; due: string | null; to: string[]; contents: string[] } | null;
}

/** Handlebars sources of the service report (templates/report/). */
export interface ReportTemplates {
  md: string;
  html: string;
}

export interface EvaluateFormatOptions {
  /** Decided once by the CLI (TTY, NO_COLOR, FORCE_COLOR); machine formats ignore it. */
  color: boolean;
  /** BCP 47 locale for numbers, money and dates (the agreement's `locale`). */
  locale: string;
  context?: ReportContext;
  /** Needed by md and html. */
  templates?: ReportTemplates;
}

export type EvaluateFormatter = (evaluation: Evaluation, options: EvaluateFormatOptions) => string;
