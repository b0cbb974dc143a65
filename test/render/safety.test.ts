import * as path from 'path';
import { renderCommand } from '../../src/cli/render-command';
import { captureIO, FIXTURES, markdownlint, render, vnuErrors } from './helpers';

const hostile = path.join(FIXTURES, 'xss/hostile.sla.yaml');

describe('agreement text is data, never markup or template', () => {
  let html = '';
  let md = '';
  beforeAll(async () => {
    html = await render(hostile, { format: 'html' });
    md = await render(hostile, { format: 'md' });
  });

  it('escapes HTML in every field of the HTML document', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<b onclick/i);
    expect(html).toContain('&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Agreement');
    expect(html).toContain('Evil &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; Corp');
    expect(html).toContain('Raw &lt;script&gt;');
  });

  it('keeps only safe links and makes no requests', () => {
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('[bad link](javascript:alert(3))');
    expect(html).not.toMatch(/src="https?:/);
    // a quote in a URL cannot break out of the attribute
    expect(html).not.toMatch(/"onmouseover=/);
    expect(html).toContain('Click me (https://x.example/&quot;onmouseover&#x3D;&quot;alert(5))');
    expect(html).toContain('<a href="https://example.com/a_b">Safe</a>');
    expect(html).not.toContain('mailto:x@y.example');
  });

  it('shows Handlebars syntax in the agreement as text', () => {
    expect(html).toContain('{{constructor.constructor &#x27;alert(1)&#x27;}} Street');
    expect(html).toContain('{{#each this}}{{/each}} Ltd');
    expect(html).toContain('{{&gt; services}} should stay text');
    expect(html).toContain("{{lookup . 'constructor'}}");
    expect(md).toContain("{{constructor.constructor 'alert(1)'}} Street");
  });

  it('escapes Markdown-significant characters in the Markdown document', () => {
    expect(md).toContain('# \\<script\\>alert');
    expect(md).toContain('### 2.1 Web \\| shop');
    expect(md).toContain('| Up \\<svg onload=alert(4)\\> | at least 99% |');
    expect(md).toContain('Mallory \\| Admin');
    expect(md).not.toMatch(/(^|[^\\])<script/m);
    // a prose with an unsafe link or an image keeps none of its brackets live (prose is reflowed: compare across line breaks)
    expect(md.replace(/\s+/g, ' ')).toContain('\\[bad link\\](javascript:alert(3))');
    expect(md.replace(/\s+/g, ' ')).toContain('!\\[img\\](https://tracker.example/pixel.png)');
    // The only findings are the author's own bare URLs inside (escaped) HTML.
    const rules = markdownlint(md).map((e) => e.ruleNames[0]);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r === 'MD034')).toBe(true);
  });

  it('never gets a javascript: URL to render: lint refuses it first', async () => {
    const dir = path.dirname(hostile);
    const c = captureIO(dir);
    const fs = await import('fs');
    const text = fs.readFileSync(hostile, 'utf8').replace(/url: "https:\/\/x\.example[^}]*/, 'url: "javascript:alert(5)" ');
    const file = path.join(dir, `js-url-${process.pid}.sla.yaml`);
    fs.writeFileSync(file, text);
    try {
      await expect(renderCommand({ file, format: 'html' }, c.io)).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/expected a web address like https:\/\/example\.com\/page, got 'javascript:alert\(5\)' \(schema\)/) });
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('stays valid HTML', () => {
    expect(vnuErrors({ hostile: html })).toBe('');
  }, 60_000);
});

describe('custom templates', () => {
  const sparse = path.join(FIXTURES, 'sparse/sparse.sla.yaml');

  it('override built-in partials by file name and keep the rest', async () => {
    const dir = path.join(FIXTURES, 'custom-templates');
    const html = await render(sparse, { format: 'html', template: dir });
    expect(html).toContain('CUSTOM SERVICES PARTIAL: [Service]');
    expect(html).toContain('CUSTOM HTML CONTENTS (4 sections)');
    expect(html).toContain('<h2 id="1-services-title">1. Services</h2>');
    expect(html).toContain('<dfn>Zeta</dfn>');
    const md = await render(sparse, { format: 'md', template: dir });
    expect(md).toContain('CUSTOM SERVICES PARTIAL: [Service]');
    expect(md).not.toContain('CUSTOM HTML CONTENTS');
    expect(md).toContain('- [1. Services](#1-services)');
  });

  it('fail with the template file and line when a field is missing (strict mode), exit 2', async () => {
    const c = captureIO();
    const run = renderCommand({ file: sparse, format: 'html', template: path.join(FIXTURES, 'bad-template') }, c.io);
    await expect(run).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(`${path.join(FIXTURES, 'bad-template', 'services.hbs')}:3: "priceTag" not defined`) });
  });

  it('cannot reach prototypes', async () => {
    const html = await render(sparse, { format: 'html', template: path.join(FIXTURES, 'proto-template') });
    expect(html).toContain('PROTO[][][]');
    const c = captureIO();
    const run = renderCommand({ file: sparse, format: 'html', template: path.join(FIXTURES, 'proto-template/deep') }, c.io);
    await expect(run).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/deep\/services\.hbs:1: "name" not defined$/) });
  });

  it('refuse a template folder that does not exist, exit 2', async () => {
    const c = captureIO();
    await expect(renderCommand({ file: sparse, template: 'no/such/dir' }, c.io)).rejects.toMatchObject({
      exitCode: 2,
      message: 'template directory no/such/dir does not exist or is not a folder',
    });
  });
});
