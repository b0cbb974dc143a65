/**
 * The language server's third-party code, in one place. scripts/build.js
 * bundles this file as its own entry, dist/lsp-vendor.js, and points every
 * import of './vendor' in src/cli/lsp at it, so that `vscode-languageserver`
 * (~250 KB) is read only by `sla lsp`, never at the start of other commands.
 */
export {
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
export { TextDocument } from 'vscode-languageserver-textdocument';
