import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { renderCommand } from '../../src/cli/render-command';
import { findBrowser, withBrowserPage } from '../../src/io/browser';
import { captureIO, markdownlint, referenceFile, REFERENCES, ROOT, scratch, vnuErrors } from './helpers';

const amended = (name: string) => path.join(ROOT, 'test/fixtures/diff-amendments', `${name}.sla.yaml`);

async function amendment(name: string, format: 'md' | 'html'): Promise<string> {
  const c = captureIO();
  expect(await renderCommand({ file: amended(name), amendment: referenceFile(name), format }, c.io)).toBe(0);
  return c.stdout();
}

const docs: Record<string, { md: string; html: string }> = {};

beforeAll(async () => {
  for (const name of REFERENCES) docs[name] = { md: await amendment(name, 'md'), html: await amendment(name, 'html') };
});

describe('sla render --amendment', () => {
  it('numbers the instructions by clause of the old contract and shows a blackline', () => {
    const md = docs['managed-hosting'].md.replace(/\s+/g, ' ');
    expect(md).toContain('# Amendment to the Managed Hosting Service Level Agreement');
    expect(md).toMatch(/\d+\. Clause 3 \(Service levels\): Target lowered \(metrics\\\[uptime-business\\\]\.target\): at least 99\.5% is replaced by at least 99%\./);
    expect(md).toContain('Clause 6 (Service credits): Credit cap lowered (credits.cap): 30% is replaced');
    expect(md).toContain('## Appendix A. Blackline');
    expect(md).toContain('at least <del>99.5%</del><ins>99%</ins>');
    expect(docs['managed-hosting'].html).toContain('<del>99.5%</del><ins>99%</ins>');
  });

  it.each([...REFERENCES])('%s: the Markdown passes markdownlint', (name) => {
    expect(markdownlint(docs[name].md)).toEqual([]);
  });

  it('the HTML is valid for the Nu Html Checker', () => {
    expect(vnuErrors(Object.fromEntries(REFERENCES.map((n) => [n, docs[n].html])))).toBe('');
  });

  it('the HTML has no serious or critical axe-core violations, and a PDF holds the amendment', async () => {
    const axe = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
    const violations = await withBrowserPage(findBrowser(process.env), async (page) => {
      await page.setBypassCSP(true);
      await page.setContent(docs['managed-hosting'].html, { waitUntil: 'load' });
      await page.addScriptTag({ path: axe });
      return (await page.evaluate(`(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact })))()`)) as Array<{ id: string; impact: string }>;
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    const pdf = path.join(scratch('amendment'), 'amendment.pdf');
    expect(await renderCommand({ file: amended('managed-hosting'), amendment: referenceFile('managed-hosting'), out: pdf }, captureIO().io)).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('Amendment to the Managed Hosting Service Level Agreement');
  }, 120_000);
});
