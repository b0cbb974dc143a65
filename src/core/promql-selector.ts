/** One label matcher of a PromQL series selector. */
interface Matcher {
  label: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
  re: RegExp | null;
}

/** A series selector (`http_requests_total{code!~"5.."}`): which series of a range query a column sums. */
export interface Selector {
  text: string;
  /** The metric name it asks for, if it names one. */
  name: string | null;
  matches(labels: Record<string, string>): boolean;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Parses a PromQL series selector as Prometheus reads one: a metric name,
 * label matchers in braces (=, !=, =~, !~; regular expressions anchored at
 * both ends), or both. Throws an Error saying what is wrong.
 */
export function parseSelector(text: string): Selector {
  const t = text.trim();
  const brace = t.indexOf('{');
  const name = (brace < 0 ? t : t.slice(0, brace)).trim();
  if (name !== '' && !NAME.test(name)) throw new Error(`'${text}' is not a series selector such as http_requests_total{code!~"5.."}`);
  const matchers: Matcher[] = [];
  if (brace >= 0) {
    if (!t.endsWith('}')) throw new Error(`'${text}': the selector's '{' is not closed`);
    let rest = t.slice(brace + 1, -1).trim();
    while (rest.length > 0) {
      const m = /^([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*(?:,\s*)?/.exec(rest);
      if (!m || !LABEL.test(m[1]!)) throw new Error(`'${text}': expected label matchers like code="200" or code!~"5.." in the braces`);
      const op = m[2] as Matcher['op'];
      const quoted = m[3]!;
      const value = quoted.startsWith("'") ? JSON.parse(`"${quoted.slice(1, -1).replace(/"/g, '\\"')}"`) as string : (JSON.parse(quoted) as string);
      let re: RegExp | null = null;
      if (op === '=~' || op === '!~') {
        try {
          re = new RegExp(`^(?:${value})$`, 's');
        } catch {
          throw new Error(`'${text}': '${value}' is not a regular expression`);
        }
      }
      matchers.push({ label: m[1]!, op, value, re });
      rest = rest.slice(m[0].length);
    }
  }
  if (name !== '') matchers.push({ label: '__name__', op: '=', value: name, re: null });
  if (matchers.length === 0) throw new Error(`'${text}' selects nothing: give a metric name or label matchers`);
  const named = matchers.find((m) => m.label === '__name__' && m.op === '=');
  return {
    text: t,
    name: named ? named.value : null,
    matches(labels) {
      for (const m of matchers) {
        const v = labels[m.label] ?? '';
        const ok = m.op === '=' ? v === m.value : m.op === '!=' ? v !== m.value : m.re!.test(v);
        if (ok === (m.op === '!~')) return false;
      }
      return true;
    },
  };
}
