import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve, dirname, sep } from 'path';

// Arrows point down (README, Design): cli -> io, formatters -> the wings
// (lint, evaluate, render, diff, export, import) -> the foundations (rows, core, time).
// This test reads every import in src/ and fails on one that points up or
// sideways, the way a type checker keeps types true.

const SRC = resolve(__dirname, '../../src');

type Layer = 'cli' | 'io' | 'sources' | 'formatters' | 'lint' | 'evaluate' | 'render' | 'diff' | 'export' | 'import' | 'rows' | 'core' | 'time';
const WINGS: readonly Layer[] = ['lint', 'evaluate', 'render', 'diff', 'export', 'import'];

/** What each layer may import (besides itself); `typeOnly` may be imported for types alone. */
const ALLOWED: Record<Layer, { value: readonly Layer[]; typeOnly?: readonly Layer[] }> = {
  cli: { value: ['io', 'sources', 'formatters', 'lint', 'evaluate', 'render', 'diff', 'export', 'import', 'rows', 'core', 'time'] },
  io: { value: ['sources', 'rows', 'core', 'time'] },
  // Vendor shapes that are events rather than rows (Zendesk metric events,
  // Statuspage incidents, Prometheus series) become rows here: pure data
  // transformations between io's bytes and files and the row contract, so
  // that io stays bytes and the engine never learns a vendor's shape.
  sources: { value: ['rows', 'core', 'time'] },
  formatters: { value: ['core', 'time'], typeOnly: [...WINGS, 'rows'] },
  lint: { value: ['core', 'time'] },
  evaluate: { value: ['rows', 'core', 'time'] },
  render: { value: ['core', 'time'] },
  diff: { value: ['core', 'time'] },
  export: { value: ['core', 'time'] },
  import: { value: ['core', 'time'] },
  rows: { value: [], typeOnly: ['core'] },
  time: { value: [], typeOnly: ['core'] },
  core: { value: [] },
};

/** Node modules that read or change the world outside: not for wings, foundations or formatters. */
const WORLDLY = /^(node:)?(fs|fs\/promises|child_process|os|worker_threads|net|http|https|process|readline|tty)$/;

interface Import {
  file: string;
  line: number;
  spec: string;
  typeOnly: boolean;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [full] : [];
  });
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  const lineOf = (at: number): number => text.slice(0, at).split('\n').length;
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (let m = statement.exec(text); m; m = statement.exec(text)) {
    out.push({ file, line: lineOf(m.index), spec: m[3]!, typeOnly: m[2] !== undefined });
  }
  const dynamic = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = dynamic.exec(text); m; m = dynamic.exec(text)) {
    out.push({ file, line: lineOf(m.index), spec: m[1]!, typeOnly: /typeof\s+import\($/.test(text.slice(Math.max(0, m.index - 14), m.index + 7)) });
  }
  return out;
}

function layerOf(file: string): Layer | undefined {
  const top = relative(SRC, file).split(sep)[0];
  return top in ALLOWED ? (top as Layer) : undefined;
}

const files = sources(SRC);
const imports = files.flatMap(importsOf);

describe('the layers of src/', () => {
  it('every folder of src/ is a known layer', () => {
    expect(files.map((f) => relative(SRC, f).split(sep)[0]).filter((top) => !(top! in ALLOWED))).toEqual([]);
  });

  it('no import points up or sideways', () => {
    const wrong: string[] = [];
    for (const i of imports) {
      if (!i.spec.startsWith('.')) continue;
      const from = layerOf(i.file)!;
      const to = layerOf(resolve(dirname(i.file), i.spec));
      if (!to || to === from) continue;
      const rule = ALLOWED[from];
      if (rule.value.includes(to) || (i.typeOnly && rule.typeOnly?.includes(to))) continue;
      wrong.push(`${relative(SRC, i.file)}:${i.line}: ${from} imports ${i.typeOnly ? 'types of ' : ''}${to} ('${i.spec}')`);
    }
    expect(wrong).toEqual([]);
  });

  it('wings, foundations and formatters touch neither the file system, processes nor the console', () => {
    const worldly: string[] = [];
    for (const file of files) {
      const layer = layerOf(file)!;
      if (layer === 'cli' || layer === 'io') continue;
      const text = readFileSync(file, 'utf8');
      for (const i of importsOf(file)) if (WORLDLY.test(i.spec)) worldly.push(`${relative(SRC, file)}:${i.line}: imports ${i.spec}`);
      text.split('\n').forEach((line, k) => {
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        if (/\b(process|console)\s*\./.test(code)) worldly.push(`${relative(SRC, file)}:${k + 1}: ${line.trim()}`);
      });
    }
    expect(worldly).toEqual([]);
  });

  it('the checks see imports at all (a regex that matched nothing would pass everything)', () => {
    expect(imports.filter((i) => i.spec.startsWith('.')).length).toBeGreaterThan(300);
    expect(imports.some((i) => i.typeOnly)).toBe(true);
    expect(imports.some((i) => i.spec === '../evaluate' && layerOf(i.file) === 'cli')).toBe(true);
  });
});
