import * as fs from 'fs';
import * as path from 'path';
import { evaluationTotals } from '../../../src/evaluate/assemble';
import type { CreditEntry, Evaluation, MetricResult } from '../../../src/evaluate/result';
import type { EvaluateFormatOptions, ReportTemplates } from '../../../src/formatters/evaluate';
import { reportContext } from '../../../src/formatters/evaluate/context';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020';

import { REFERENCE } from '../../helpers/reference';
export const ROOT = path.join(__dirname, '../../..');

/** An Evaluation built from a reference expected file; totals computed from its entries as the engine does. */
export function referenceEvaluation(name: string, extra: Partial<Evaluation> = {}): Evaluation {
  const expected = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'expected', `${name}.json`), 'utf8')) as {
    results: MetricResult[];
    credits: (Omit<CreditEntry, 'belowMinimum' | 'base' | 'claimBy'> & { belowMinimum?: boolean })[];
  };
  const agreement = parse(fs.readFileSync(path.join(REFERENCE, `${name}.sla.yaml`), 'utf8'));
  const results = expected.results;
  const fee = (service: string): number | null => agreement.services.find((s: { id: string }) => s.id === service)?.fee?.amount ?? null;
  const credits = expected.credits.map((c) => ({ ...c, belowMinimum: c.belowMinimum ?? false, base: fee(c.service), claimBy: null }));
  return {
    agreement: { id: agreement.id, title: agreement.title, file: `${name}.sla.yaml`, timezone: agreement.timezone, currency: agreement.currency ?? null },
    range: { start: results[0].start, end: results[results.length - 1].end },
    asOf: '2026-12-05T01:00:00+01:00',
    results,
    credits,
    totals: evaluationTotals(results, credits),
    skipped: [],
    ...extra,
  };
}

export function templates(): ReportTemplates {
  const dir = path.join(ROOT, 'templates/report');
  return { md: fs.readFileSync(path.join(dir, 'report.md.hbs'), 'utf8'), html: fs.readFileSync(path.join(dir, 'report.html.hbs'), 'utf8') };
}

export function options(name: string, extra: Partial<EvaluateFormatOptions> = {}): EvaluateFormatOptions {
  const agreement = parse(fs.readFileSync(path.join(REFERENCE, `${name}.sla.yaml`), 'utf8'));
  return { color: false, locale: agreement.locale, context: reportContext(agreement), templates: templates(), ...extra };
}

/** A result with the awkward cases: partial, no data, pending earn-back, an excuse. */
export function withEdgeCases(e: Evaluation): Evaluation {
  const [first] = e.results;
  const edge: MetricResult[] = [
    { ...first, period: '2026-12', partial: true, value: 99.999, status: 'met', credit: 0, earnBack: null },
    { ...first, metric: 'quiet', period: '2026-12', value: null, status: 'no-data', credit: 0, earnBack: null },
    { ...first, metric: 'quiet', period: '2027-01', value: 42.5, unit: null, target: '>= 40', status: 'met', credit: 0, earnBack: null },
    { ...first, metric: 'odd, "quoted" <name>', value: 97, status: 'breached', credit: 5, earnBack: 'pending' },
  ];
  return { ...e, results: [...e.results, ...edge], totals: { ...e.totals, noData: e.totals.noData + 1, breached: e.totals.breached + 1, met: e.totals.met + 2 } };
}

/** Ajv (2020-12) compiled against schemas/evaluation.schema.json. */
export function evaluationValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/evaluation.schema.json'), 'utf8'));
  return new Ajv2020({ allErrors: true, strict: true }).compile(schema);
}
