import type { Segment } from './types';

/** Words and the spaces between them, so that joining the tokens gives the text back. */
export function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}_'’.%-]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Beyond this many token pairs the diff falls back to "all deleted, all inserted" (quadratic table). */
const MAX_CELLS = 4_000_000;

/** The longest common subsequence table, as lengths of suffixes. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array[] {
  const t = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  }
  return t;
}

/** The edit script of two token lists, neighbouring runs of one op merged. */
export function diffTokens(a: readonly string[], b: readonly string[]): Segment[] {
  const out: Segment[] = [];
  const push = (op: Segment['op'], text: string): void => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  if (a.length * b.length > MAX_CELLS) {
    if (a.length > 0) push('del', a.join(''));
    if (b.length > 0) push('ins', b.join(''));
    return out;
  }
  const t = lcsTable(a, b);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) push('same', a[i++]), j++;
    else if (i < a.length && (j === b.length || t[i + 1][j] >= t[i][j + 1])) push('del', a[i++]);
    else push('ins', b[j++]);
  }
  return out;
}

/** The word diff of two texts. */
export function wordDiff(before: string, after: string): Segment[] {
  return diffTokens(tokens(before), tokens(after));
}

/** Share of words two texts have in common, 0..1 (2 × common / total, in order). */
export function similarity(a: string, b: string): number {
  const x = tokens(a.toLowerCase()).filter((w) => !/^\s+$/.test(w));
  const y = tokens(b.toLowerCase()).filter((w) => !/^\s+$/.test(w));
  if (x.length + y.length === 0) return 1;
  if (x.length * y.length > MAX_CELLS) return 0;
  return (2 * lcsTable(x, y)[0][0]) / (x.length + y.length);
}

/** Whitespace runs as one space, ends trimmed: YAML block styles mean the same text. */
export function normalText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether two texts differ only in spacing, punctuation or case. */
export function sameWords(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, ' ').trim();
  return words(a) === words(b);
}
