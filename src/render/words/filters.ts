import type { LocaleFormat } from './locale-format';

const OPERATORS: Record<string, string> = {
  lt: 'below',
  lte: 'at most',
  gt: 'above',
  gte: 'at least',
};

function valueWords(value: unknown, fmt: LocaleFormat): string {
  if (typeof value === 'number') return fmt.number(value);
  return String(value);
}

function listWords(values: unknown, fmt: LocaleFormat): string {
  const list = Array.isArray(values) ? values : [values];
  return fmt.list(
    list.map((v) => valueWords(v, fmt)),
    'or',
  );
}

/** One column's test: "is P1", "is P2 or P3", "is at most 800 and below 900", "is not /v1/health". */
function testWords(test: unknown, fmt: LocaleFormat): string {
  if (Array.isArray(test)) return `is ${listWords(test, fmt)}`;
  if (test === null || typeof test !== 'object') return `is ${valueWords(test, fmt)}`;
  const parts = Object.entries(test as Record<string, unknown>).map(([op, v]) => {
    if (op in OPERATORS) return `${OPERATORS[op]} ${valueWords(v, fmt)}`;
    if (op === 'ne') return `not ${valueWords(v, fmt)}`;
    if (op === 'in') return `one of ${listWords(v, fmt)}`;
    if (op === 'notIn') return `none of ${listWords(v, fmt)}`;
    return `${op} ${valueWords(v, fmt)}`;
  });
  return `is ${fmt.list(parts)}`;
}

/**
 * A `where` or `good` map in words: { route: /checkout, status: { lt: 500 } }
 * -> "route is /checkout and status is below 500". Empty or absent maps give "".
 */
export function filterWords(filter: unknown, fmt: LocaleFormat): string {
  if (!filter || typeof filter !== 'object') return '';
  const parts = Object.entries(filter as Record<string, unknown>).map(([column, test]) => `${column} ${testWords(test, fmt)}`);
  return parts.length === 0 ? '' : fmt.list(parts);
}
