import { safeJson, type OwnsSafety } from '../../core/control-chars';
import type { Evaluation } from '../../evaluate/result';
import type { EvaluateFormatter } from './types';

/** The Evaluation exactly as computed (schemas/evaluation.schema.json); numbers unrounded; unsafe characters escaped as every format escapes them. */
export const json: EvaluateFormatter & OwnsSafety = Object.assign((evaluation: Evaluation) => [...jsonPieces(evaluation)].join(''), { ownsSafety: true as const });

/** Results per piece of jsonPieces: each piece a string of about 100 KB. */
const RESULTS_PER_PIECE = 200;
/** Where the results go in the report's JSON (a key of the top object, two spaces in: no string holds a raw line break). */
const RESULTS_KEY = '\n  "results": ';
/** How JSON.stringify({ results }, null, 2) begins and ends around the results themselves. */
const HEAD = '{\n  "results": [\n';
const TAIL = '\n  ]\n}';

/**
 * json(evaluation) in pieces, made as they are taken: the results in groups
 * of 200, each group's JSON cut out of `{ "results": [...] }` at the same
 * depth, so that the pieces together are the text byte for byte. A
 * per-resource report (30,000 results, 15 MB) as one string was fresh memory
 * the system hands out page by page, and a copy more to add its newline;
 * written piece by piece, it never exists whole.
 */
export function* jsonPieces(evaluation: Evaluation): Generator<string> {
  const { results } = evaluation;
  if (results.length <= RESULTS_PER_PIECE) {
    yield `${safeJson(evaluation, 2)}\n`;
    return;
  }
  const frame = safeJson({ ...evaluation, results: [] }, 2);
  const at = frame.indexOf(RESULTS_KEY) + RESULTS_KEY.length;
  yield `${frame.slice(0, at)}[\n`;
  for (let i = 0; i < results.length; i += RESULTS_PER_PIECE) {
    const text = safeJson({ results: results.slice(i, i + RESULTS_PER_PIECE) }, 2);
    const items = text.slice(HEAD.length, text.length - TAIL.length);
    yield i === 0 ? items : `,\n${items}`;
  }
  // after the empty list's "[]"
  yield `\n  ]${frame.slice(at + 2)}\n`;
}
