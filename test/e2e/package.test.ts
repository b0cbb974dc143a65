import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';
import { LspClient, uriOf } from '../helpers/lsp-client';
import { npm, npmEnv, packRepository, type Packed } from '../helpers/pack';
import { ROOT, runSla } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';

// The package as users get it: `npm pack` of the built repository, installed
// from the tarball into an empty folder without a network, then used there.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-package-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

let packed: Packed;
let user: string;
let installed: string;

beforeAll(() => {
  packed = packRepository(scratch);
  user = fs.mkdtempSync(path.join(scratch, 'user-'));
  fs.writeFileSync(path.join(user, 'package.json'), '{ "name": "user-project", "private": true }\n');
  // without the optional dependency (DuckDB, for Parquet data sources): offline, and what users get with --omit=optional
  npm(['install', '--offline', '--omit=optional', '--save-dev', packed.tarball], user);
  installed = path.join(user, 'node_modules/sla');
});

describe('the npm package', () => {
  it('holds the built CLI, its schemas and templates, and nothing else', () => {
    const files = [...packed.files].sort();
    const top = new Set(files.map((f) => f.split('/')[0]));
    expect([...top].sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'schemas', 'templates']);
    for (const f of ['bin/sla.js', 'dist/sla.js', 'dist/sla.cache', 'dist/sla-evaluate.cache', 'dist/csv-worker.js', 'dist/puppeteer-core.js', 'dist/lsp-vendor.js', 'schemas/agreement.schema.json', 'templates/starter.sla.yaml']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('dist/')).sort()).toEqual(fs.readdirSync(path.join(ROOT, 'dist')).map((f) => `dist/${f}`).sort());
    expect(files.filter((f) => f.startsWith('bin/'))).toEqual(['bin/sla.js']);
  });

  it('installs nothing else and runs no script for its users', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    for (const key of ['dependencies', 'peerDependencies', 'bundleDependencies']) expect(manifest[key]).toBeUndefined();
    // the one thing beside it, optional: DuckDB's native library cannot be bundled (README, Design)
    expect(manifest.optionalDependencies).toEqual({ '@duckdb/node-api': expect.any(String) });
    for (const script of ['preinstall', 'install', 'postinstall']) expect(manifest.scripts?.[script]).toBeUndefined();
    // `prepare` builds dist/ in a git checkout; npm never runs it for a package from a tarball or the registry
    expect(fs.readdirSync(path.join(user, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', 'sla']);
    for (const f of fs.readdirSync(path.join(ROOT, 'dist'))) {
      expect(fs.readFileSync(path.join(installed, 'dist', f)).equals(fs.readFileSync(path.join(ROOT, 'dist', f)))).toBe(true);
    }
    const bundles = fs.readdirSync(path.join(installed, 'dist')).filter((f) => f.endsWith('.js'));
    for (const f of bundles) {
      const required = [...fs.readFileSync(path.join(installed, 'dist', f), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
      // Every require() in the bundles is of Node's own modules or of another file of dist/, but for
      // ws's optional native helpers (tried in a try/catch, for PDF only), a line of source text that
      // Ajv's code generator keeps in a string, and the optional dependency, required for Parquet only.
      const foreign = required.filter((r) => !r.startsWith('./') && !r.startsWith('node:') && !builtinModules.includes(r));
      expect({ f, foreign: [...new Set(foreign)].sort() }).toEqual({ f, foreign: f === 'puppeteer-core.js' ? ['bufferutil', 'utf-8-validate'] : f === 'sla.js' ? ['@duckdb/node-api', 'ajv/dist/runtime/ucs2length'] : [] });
    }
  });

  it('lints, renders HTML and evaluates through npx in the user\'s project', () => {
    const project = path.join(user, 'agreements');
    fs.cpSync(REFERENCE, project, { recursive: true });
    const npx = (args: string[]) => spawnSync('npx', ['--offline', 'sla', ...args], { cwd: project, encoding: 'utf8', env: npmEnv({ NO_COLOR: '1' }) });
    const lint = npx(['lint']);
    expect([lint.status, lint.stdout, lint.stderr]).toEqual([0, '', '']);
    const render = npx(['render', 'managed-hosting.sla.yaml', '--out', 'managed-hosting.html']);
    expect([render.status, render.stderr]).toEqual([0, '']);
    expect(fs.readFileSync(path.join(project, 'managed-hosting.html'), 'utf8')).toBe(runSla(['render', 'managed-hosting.sla.yaml', '--format', 'html'], { cwd: REFERENCE }).stdout);
    const args = ['evaluate', 'managed-hosting.sla.yaml', '--from', '2026-09', '--to', '2026-11', '--as-of', '2026-12-05T00:00:00Z', '--format', 'json'];
    const evaluated = npx(args);
    const expected = runSla(args, { cwd: REFERENCE });
    expect(expected.code).toBe(1);
    expect([evaluated.status, evaluated.stdout, evaluated.stderr]).toEqual([expected.code, expected.stdout, '']);
  });

  it('writes a starter whose first line finds the installed schema, for every clone of the project', () => {
    const dir = path.join(user, 'contracts');
    fs.mkdirSync(dir);
    const r = spawnSync('npx', ['--offline', 'sla', 'init', 'shop.sla.yaml'], { cwd: dir, encoding: 'utf8', env: npmEnv() });
    expect([r.status, r.stdout]).toEqual([0, 'Wrote shop.sla.yaml. Next: edit it, then run  sla lint shop.sla.yaml\n']);
    const first = fs.readFileSync(path.join(dir, 'shop.sla.yaml'), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../node_modules/sla/schemas/agreement.schema.json');
    expect(fs.readFileSync(path.resolve(dir, '../node_modules/sla/schemas/agreement.schema.json'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'schemas/agreement.schema.json'), 'utf8'));
  });

  it('serves the language server from the installed files', async () => {
    const client = await LspClient.start([], user, path.join(installed, 'bin/sla.js'));
    try {
      const uri = uriOf(path.join(user, 'agreements', 'typo.sla.yaml'));
      const text = fs.readFileSync(path.join(REFERENCE, 'marketing-sales.sla.yaml'), 'utf8').replace('\ntitle:', '\ntitel:');
      const [d] = (await client.open(uri, text)).diagnostics;
      expect(d).toMatchObject({ code: 'schema', message: "unknown key 'titel' at the top level (did you mean 'title'?)" });
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('is what `sla --version` says', () => {
    const version = execFileSync(process.execPath, [path.join(installed, 'bin/sla.js'), '--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
