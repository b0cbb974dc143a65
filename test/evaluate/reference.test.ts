import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evaluation } from '../../src/evaluate';
import { compareWithExpected, evaluate, loadAgreement, REFERENCE_CASES } from './helpers';
import { REFERENCE } from '../helpers/reference';

describe.each(REFERENCE_CASES)('reference agreement $name', ({ name, options }) => {
  const expected = JSON.parse(readFileSync(join(REFERENCE, 'expected', `${name}.json`), 'utf8')) as Evaluation;
  let actual: Evaluation;
  beforeAll(() => {
    actual = evaluate(loadAgreement(join(REFERENCE, `${name}.sla.yaml`)), options);
  });

  it('matches expected/*.json entry by entry, with no extra entries', () => {
    expect(compareWithExpected(expected, actual)).toEqual([]);
  });

  it('reports the informative counts of the expected results', () => {
    const byKey = new Map(actual.results.map((r) => [`${r.metric}/${r.period}`, r]));
    for (const e of expected.results) {
      const a = byKey.get(`${e.metric}/${e.period}`)!;
      expect({ ...a, value: null, errorBudget: null }).toMatchObject({ ...e, value: null, errorBudget: null });
      if (e.errorBudget) {
        expect(a.errorBudget!.allowed).toBeCloseTo(e.errorBudget.allowed, 9);
        expect(a.errorBudget!.used).toBeCloseTo(e.errorBudget.used, 9);
      }
    }
  });

  it('totals the statuses and issued amounts', () => {
    const count = (s: string) => expected.results.filter((r) => r.status === s).length;
    expect(actual.totals).toMatchObject({ breached: count('breached'), atRisk: count('at-risk'), met: count('met'), excused: count('excused') });
    expect(actual.totals.amount).toBe(expected.credits.reduce((sum, c) => sum + (c.amount ?? 0), 0));
  });
});
