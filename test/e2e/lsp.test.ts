import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CodeAction, CompletionItem, Hover, Location, Position, PublishDiagnosticsParams } from 'vscode-languageserver';
import { LspClient, uriOf } from '../helpers/lsp-client';
import { BIN, ROOT, runSla } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';

// `sla lsp` driven by a real JSON-RPC client over stdio (test/helpers/lsp-client.ts),
// the built binary on the other end.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-lsp-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const SOURCE = fs.readFileSync(path.join(REFERENCE, 'managed-hosting.sla.yaml'), 'utf8');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/agreement.schema.json'), 'utf8'));

/** The position of the `nth` occurrence of `needle` in `text`, moved `shift` characters into it. */
function at(text: string, needle: string, shift = 0, nth = 0): Position {
  let i = -1;
  for (let n = 0; n <= nth; n++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`'${needle}' not found`);
  }
  const before = text.slice(0, i + shift);
  return { line: before.split('\n').length - 1, character: i + shift - (before.lastIndexOf('\n') + 1) };
}

/** A folder with its own root .slarc.yaml (the reference's data files are not copied, so data-file-exists is off). */
function project(config = 'root: true\nrules:\n  data-file-exists: off\n'): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'project-'));
  fs.writeFileSync(path.join(dir, '.slarc.yaml'), config);
  return dir;
}

/** Findings as `sla lint --format json` prints them, and diagnostics turned back into that shape. */
const asFinding = (d: PublishDiagnosticsParams['diagnostics'][number]) => ({
  ruleId: d.code,
  severity: d.severity === 1 ? 'error' : 'warning',
  message: d.message,
  line: d.range.start.line + 1,
  column: d.range.start.character + 1,
  endLine: d.range.end.line + 1,
  endColumn: d.range.end.character + 1,
});

