import { withoutControls } from '../../../src/core/control-chars';
import { json, jsonPieces } from '../../../src/formatters/evaluate/json';
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

describe('json in pieces', () => {
  /** The reference evaluation with n results (its own, repeated for more resources). */
  function withResults(n: number, resourceOf: (i: number) => string = (i) => `i-${i}`) {
    const base = referenceEvaluation('saas-platform');
    const results = Array.from({ length: n }, (_, i) => ({ ...base.results[i % base.results.length]!, resource: resourceOf(i) }));
    return { ...base, results };
  }

  it.each([0, 1, 200, 201, 400, 401, 1234])('joins to the whole text byte for byte, %s results', (n) => {
    const evaluation = withResults(n);
    const pieces = [...jsonPieces(evaluation)];
    expect(pieces.join('')).toBe(`${JSON.stringify(evaluation, null, 2)}\n`);
    // one piece up to 200 results; else the head, a piece per 200 results and the tail
    expect(pieces.length).toBe(n <= 200 ? 1 : 2 + Math.ceil(n / 200));
  });

  it('escapes unsafe characters in any piece as the whole text would', () => {
    const evaluation = withResults(700, (i) => (i === 555 ? 'i-\u001b[31mred\u202e' : i === 556 ? 'i-del\u007f' : `i-${i}`));
    const text = [...jsonPieces(evaluation)].join('');
    expect(text).toBe(`${JSON.stringify(withoutControls(evaluation), null, 2)}\n`);
    expect(text).toContain('"resource": "i-\\\\u001B[31mred\\\\u202E"');
    expect(text).toContain('"resource": "i-del\\\\u007F"');
    expect(json(evaluation, options('saas-platform'))).toBe(text);
  });
});

describe('the registry', () => {
  it('offers exactly the names the CLI lists, table first', async () => {
    const { evaluateFormatters, evaluateFormatNames } = await import('../../../src/formatters/evaluate');
    expect(Object.keys(evaluateFormatters)).toEqual([...evaluateFormatNames]);
    expect(evaluateFormatNames[0]).toBe('table');
  });
});
