// Built-in templates run from specs precompiled at build time
// (scripts/precompile-templates.js); anything else is compiled at run time with
// the same options. These tests hold the two paths to the same output.
import * as fs from 'fs';
import * as path from 'path';
import type { RenderCommandOptions } from '../../src/cli/render-command';
import { loadDocument } from '../../src/core/load';
import type { AgreementInput } from '../../src/render/agreement';
import { createEnvironment, precompiledSpec } from '../../src/render/compile';
import { renderDocument } from '../../src/render/render-document';
import { templateName, type RenderFormat, type TemplateSource } from '../../src/render/templates';
import { runSla } from '../helpers/run-sla';
import { FIXTURES, referenceFile, REFERENCES, render, ROOT, scratch } from './helpers';

const FORMATS: RenderFormat[] = ['md', 'html'];

function builtIns(format: RenderFormat): TemplateSource[] {
  const dir = path.join(ROOT, 'templates/contract', format);
  return fs
    .readdirSync(dir)
    .filter((f) => templateName(f) !== null)
    .sort()
    .map((f) => ({ name: templateName(f) as string, file: `templates/contract/${format}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** The same templates with a comment added: no precompiled spec matches, so each is compiled now. */
const uncompiled = (templates: TemplateSource[]): TemplateSource[] => templates.map((t) => ({ ...t, text: `${t.text}{{!-- compiled at run time --}}` }));

function agreement(name: string): AgreementInput {
  const doc = loadDocument(fs.readFileSync(referenceFile(name)), referenceFile(name));
  return doc.data as unknown as AgreementInput;
}

describe('precompiled built-in templates', () => {
  it.each(FORMATS)('cover every built-in %s template, and the runtime alone runs them', (format) => {
    const templates = builtIns(format);
    expect(templates.length).toBeGreaterThan(20);
    for (const t of templates) expect([t.name, precompiledSpec(format, t) !== null]).toEqual([t.name, true]);
    expect(createEnvironment(format, templates).compile).toBeUndefined();
    const edited = uncompiled(templates);
    expect(edited.map((t) => precompiledSpec(format, t))).toEqual(edited.map(() => null));
    expect(typeof createEnvironment(format, [...templates.slice(1), edited[0]]).compile).toBe('function');
  });

  it.each(REFERENCES)('render %s exactly as templates compiled at run time do', (name) => {
    const a = agreement(name);
    for (const format of FORMATS) {
      const pre = renderDocument(a, { format, templates: builtIns(format), date: '2026-11-22' });
      const now = renderDocument(a, { format, templates: uncompiled(builtIns(format)), date: '2026-11-22' });
      expect(pre.length).toBeGreaterThan(2000);
      expect(pre).toBe(now);
    }
  });

  it('use a built-in whose file changed since the build from its text', () => {
    const edited = builtIns('html').map((t) => (t.name === 'services' ? { ...t, text: `<p>EDITED SERVICES</p>\n${t.text}` } : t));
    const html = renderDocument(agreement('managed-hosting'), { format: 'html', templates: edited });
    expect(html).toContain('<p>EDITED SERVICES</p>');
  });
});

describe('the built binary', () => {
  // scripts/build.js bundles Handlebars with an empty `source-map`: custom templates must compile as they do here.
  const BIN = process.env.SLA_BIN ?? path.join(ROOT, 'bin/sla.js');
  const sla = (args: string[]) => runSla(['render', ...args], { bin: BIN });

  it('renders built-in and custom templates as the sources do', async () => {
    const sparse = path.join(FIXTURES, 'sparse/sparse.sla.yaml');
    const custom = path.join(FIXTURES, 'custom-templates');
    const dir = scratch('precompiled');
    const all = path.join(dir, 'all');
    fs.mkdirSync(all);
    for (const t of uncompiled(builtIns('html'))) fs.writeFileSync(path.join(all, `${t.name}.hbs`), t.text);
    // prose with entities (the built CLI loads markdown-it's decoder on first use) and a bare address (linkify is off)
    const entities = path.join(dir, 'entities.sla.yaml');
    const text = fs.readFileSync(referenceFile('managed-hosting'), 'utf8');
    fs.writeFileSync(entities, text.replace('Acme receives when a target is missed.', 'Acme receives &copy; &#169; &amp; A&B at https://acme.example/sla.'));
    expect(await render(entities, { format: 'html' })).toContain('Acme receives © © &amp; A&amp;B at https://acme.example/sla.</p>');
    // every reference in both formats: the built CLI takes its built-ins from the precompiled table
    const cases: Array<[string, Omit<RenderCommandOptions, 'file'>]> = [
      ...REFERENCES.flatMap((name): Array<[string, Omit<RenderCommandOptions, 'file'>]> => FORMATS.map((format) => [referenceFile(name), { format }])),
      [entities, { format: 'html' }],
      [sparse, { format: 'html', template: custom }],
      [sparse, { format: 'md', template: custom }],
      [referenceFile('managed-hosting'), { format: 'html', template: all }],
    ];
    for (const [file, options] of cases) {
      const run = sla([file, ...Object.entries(options).flatMap(([k, v]) => [`--${k}`, String(v)])]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.stdout).toBe(await render(file, options));
    }
    const bad = sla([sparse, '--format', 'html', '--template', path.join(FIXTURES, 'bad-template')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${path.join(FIXTURES, 'bad-template', 'services.hbs')}:3: "priceTag" not defined`);
  }, 120_000);
});