describe('sla lsp', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(() => client.kill());

  it('says what it offers and which version it is', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(client.initializeResult).toMatchObject({
      capabilities: { textDocumentSync: { openClose: true, change: 2 }, hoverProvider: true, definitionProvider: true, completionProvider: {}, codeActionProvider: {} },
      serverInfo: { name: 'sla', version: pkg.version },
    });
  });

  it('publishes exactly what sla lint finds, for every broken example', async () => {
    const dir = path.join(ROOT, 'examples/broken');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sla.yaml'));
    const lint = JSON.parse(runSla(['lint', '--format', 'json', ...files], { cwd: dir }).stdout) as Array<{ file: string; findings: unknown[] }>;
    expect(files.length).toBeGreaterThan(16);
    for (const file of files) {
      const uri = uriOf(path.join(dir, file));
      const published = await client.open(uri, fs.readFileSync(path.join(dir, file), 'utf8'));
      const expected = lint.find((r) => r.file === file)!.findings;
      expect(expected.length).toBeGreaterThan(0);
      expect({ file, findings: published.diagnostics.map(asFinding) }).toEqual({ file, findings: expected });
      for (const d of published.diagnostics) {
        expect(d.source).toBe('sla');
        expect(d.codeDescription?.href).toBe(`https://github.com/sla-as-code/sla/blob/main/docs/rules/${d.code}.md`);
      }
    }
  });

  it('lints after an edit, at the range of the mistake, and offers the fix the message suggests', async () => {
    const uri = uriOf(path.join(project(), 'shop.sla.yaml'));
    expect((await client.open(uri, SOURCE)).diagnostics).toEqual([]); // the folder's .slarc.yaml turns data-file-exists off
    const title = at(SOURCE, '\ntitle:', 1);
    client.change(uri, 2, [{ range: { start: title, end: { line: title.line, character: 5 } }, text: 'titel' }]);
    const [d, ...rest] = (await client.diagnostics(uri, 2)).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      range: { start: { line: title.line, character: 0 }, end: { line: title.line, character: 5 } },
      severity: 1,
      code: 'schema',
      source: 'sla',
      message: "unknown key 'titel' at the top level (did you mean 'title'?)",
    });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: "Change 'titel' to 'title'", kind: 'quickfix', isPreferred: true });
    const edits = actions[0].edit!.changes![uri];
    expect(edits).toEqual([{ range: d.range, newText: 'title' }]);
    client.change(uri, 3, edits.map((e) => ({ range: e.range, text: e.newText })));
    expect((await client.diagnostics(uri, 3)).diagnostics).toEqual([]);
  });

  it('fixes a misspelt id, keeping its quotes', async () => {
    const uri = uriOf(path.join(project(), 'ids.sla.yaml'));
    const text = SOURCE.replace('    service: shop-hosting\n    owner: provider', '    service: "shop-hostin"\n    owner: provider');
    const [d] = (await client.open(uri, text)).diagnostics;
    expect(d).toMatchObject({ code: 'valid-reference', range: { start: at(text, '"shop-hostin"'), end: at(text, '"shop-hostin"', 13) } });
    const [action] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    expect(action.edit!.changes![uri]).toEqual([{ range: { start: at(text, 'shop-hostin"'), end: at(text, 'shop-hostin"', 11) }, newText: 'shop-hosting' }]);
  });

  it('honours inline directives, and reports one that suppresses nothing', async () => {
    const uri = uriOf(path.join(project(), 'directives.sla.yaml'));
    const broken = SOURCE.replace('    service: shop-hosting\n    owner: provider', '    service: nowhere\n    owner: provider');
    expect((await client.open(uri, broken)).diagnostics.map((d) => d.code)).toEqual(['valid-reference']);
    const silenced = broken.replace('    service: nowhere\n', '    # sla-disable-next-line valid-reference -- moving soon\n    service: nowhere\n');
    client.change(uri, 2, [{ text: silenced }]);
    expect((await client.diagnostics(uri, 2)).diagnostics).toEqual([]);
    client.change(uri, 3, [{ text: silenced.replace('service: nowhere', 'service: support') }]);
    const [unused] = (await client.diagnostics(uri, 3)).diagnostics;
    expect(unused).toMatchObject({ code: 'unused-disable-directive', severity: 2, range: { start: at(silenced, '# sla-disable-next-line') } });
  });

  it('reports a broken .slarc.yaml with its file, line and column, as sla lint does', async () => {
    const dir = project('rules:\n  no-such-rule: off\n');
    fs.writeFileSync(path.join(dir, 'shop.sla.yaml'), SOURCE);
    const uri = uriOf(path.join(dir, 'shop.sla.yaml'));
    const [d, ...rest] = (await client.open(uri, SOURCE)).diagnostics;
    expect(rest).toEqual([]);
    const cli = runSla(['lint', 'shop.sla.yaml'], { cwd: dir, input: '' });
    expect(cli.code).toBe(2);
    expect(d).toMatchObject({ severity: 1, code: 'config', range: { start: { line: 0, character: 0 } } });
    expect(`sla: ${d.message}\n`).toBe(cli.stderr);
    expect(d.message).toContain(`${path.join(dir, '.slarc.yaml')}:2:3: unknown rule 'no-such-rule'`);
  });

  it('lints once after a burst of changes, the last text only', async () => {
    const slow = await LspClient.start(['--debounce', '300']);
    try {
      const uri = uriOf(path.join(project(), 'burst.sla.yaml'));
      await slow.open(uri, SOURCE);
      for (let v = 2; v <= 6; v++) slow.change(uri, v, [{ text: SOURCE.replace('status: active', `status: activ${'e'.repeat(v - 2)}x`) }]);
      slow.change(uri, 7, [{ text: SOURCE }]);
      expect((await slow.diagnostics(uri, 7)).diagnostics).toEqual([]);
      await new Promise((r) => setTimeout(r, 400));
      expect(slow.published).toEqual([]);
    } finally {
      slow.kill();
    }
  });

  it('describes the key under the cursor from the schema', async () => {
    const uri = uriOf(path.join(project(), 'hover.sla.yaml'));
    await client.open(uri, SOURCE);
    const target = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(SOURCE, '    target: ">= 99.5%"', 6) });
    expect(target.range).toEqual({ start: at(SOURCE, 'target: ">= 99.5%"'), end: at(SOURCE, 'target: ">= 99.5%"', 6) });
    expect(target.contents).toEqual({
      kind: 'markdown',
      value: `**target**: ${schema.$defs.Target['x-expected']}\n\n${schema.$defs.Metric.properties.target.description}`,
    });
    const onValue = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(SOURCE, 'type: customer', 8) });
    expect((onValue.contents as { value: string }).value).toBe(`**type**: one of ${schema.$defs.AgreementType.enum.join(', ')}\n\n${schema.$defs.AgreementType.description}`);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: at(SOURCE, '# Reference agreement') })).toBeNull();
  });

  it('completes keys the mapping may still take, fixed values, and ids defined in the file', async () => {
    const uri = uriOf(path.join(project(), 'complete.sla.yaml'));
    const text = SOURCE.replace('    earnBack: { periods: 2 }', '    earnBack: { periods: 2 }\n    \n    service: \n    window: \n    kind: x');
    await client.open(uri, text);
    const complete = (position: Position) => client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    const keys = await complete(at(text, '\n    \n', 5));
    const metricKeys = Object.keys(schema.$defs.Metric.properties);
    const present = ['id', 'name', 'service', 'owner', 'kind', 'data', 'window', 'period', 'target', 'warning', 'exclude', 'credits', 'earnBack'];
    expect(keys.map((k) => k.label).sort()).toEqual(metricKeys.filter((k) => !present.includes(k)).sort());
    expect(keys.find((k) => k.label === 'description')).toMatchObject({ kind: 10, textEdit: { newText: 'description: ' }, documentation: { kind: 'markdown', value: schema.$defs.Metric.properties.description.description } });
    const services = await complete(at(text, '    service: \n', 13));
    expect(services.map((s) => [s.label, s.detail])).toEqual([['shop-hosting', 'service'], ['support', 'service']]);
    const windows = await complete(at(text, '    window: \n', 12));
    expect(windows.map((s) => s.label)).toEqual(['office', 'support-hours', '24x7']);
    const kinds = await complete(at(text, '    kind: x', 11));
    expect(kinds.map((s) => s.label)).toEqual(schema.$defs.MetricKind.enum);
    expect(kinds[0].textEdit).toEqual({ range: { start: at(text, '    kind: x', 10), end: at(text, '    kind: x', 11) }, newText: kinds[0].label });
  });

  it('goes from an id to where it is defined', async () => {
    const uri = uriOf(path.join(project(), 'definition.sla.yaml'));
    await client.open(uri, SOURCE);
    const go = (position: Position) => client.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position });
    const range = (needle: string, shift: number, length: number) => ({ start: at(SOURCE, needle, shift), end: at(SOURCE, needle, shift + length) });
    expect(await go(at(SOURCE, 'service: shop-hosting', 12))).toEqual([{ uri, range: range('- id: shop-hosting', 6, 12) }]);
    expect(await go(at(SOURCE, 'data: incidents', 8))).toEqual([{ uri, range: range('  incidents:\n', 2, 9) }]);
    expect(await go(at(SOURCE, 'window: { outside: office }', 20))).toEqual([{ uri, range: range('  office:\n', 2, 6) }]);
    expect(await go(at(SOURCE, 'owner: provider', 7))).toEqual([{ uri, range: range('- id: provider', 6, 8) }]);
    expect(await go(at(SOURCE, 'title: Managed', 8))).toBeNull();
  });

  it('clears a document\'s diagnostics when it closes', async () => {
    const uri = uriOf(path.join(project(), 'close.sla.yaml'));
    expect((await client.open(uri, SOURCE.replace('status: active', 'status: done'))).diagnostics).toHaveLength(1);
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(await client.diagnostics(uri)).toEqual({ uri, diagnostics: [] });
  });
});

