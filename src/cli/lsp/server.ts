import * as fs from 'fs';
import { assetPath } from '../../io/assets';
import { complete } from './completion';
import { definition } from './definition';
import { diagnose } from './diagnostics';
import { hover } from './hover';
import { quickFixes } from './quick-fix';
import { SchemaNav, type JsonSchema } from './schema-nav';
import { CodeActionKind, createConnection, TextDocument, TextDocuments, TextDocumentSyncKind } from './vendor';

export interface LspOptions {
  /** Milliseconds between the last change and the lint that follows it. */
  debounceMs: number;
  /** Reported to the client as the server's version. */
  version: string;
  /** Where an unsaved document is linted from (as `sla lint -` is). */
  cwd: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * The language server of `sla lsp` over standard input and output. It publishes
 * what `sla lint` finds (the same functions, the same config files) when a
 * document opens and shortly after each change, and answers hover,
 * completion, go-to-definition and quick fixes from the agreement schema.
 * The protocol library ends the process on `exit` (0 after `shutdown`, else
 * 1) or when standard input closes, as the protocol asks.
 */
export function startServer(options: LspOptions): Promise<number> {
  const connection = createConnection(options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  const schema = new SchemaNav(JSON.parse(fs.readFileSync(assetPath('schemas', 'agreement.schema.json'), 'utf8')) as JsonSchema);
  const pending = new Map<string, NodeJS.Timeout>();
  const linted = new Map<string, number>();

  const publish = (uri: string): void => {
    pending.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    linted.set(uri, doc.version);
    try {
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnose(doc, options.cwd) });
    } catch (e) {
      connection.console.error(`sla: internal error while linting ${uri}: ${(e as Error).message}`);
    }
  };
  const cancel = (uri: string): void => {
    clearTimeout(pending.get(uri));
    pending.delete(uri);
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' '] },
      definitionProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'sla', version: options.version },
  }));
  documents.onDidOpen((e) => publish(e.document.uri));
  documents.onDidChangeContent(({ document: { uri, version } }) => {
    if (linted.get(uri) === version) return; // the open event, linted already
    cancel(uri);
    pending.set(uri, setTimeout(publish, options.debounceMs, uri));
  });
  documents.onDidClose(({ document: { uri } }) => {
    cancel(uri);
    linted.delete(uri);
    connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  const withDoc =
    <P extends { textDocument: { uri: string } }, R>(fn: (doc: TextDocument, params: P) => R) =>
    (params: P): R | null => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? fn(doc, params) : null;
    };
  connection.onHover(withDoc((doc, p) => hover(doc, p.position, schema)));
  connection.onCompletion(withDoc((doc, p) => complete(doc, p.position, schema)));
  connection.onDefinition(withDoc((doc, p) => definition(doc, p.position)));
  connection.onCodeAction(withDoc((doc, p) => quickFixes(doc, p.context.diagnostics)));
  connection.onShutdown(() => [...pending.keys()].forEach(cancel));
  documents.listen(connection);
  return new Promise((resolve) => {
    connection.onExit(() => resolve(0));
    connection.listen();
  });
}
