'use strict';
// A VS Code extension that starts `sla lsp` for *.sla.yaml and *.sla.yml files
// (docs/editors.md). Everything the editor shows comes from the server.
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** `bin/sla.js` runs on the Node that VS Code brings; anything else is a command on PATH. */
function serverOptions() {
  const configured = vscode.workspace.getConfiguration('sla').get('path', '');
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  const local = folder && path.join(folder.uri.fsPath, 'node_modules', 'sla', 'bin', 'sla.js');
  const sla = configured || (local && fs.existsSync(local) ? local : 'sla');
  return sla.endsWith('.js')
    ? { module: sla, args: ['lsp'], transport: TransportKind.stdio }
    : { command: sla, args: ['lsp'], transport: TransportKind.stdio };
}

let client;

function activate() {
  client = new LanguageClient('sla', 'sla', serverOptions(), {
    documentSelector: [{ scheme: 'file', pattern: '**/*.sla.{yaml,yml}' }],
  });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions };
