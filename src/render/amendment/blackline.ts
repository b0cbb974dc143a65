import type { BlackLine, BlackSection } from './model';

const WORDS = /\s+|[\p{L}\p{N}_'’.%-]+|[^\s\p{L}\p{N}]/gu;

function lcs<T>(a: readonly T[], b: readonly T[]): Array<{ op: 'same' | 'del' | 'ins'; a?: T; b?: T }> {
  const t = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out: Array<{ op: 'same' | 'del' | 'ins'; a?: T; b?: T }> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) out.push({ op: 'same', a: a[i++], b: b[j++] });
    else if (i < a.length && (j === b.length || t[i + 1][j] >= t[i][j + 1])) out.push({ op: 'del', a: a[i++] });
    else out.push({ op: 'ins', b: b[j++] });
  }
  return out;
}

function words(before: string, after: string): BlackLine {
  const parts: BlackLine['parts'] = [];
  for (const step of lcs(before.match(WORDS) ?? [], after.match(WORDS) ?? [])) {
    const text = (step.op === 'ins' ? step.b : step.a) as string;
    const last = parts[parts.length - 1];
    if (last && last.op === step.op) last.text += text;
    else parts.push({ op: step.op, text });
  }
  return { parts };
}

const plain = (raw: string): string =>
  raw
    .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
    .replace(/\s*(?<!\\)\|\s*/g, ' · ')
    .replace(/^#+\s*/, '')
    .replace(/^\s*[-*+]\s+/, '• ')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\(<?[^)>]*>?\)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .trim();

/** A rendered contract's Markdown as plain blocks per section: wrapped lines joined, table cells joined, markup dropped. */
export function sectionsOf(markdown: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  let open = false;
  for (const raw of markdown.split('\n')) {
    const heading = /^##\s+(?:\d+\.\s+)?(.*)$/.exec(raw);
    if (heading) {
      current = [];
      open = false;
      out.set(heading[1].trim(), current);
      continue;
    }
    if (!current) continue;
    if (raw.trim() === '' || /^\s*\|?\s*:?-{3,}/.test(raw) || /^<!--/.test(raw)) {
      open = false;
      continue;
    }
    const starts = /^(\s*([-*+]|\d+\.)\s|\s*\||#)/.test(raw);
    const line = plain(raw);
    if (line === '') continue;
    if (open && !starts) current[current.length - 1] += ` ${line}`;
    else current.push(line);
    open = !/^\s*\|/.test(raw);
  }
  return out;
}

function alike(a: string, b: string): number {
  const line = words(a, b);
  const same = line.parts.filter((p) => p.op === 'same').reduce((n, p) => n + p.text.length, 0);
  return (2 * same) / (a.length + b.length || 1);
}

/** A run of deleted and inserted lines: each deletion paired, in order, with an alike insertion (word diff), the rest whole. */
function pairRun(dels: string[], inss: string[]): BlackLine[] {
  const out: BlackLine[] = [];
  let j = 0;
  for (const d of dels) {
    const k = inss.findIndex((x, i) => i >= j && alike(d, x) >= 0.5);
    if (k < 0) {
      out.push({ parts: [{ op: 'del', text: d }] });
      continue;
    }
    for (; j < k; j++) out.push({ parts: [{ op: 'ins', text: inss[j] }] });
    out.push(words(d, inss[j++]));
  }
  for (; j < inss.length; j++) out.push({ parts: [{ op: 'ins', text: inss[j] }] });
  return out;
}

/**
 * The blackline: every section of the contract whose text changed, its lines
 * diffed (a changed line word by word), deleted text struck through and
 * inserted text underlined by the formats that show it.
 */
export function blackline(oldContract: string, newContract: string): BlackSection[] {
  const before = sectionsOf(oldContract);
  const after = sectionsOf(newContract);
  const headings = [...after.keys(), ...[...before.keys()].filter((h) => !after.has(h))];
  const out: BlackSection[] = [];
  for (const heading of headings) {
    const a = before.get(heading) ?? [];
    const b = after.get(heading) ?? [];
    if (a.join('\n') === b.join('\n')) continue;
    const lines: BlackLine[] = [];
    const steps = lcs(a, b);
    for (let k = 0; k < steps.length; ) {
      if (steps[k].op === 'same') {
        lines.push({ parts: [{ op: 'same', text: steps[k++].a as string }] });
        continue;
      }
      const dels: string[] = [];
      const inss: string[] = [];
      for (; k < steps.length && steps[k].op !== 'same'; k++) (steps[k].op === 'del' ? dels : inss).push((steps[k].a ?? steps[k].b) as string);
      lines.push(...pairRun(dels, inss));
    }
    out.push({ heading, lines });
  }
  return out;
}
