import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planEvaluation, type Evaluation } from '../../src/evaluate';
import { RowError } from '../../src/rows';
import { compareWithExpected, loadAgreement, splitCsv } from './helpers';
import { REFERENCE } from '../helpers/reference';

// marketing-sales: `leads` (events) and `handovers` (items) both read data/leads.csv
const agreement = loadAgreement(join(REFERENCE, 'marketing-sales.sla.yaml'));
const options = { file: 'a', asOf: Date.parse('2027-01-10T00:00:00Z') };

describe('two data sources over one CSV file', () => {
  it('are planned as two sources, each with its own columns, naming the same file', () => {
    const plan = planEvaluation(agreement, options);
    const leads = plan.sources.find((s) => s.name === 'leads')!;
    const handovers = plan.sources.find((s) => s.name === 'handovers')!;
    expect(leads.file).toBe('data/leads.csv');
    expect(handovers.file).toBe('data/leads.csv');
    expect([...leads.columns].sort()).toEqual(['expected_value_usd', 'qualified', 'qualified_at']);
    expect([...handovers.columns].sort()).toEqual(['contacted_at', 'qualified', 'qualified_at']);
  });

  it('read once, as the CSV reader does, each row feeding both sinks, give the expected results', () => {
    const plan = planEvaluation(agreement, options);
    const byFile = new Map<string, typeof plan.sources>();
    for (const s of plan.sources) byFile.set(s.file!, [...(byFile.get(s.file!) ?? []), s]);
    expect(byFile.get('data/leads.csv')!.map((s) => s.name).sort()).toEqual(['handovers', 'leads']);
    for (const [file, sources] of byFile) {
      const [header, ...rows] = splitCsv(readFileSync(join(REFERENCE, file), 'utf8'));
      const feeds = sources.map((s) => ({ sink: plan.sink(s.name), picks: s.columns.map((c) => header!.indexOf(c)) }));
      for (const row of rows) for (const f of feeds) f.sink.row(f.picks.map((i) => row[i]!));
    }
    const expected = JSON.parse(readFileSync(join(REFERENCE, 'expected', 'marketing-sales.json'), 'utf8')) as Evaluation;
    expect(compareWithExpected(expected, plan.finish())).toEqual([]);
  });

  it('keep apart: a row one source rejects is still the other source’s, and a sink left unfed measures nothing', () => {
    const plan = planEvaluation(agreement, { ...options, period: '2026-03' });
    const row = { qualified: 'yes', qualified_at: '2026-03-02T10:00:00', contacted_at: 'not a time', expected_value_usd: '700' };
    const fields = (name: string) => plan.sources.find((s) => s.name === name)!.columns.map((c) => row[c as keyof typeof row]);
    expect(() => plan.sink('handovers').row(fields('handovers'))).toThrow(RowError);
    plan.sink('leads').row(fields('leads'));
    const results = new Map(plan.finish().results.map((r) => [r.metric, r]));
    expect(results.get('qualified-leads')).toMatchObject({ value: 1, count: 1 });
    expect(results.get('lead-value')).toMatchObject({ value: 700 });
    expect(results.get('follow-up')).toMatchObject({ status: 'no-data', counted: 0 });
  });
});
