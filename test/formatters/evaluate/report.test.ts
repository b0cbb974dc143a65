import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { html } from '../../../src/formatters/evaluate/html';
import { md } from '../../../src/formatters/evaluate/md';
import { options, referenceEvaluation, ROOT, withEdgeCases } from './fixture';

const scratch = path.join(ROOT, 'tmp/evalio-tests');

function markdownlint(text: string): string {
  const script = `import('markdownlint/sync').then(({ lint }) => {
    const r = lint({ strings: { report: require('fs').readFileSync(0, 'utf8') }, config: { default: true, MD013: false, MD033: false } });
    process.stdout.write(r.toString());
  });`;
  return execFileSync(process.execPath, ['-e', script], { input: text, cwd: ROOT, encoding: 'utf8' });
}

describe('md format', () => {
  const evaluation = referenceEvaluation('managed-hosting');
  const text = md(evaluation, options('managed-hosting'));

  it('has a section with a chart and a table per metric', () => {
    const metrics = new Set(evaluation.results.map((r) => r.metric));
    expect(text.match(/^## /gm)).toHaveLength(metrics.size + 2);
    expect(text.match(/<svg /g)).toHaveLength(metrics.size);
    expect(text).toContain('## Business-hours availability');
    expect(text).toContain('| 2026-09 | 98.30% | breached | 10% (waived) |');
    expect(text).toContain('| Service desk | 2026-11 | 10% | €300.00 | – |');
  });

  it('states the reporting promise of the agreement', () => {
    expect(text).toContain('This report is issued every month, due 10d after the period ends, to Acme Retail Ltd.');
  });

  it('passes markdownlint', () => {
    expect(markdownlint(text)).toBe('');
  });

  it('keeps Markdown and HTML in names inert', () => {
    const edge = md(withEdgeCases(evaluation), options('managed-hosting'));
    expect(edge).toContain('## odd, "quoted" &lt;name>');
    expect(edge).toContain('| 2026-12 (partial) | 99.99% | met | – |');
  });
});

describe('html format', () => {
  it('is one self-contained page with lang, headed tables and accessible charts', () => {
    const text = html(referenceEvaluation('managed-hosting'), options('managed-hosting'));
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(text).not.toMatch(/<(link|script)\b|src="http/);
    expect(text.match(/<th scope="col">Period<\/th>/g)?.length).toBe(8 + 1);
    expect(text).toContain('<title id="chart-1-title">Business-hours availability per period, target &#62;= 99.5%</title>');
    expect(text).toContain('aria-labelledby="chart-1-title chart-1-desc"');
  });

  it('escapes text from the data', () => {
    const text = html(withEdgeCases(referenceEvaluation('managed-hosting')), options('managed-hosting'));
    expect(text).toContain('odd, &quot;quoted&quot; &lt;name&gt;');
    expect(text).not.toContain('<name>');
  });

  it('passes the Nu Html Checker', () => {
    fs.mkdirSync(scratch, { recursive: true });
    const file = path.join(scratch, 'report.html');
    fs.writeFileSync(file, html(withEdgeCases(referenceEvaluation('saas-platform')), options('saas-platform')));
    const vnu = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', vnu, '--errors-only', file], { encoding: 'utf8' });
    expect(run.stderr + run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});
