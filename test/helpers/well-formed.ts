import { spawnSync } from 'child_process';
import { XMLValidator } from 'fast-xml-parser';

/** Characters XML 1.0 allows (its Char production), as code points. */
function xmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Why a text is not well-formed XML 1.0, or null: syntax, a character XML cannot hold, or a reference to one. */
export function xmlProblem(xml: string): string | null {
  const syntax = XMLValidator.validate(xml);
  if (syntax !== true) return JSON.stringify(syntax.err);
  for (const ch of xml) {
    const cp = ch.codePointAt(0)!;
    if (!xmlChar(cp)) return `character U+${cp.toString(16).toUpperCase()}`;
  }
  for (const m of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const cp = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : Number(m[1]);
    if (!xmlChar(cp)) return `reference ${m[0]}`;
  }
  return null;
}

/**
 * Python's expat, a strict XML 1.0 parser, over several documents in one
 * process: the index and message of each that is not well-formed.
 */
export function expatProblems(documents: readonly string[]): string[] {
  const script = [
    'import json, sys, xml.parsers.expat',
    'out = []',
    'for i, d in enumerate(json.load(sys.stdin)):',
    '    p = xml.parsers.expat.ParserCreate()',
    '    try:',
    '        p.Parse(d.encode("utf-8"), True)',
    '    except Exception as e:',
    '        out.append("%d: %s" % (i, e))',
    'print(json.dumps(out))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(documents), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[];
}

/** C0 controls but tab and line feed, DEL, C1 controls: what must not reach a terminal. */
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