describe('the sla lsp process', () => {
  it('exits 0 after shutdown and exit, 1 when the client goes away first', async () => {
    const client = await LspClient.start();
    expect(await client.stop()).toBe(0);
    expect(client.stderr).toBe('');
    const r = spawnSync(process.execPath, [BIN, 'lsp', '--stdio'], { input: '', encoding: 'utf8', timeout: 10_000 });
    expect([r.status, r.stdout]).toEqual([1, '']);
  });

  it('loads the protocol library only for sla lsp', () => {
    // A preloaded script lists, at exit, the modules the process required.
    const preload = path.join(scratch, 'list-modules.js');
    fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nMODULES ' + JSON.stringify(Object.keys(require.cache))));\n");
    const modules = (args: string[], input = '') => {
      const r = spawnSync(process.execPath, ['-r', preload, BIN, ...args], { input, encoding: 'utf8', cwd: ROOT });
      return JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('MODULES ') + 8)) as string[];
    };
    const vendor = path.join(ROOT, 'dist/lsp-vendor.js');
    expect(modules(['lint', path.join(REFERENCE, 'managed-hosting.sla.yaml')])).not.toContain(vendor);
    expect(modules(['--version'])).not.toContain(vendor);
    expect(modules(['lsp', '--stdio'])).toContain(vendor);
  });

  it('has help with examples and refuses a bad --debounce', () => {
    const help = runSla(['help', 'lsp']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: sla lsp/);
    expect(help.stdout).toMatch(/Examples:\n {2}\$ sla lsp --stdio/);
    const bad = runSla(['lsp', '--debounce', 'soon']);
    expect([bad.code, bad.stderr]).toEqual([2, "sla: --debounce expects milliseconds from 0 to 10000, got 'soon'\n"]);
  });
});
