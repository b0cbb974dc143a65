import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { findBrowser, withBrowserPage } from '../../src/io/browser';
import { captureIO, markdownlint, referenceFile, ROOT, scratch } from '../render/helpers';
import { renderCommand } from '../../src/cli/render-command';
import { runSla } from '../helpers/run-sla';

// The built CLI (npm run build); SLA_BIN points elsewhere to try a private build.
const BIN = process.env.SLA_BIN ?? path.join(ROOT, 'bin/sla.js');

const sla = (args: string[], cwd = ROOT) => runSla(args, { cwd, bin: BIN });

describe('in headless Chromium', () => {
  const dir = scratch('e2e');
  const htmlFile = path.join(dir, 'managed-hosting.html');
  let html = '';

  beforeAll(async () => {
    expect(await renderCommand({ file: referenceFile('managed-hosting'), out: htmlFile, date: '2026-11-22' }, captureIO().io)).toBe(0);
    html = fs.readFileSync(htmlFile, 'utf8');
  });

  it('has no serious or critical axe-core violations, and looks like a contract', async () => {
    const axe = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
    const { violations, headings } = await withBrowserPage(findBrowser(process.env), async (page) => {
      // The document's CSP forbids scripts; the test's own axe-core is let in.
      await page.setBypassCSP(true);
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ path: axe });
      await page.screenshot({ path: path.join(dir, 'managed-hosting.png') as `${string}.png`, fullPage: false });
      // Runs in the page (a string: the test's tsconfig has no DOM types).
      const result = (await page.evaluate(`(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)));
        return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact })), headings: levels };
      })()`)) as { violations: Array<{ id: string; impact: string }>; headings: number[] };
      return result;
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(headings[0]).toBe(1);
    headings.forEach((level, i) => expect(level - (headings[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(fs.statSync(path.join(dir, 'managed-hosting.png')).size).toBeGreaterThan(10_000);
  }, 120_000);

  it('prints a PDF of several pages that holds the agreement', async () => {
    const pdf = path.join(dir, 'managed-hosting.pdf');
    expect(await renderCommand({ file: referenceFile('managed-hosting'), out: pdf }, captureIO().io)).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('WD-MH-2026-014');
    expect(text).toContain('Business-hours availability');
    expect(text).toMatch(/Page 2 of \d+/);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
  }, 120_000);
});

describe('the built binary', () => {
  it('renders Markdown to standard output, HTML and PDF to files', () => {
    const dir = scratch('e2e');
    const md = sla(['render', referenceFile('saas-platform')]);
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Northstar Cloud Service Level Agreement');
    expect(markdownlint(md.stdout)).toEqual([]);
    const html = sla(['render', referenceFile('saas-platform'), '--out', path.join(dir, 'saas.htm')]);
    expect(html.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'saas.htm'), 'utf8')).toContain('<html lang="en-US">');
    const pdf = sla(['render', referenceFile('saas-platform'), '--out', path.join(dir, 'saas.pdf')]);
    expect(pdf.stderr).toBe('');
    expect(pdf.code).toBe(0);
    expect(execFileSync('pdftotext', [path.join(dir, 'saas.pdf'), '-'], { encoding: 'utf8' })).toContain('NSC-SLA-2026');
    expect(execFileSync('pdfinfo', [path.join(dir, 'saas.pdf')], { encoding: 'utf8' })).toMatch(/Page size:.*\(letter\)/i);
  }, 180_000);

  it('exits 2 with a clear message for a missing template folder, a missing browser and its own input', () => {
    const dir = scratch('e2e');
    const missing = sla(['render', referenceFile('saas-platform'), '--template', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('sla: template directory nope does not exist or is not a folder\n');
    const noBrowser = runSla(['render', referenceFile('saas-platform'), '--out', path.join(dir, 'x.pdf')], { bin: BIN, env: { CHROME_PATH: '/nowhere/chrome' } });
    expect(noBrowser.code).toBe(2);
    expect(noBrowser.stderr).toContain('CHROME_PATH is /nowhere/chrome');
    fs.copyFileSync(referenceFile('saas-platform'), path.join(dir, 'a.sla.yaml'));
    const self = sla(['render', 'a.sla.yaml', '--out', 'a.sla.yaml'], dir);
    expect(self.code).toBe(2);
    expect(self.stderr).toBe('sla: --out a.sla.yaml is a file this run reads (the agreement); choose another file\n');
  }, 60_000);
});
