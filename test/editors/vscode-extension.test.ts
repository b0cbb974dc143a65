import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import picomatch from 'picomatch';
import { LspClient } from '../helpers/lsp-client';
import { ROOT } from '../helpers/run-sla';

// editors/vscode/extension.js outside VS Code: VS Code's API and its language
// client cannot run here, so two small stand-ins record what the extension asks
// of them; the server those options describe is then started for real.

const DIR = path.join(ROOT, 'editors/vscode');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-vscode-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface Captured {
  id: string;
  server: { module?: string; command?: string; args: string[]; transport: number };
  client: { documentSelector: { scheme: string; pattern: string }[] };
}

function loadExtension(workspace: string | undefined, setting = '') {
  const captured: Captured[] = [];
  const vscode = {
    workspace: {
      getConfiguration: (section: string) => ({ get: (key: string, fallback: string) => (section === 'sla' && key === 'path' ? setting : fallback) }),
      workspaceFolders: workspace ? [{ uri: { fsPath: workspace } }] : undefined,
    },
  };
  const languageClient = {
    TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 },
    LanguageClient: class {
      constructor(id: string, _name: string, server: Captured['server'], client: Captured['client']) {
        captured.push({ id, server, client });
      }
      start() {
        return Promise.resolve();
      }
    },
  };
  jest.doMock('vscode', () => vscode, { virtual: true });
  jest.doMock('vscode-languageclient/node', () => languageClient, { virtual: true });
  jest.isolateModules(() => {
    require(path.join(DIR, 'extension.js')).activate();
  });
  return captured[0];
}

describe('the VS Code extension (editors/vscode)', () => {
  it('is a package VS Code can load', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'package.json'), 'utf8'));
    expect(fs.existsSync(path.join(DIR, manifest.main))).toBe(true);
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(manifest.activationEvents).toEqual(['workspaceContains:**/*.sla.{yaml,yml}']);
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['sla.path']);
    expect(Object.keys(manifest.dependencies)).toEqual(['vscode-languageclient']);
  });

  it('starts the workspace\'s own sla, for agreements only', async () => {
    const workspace = fs.mkdtempSync(path.join(scratch, 'workspace-'));
    fs.mkdirSync(path.join(workspace, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(workspace, 'node_modules/sla'));
    const { id, server, client } = loadExtension(workspace);
    expect(id).toBe('sla');
    expect(server).toEqual({ module: path.join(workspace, 'node_modules/sla/bin/sla.js'), args: ['lsp'], transport: 0 });
    const [selector] = client.documentSelector;
    expect(selector.scheme).toBe('file');
    const matches = picomatch(selector.pattern);
    expect(['/w/a.sla.yaml', '/w/deep/b.sla.yml'].every((f) => matches(f))).toBe(true);
    expect(['/w/a.yaml', '/w/.slarc.yaml', '/w/a.sla.json'].some((f) => matches(f))).toBe(false);
    // vscode-languageclient runs a module with stdio as: node MODULE ...args --stdio --clientProcessId=PID
    const lsp = await LspClient.start([`--clientProcessId=${process.pid}`], workspace, server.module);
    expect(lsp.initializeResult).toMatchObject({ serverInfo: { name: 'sla' } });
    expect(await lsp.stop()).toBe(0);
  });

  it('falls back to sla on PATH, and takes the setting first', () => {
    expect(loadExtension(fs.mkdtempSync(path.join(scratch, 'bare-'))).server).toEqual({ command: 'sla', args: ['lsp'], transport: 0 });
    expect(loadExtension(undefined).server).toEqual({ command: 'sla', args: ['lsp'], transport: 0 });
    expect(loadExtension(undefined, '/opt/sla/bin/sla.js').server).toEqual({ module: '/opt/sla/bin/sla.js', args: ['lsp'], transport: 0 });
    expect(loadExtension(undefined, 'sla-nightly').server).toEqual({ command: 'sla-nightly', args: ['lsp'], transport: 0 });
  });
});
