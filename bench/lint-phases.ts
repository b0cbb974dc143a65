// Where the time of `sla lint` goes, per file, in one process: YAML parsing
// (with and without positions), schema validation, the rules.
// Usage: node bench/ts.js bench/lint-phases.ts
import * as fs from 'fs';
import * as path from 'path';
import { LineCounter, Parser, parse, parseDocument } from 'yaml';
import { loadDocument } from '../src/core/load';
import { validateAgreement } from '../src/core/validate';
import { runRule } from '../src/lint/context';
import { builtinRules } from '../src/lint/rules';

const reference = path.resolve(__dirname, '../test/fixtures/reference');
const files = fs.readdirSync(reference).filter((f) => f.endsWith('.sla.yaml')).map((f) => fs.readFileSync(path.join(reference, f)));
const texts = files.map((b) => b.toString('utf8'));
const docs = files.map((b, i) => loadDocument(b, `f${i}.sla.yaml`));

function perFile(n: number, fn: (i: number) => unknown): number {
  for (let i = 0; i < 50; i++) fn(i % files.length);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i % files.length);
  return Number(process.hrtime.bigint() - t0) / 1e6 / n;
}

const n = 600;
const rows: [string, number][] = [
  ['yaml Parser (CST only)', perFile(n, (i) => Array.from(new Parser().parse(texts[i])))],
  ['yaml parse (to JS, no positions kept)', perFile(n, (i) => parse(texts[i]))],
  ['yaml parseDocument + LineCounter', perFile(n, (i) => parseDocument(texts[i], { lineCounter: new LineCounter(), uniqueKeys: true }))],
  ['loadDocument (the above + toJS + source map)', perFile(n, (i) => loadDocument(files[i], 'x'))],
  ['validateAgreement (precompiled schema)', perFile(n, (i) => validateAgreement(docs[i]))],
  ['all rules', perFile(n, (i) => builtinRules.map((r) => runRule(r, docs[i], { severity: r.defaultSeverity, fileExists: () => true })))],
];
const total = rows[3][1] + rows[4][1] + rows[5][1];
console.log(`average over the three reference agreements (${texts.map((t) => t.split('\n').length).join(', ')} lines)`);
console.log('| phase | ms per file | share of lint |');
console.log('|---|---:|---:|');
for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(3)} | ${name.startsWith('yaml') ? '' : `${((ms / total) * 100).toFixed(0)}%`} |`);
console.log(`| lint of one file in process | ${total.toFixed(3)} | ${(1000 / total).toFixed(0)} files/s |`);
