import { json } from '../../../src/formatters/evaluate/json';
import { evaluationValidator, options, referenceEvaluation, withEdgeCases } from './fixture';

describe('json format', () => {
  const validate = evaluationValidator();

  it.each(['managed-hosting', 'marketing-sales', 'saas-platform'])('writes %s as it is, valid against the schema', (name) => {
    const evaluation = referenceEvaluation(name);
    const text = json(evaluation, options(name));
    const parsed = JSON.parse(text);
    expect(parsed).toEqual(evaluation);
    expect(validate(parsed) ? [] : validate.errors).toEqual([]);
  });

  it('keeps numbers unrounded and nulls for no data', () => {
    const evaluation = withEdgeCases(referenceEvaluation('managed-hosting'));
    const parsed = JSON.parse(json(evaluation, options('managed-hosting')));
    expect(parsed.results[0].value).toBe(98.29545454545455);
    expect(parsed.results.find((r: { status: string }) => r.status === 'no-data').value).toBeNull();
    expect(validate(parsed) ? [] : validate.errors).toEqual([]);
  });

  it('rejects what the contract does not allow', () => {
    const evaluation = referenceEvaluation('managed-hosting');
    const bad = JSON.parse(json(evaluation, options('managed-hosting')));
    bad.results[0].status = 'fine';
    delete bad.totals;
    expect(validate(bad)).toBe(false);
  });
});

describe('the registry', () => {
  it('offers exactly the names the CLI lists, table first', async () => {
    const { evaluateFormatters, evaluateFormatNames } = await import('../../../src/formatters/evaluate');
    expect(Object.keys(evaluateFormatters)).toEqual([...evaluateFormatNames]);
    expect(evaluateFormatNames[0]).toBe('table');
  });
});
