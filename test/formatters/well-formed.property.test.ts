import Ajv from 'ajv';
import fc from 'fast-check';
import { escapeControls } from '../../src/core/control-chars';
import type { Evaluation, MetricResult } from '../../src/evaluate/result';
import { evaluateFormatters } from '../../src/formatters/evaluate';
import { lintFormatters } from '../../src/formatters/lint';
import { expatProblems, TERMINAL_CONTROL, xmlProblem } from '../helpers/well-formed';
import schema from '../fixtures/sarif/sarif-schema-2.1.0.json';
import { CWD, fileResult, finding, lintResult } from './lint/build';
import { options, referenceEvaluation } from './evaluate/fixture';

const validateSarif = new Ajv({ validateFormats: false, allErrors: true }).compile(schema);

/** Any UTF-16 units (lone surrogates included), or text thick with C0/C1 controls, bidi and XML-forbidden characters. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('\u001b[2J', '\u202e', '\u2028', '\ud800', '\udfff', '\ufffe', '\uffff', ']]>', '&', '<', '"', "'", '%', ':', ','),
    ),
    maxLength: 30,
  }),
);

const lintInput = fc.array(fc.record({ file: text, message: text, ruleId: text, severity: fc.constantFrom('error' as const, 'warning' as const) }), { minLength: 1, maxLength: 4 });

const XML_FORMATS = { lint: ['junit'], evaluate: ['junit'] };

describe('every lint format stays well-formed and free of control characters for any text (property)', () => {
  it('junit is XML 1.0, sarif is valid SARIF, json parses, and no format carries a terminal control', () => {
    const xml: string[] = [];
    fc.assert(
      fc.property(lintInput, (items) => {
        const result = lintResult(items.map((i) => fileResult(i.file, [finding(i.file, i.ruleId, i.severity, i.message, [1, 1])])));
        for (const [name, format] of Object.entries(lintFormatters)) {
          const out = format(result, { color: false, cwd: CWD, version: '0.0.0' });
          expect(out).not.toMatch(TERMINAL_CONTROL);
          if (XML_FORMATS.lint.includes(name)) {
            expect(xmlProblem(out)).toBeNull();
            xml.push(out);
          }
          if (name === 'json') JSON.parse(out);
          if (name === 'sarif') expect(validateSarif(JSON.parse(out))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // and a strict parser agrees
    expect(expatProblems(xml)).toEqual([]);
  });
});

describe('every evaluate format stays well-formed and free of control characters for any text (property)', () => {
  const base = referenceEvaluation('managed-hosting');
  const opts = options('managed-hosting');
  it('junit is XML 1.0, json parses, csv/table/md/html carry no control character', () => {
    const xml: string[] = [];
    fc.assert(
      fc.property(text, text, text, text, (metric, title, target, skippedExample) => {
        const first: MetricResult = { ...base.results[0]!, metric, target, status: 'breached', credit: 5 };
        const evaluation: Evaluation = {
          ...base,
          agreement: { ...base.agreement, title, id: title },
          results: [first, ...base.results.slice(1, 3)],
          skipped: [{ file: metric, count: 1, examples: [skippedExample] }],
        };
        const context = { ...opts.context!, title, metrics: { ...opts.context!.metrics, [metric]: { name: title, service: null, owner: null } } };
        for (const [name, format] of Object.entries(evaluateFormatters)) {
          const out = format(evaluation, { ...opts, context });
          // RFC 4180 ends its lines with CRLF: the only CR allowed
          expect(name === 'csv' ? out.replace(/\r\n/g, '\n') : out).not.toMatch(TERMINAL_CONTROL);
          if (XML_FORMATS.evaluate.includes(name)) {
            expect(xmlProblem(out)).toBeNull();
            xml.push(out);
          }
          // json keeps the text, controls shown as \u001B
          if (name === 'json') expect(JSON.parse(out).results[0].metric).toBe(escapeControls(metric));
        }
      }),
      { numRuns: 100 },
    );
    expect(expatProblems(xml)).toEqual([]);
  });
});
