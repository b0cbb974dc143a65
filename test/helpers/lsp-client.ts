import { spawn, type ChildProcess } from 'child_process';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { BIN, ROOT } from './run-sla';

export const uriOf = (file: string): string => pathToFileURL(file).href;

/**
 * A language client over JSON-RPC on standard input and output, as editors
 * run `sla lsp --stdio`: it starts the built binary and speaks the protocol
 * with vscode-jsonrpc, the transport VS Code's own client uses.
 */
export class LspClient {
  readonly connection: MessageConnection;
  /** Every publishDiagnostics notification, in the order received. */
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private readonly exited: Promise<number>;
  stderr = '';

  constructor(readonly child: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    this.connection.listen();
  }

  /** Starts `sla lsp --stdio` (of the repository's build, or another `bin`) and initializes it. */
  static async start(args: string[] = [], cwd = ROOT, bin = BIN): Promise<LspClient> {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
    const child = spawn(process.execPath, [bin, 'lsp', '--stdio', ...args], { cwd, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child);
    client.initializeResult = await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(cwd), capabilities: {} });
    client.connection.sendNotification('initialized', {});
    return client;
  }

  initializeResult: unknown;

  /** The next diagnostics for `uri` (of `version`, if given), including one that arrived already and was not taken. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const test = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    const seen = this.published.find(test);
    if (seen) {
      this.published.splice(this.published.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve) => this.waiters.push({ test, resolve: (p) => (this.published.splice(this.published.indexOf(p), 1), resolve(p)) }));
  }

  open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    return this.diagnostics(uri, version);
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** shutdown, then exit; resolves to the server's exit code. */
  async stop(): Promise<number> {
    await this.connection.sendRequest('shutdown');
    this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}


