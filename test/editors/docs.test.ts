import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { ROOT } from '../helpers/run-sla';

// docs/editors.md: what it tells editors must match what sla does.

const doc = fs.readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/agreement.schema.json'), 'utf8'));

/** The fenced blocks of a language, in order. */
const blocks = (lang: string) => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

describe('docs/editors.md', () => {
  it('gives SchemaStore an entry for *.sla.yaml and *.sla.yml at the schema\'s own URL', () => {
    const block = /<!-- schemastore-entry -->\n```json\n([\s\S]*?)```/.exec(doc)![1];
    const entry = JSON.parse(block);
    expect(Object.keys(entry)).toEqual(['name', 'description', 'fileMatch', 'url']);
    expect(entry.fileMatch).toEqual(['*.sla.yaml', '*.sla.yml']);
    expect(entry.url).toBe(schema.$id);
    const matches = picomatch(entry.fileMatch, { basename: true });
    expect(['shop.sla.yaml', 'contracts/hosting.sla.yml'].every((f) => matches(f))).toBe(true);
    expect(['shop.yaml', '.slarc.yaml', 'shop.sla.json'].some((f) => matches(f))).toBe(false);
  });

  it('names schema URLs this package serves: its own files on jsDelivr and unpkg', () => {
    expect(pkg.files).toContain('schemas');
    expect(schema.$id).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}/schemas/agreement.schema.json`);
    const evaluation = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/evaluation.schema.json'), 'utf8'));
    expect(evaluation.$id).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}/schemas/evaluation.schema.json`);
    const urls = [...doc.matchAll(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/[^\s)"`,]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(url).toMatch(new RegExp(`^https://(cdn\\.jsdelivr\\.net/npm|unpkg\\.com)/${pkg.name}(@\\d+\\.\\d+\\.\\d+)?/schemas/agreement\\.schema\\.json$`));
  });

  it('starts the server the same way in every editor, and points the YAML extension at the installed schema', () => {
    const [lua] = blocks('lua');
    expect(/cmd = \{ ([^}]*) \}/.exec(lua)![1]).toBe("'npx', '--no-install', 'sla', 'lsp', '--stdio'");
    const [toml] = blocks('toml');
    expect(/command = "npx"\nargs = \[([^\]]*)\]/.exec(toml)![1]).toBe('"--no-install", "sla", "lsp", "--stdio"');
    expect(toml).toContain('file-types = [{ glob = "*.sla.yaml" }, { glob = "*.sla.yml" }]');
    const settings = JSON.parse(blocks('json')[0]);
    expect(settings['yaml.schemas']).toEqual({ './node_modules/sla/schemas/agreement.schema.json': ['*.sla.yaml', '*.sla.yml'] });
  });
});
