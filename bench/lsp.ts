// The language server's answer to an edit: the time from a didChange sent to
// `sla lsp --stdio` (the built binary) to the publishDiagnostics that answers
// it, after a warm-up, against the work that answer needs done in process
// (config lookup, loadDocument and lintDocument of the same text, warm).
// Goal (issue 13): diagnostics within 50 ms of a change.
// Usage: node bench/ts.js bench/lsp.ts [--changes N] [--warmup N]
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { loadDocument } from '../src/core/load';
import { lintConfigFinder, rulesFor } from '../src/cli/lint-config';
import { lintDocument } from '../src/lint/run';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/sla.js');
const file = path.join(root, 'test/fixtures/reference/managed-hosting.sla.yaml');
const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const changes = arg('--changes', 200);
const warmup = arg('--warmup', 100);

const text = fs.readFileSync(file, 'utf8');
const statusLine = text.split('\n').findIndex((l) => l.startsWith('status: active'));
// Each change flips `status: active` and `status: activ` (a schema error with a did-you-mean), so every answer differs.
const edit = (version: number) => ({
  range: { start: { line: statusLine, character: 8 }, end: { line: statusLine, character: version % 2 === 0 ? 13 : 14 } },
  text: version % 2 === 0 ? 'activ' : 'active',
});
const textOf = (version: number) => (version % 2 === 0 ? text.replace('status: active', 'status: activ') : text);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** What the server does per change, in this process: the baseline. */
function inProcess(): number[] {
  const times: number[] = [];
  for (let i = 0; i < warmup + changes; i++) {
    const t0 = process.hrtime.bigint();
    const dir = path.dirname(file);
    const rules = rulesFor(lintConfigFinder(), dir);
    lintDocument(loadDocument(Buffer.from(textOf(i), 'utf8'), file), { rules, fileExists: (rel) => fs.existsSync(path.resolve(dir, rel)) });
    if (i >= warmup) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

async function server(debounce: number): Promise<{ start: number; times: number[] }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_EXTRA_CA_CERTS; // it alone adds ~85 ms to a Node 20 start
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio', '--debounce', String(debounce)], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<number, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => waiting.get(p.version ?? -1)?.());
  connection.listen();
  const answered = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve));
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
  connection.sendNotification('initialized', {});
  const uri = pathToFileURL(file).href;
  const opened = answered(1);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await opened;
  const start = Number(process.hrtime.bigint() - t0) / 1e6;
  const times: number[] = [];
  for (let version = 2; version < 2 + warmup + changes; version++) {
    const done = answered(version);
    const t = process.hrtime.bigint();
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit(version)] });
    await done;
    if (version >= 2 + warmup) times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  return { start, times };
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}; ${path.basename(file)} (${text.split('\n').length} lines), ${warmup} changes of warm-up, ${changes} measured`);
  const base = median(inProcess());
  const debounced = await server(20);
  const immediate = await server(0);
  console.log('| what | median ms | p90 ms | max ms | × in-process lint |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| in process: config lookup + loadDocument + lintDocument | ${base.toFixed(2)} | | | 1.00 |`);
  for (const [name, r] of [['`sla lsp` (default --debounce 20): didChange → publishDiagnostics', debounced], ['`sla lsp --debounce 0`: didChange → publishDiagnostics', immediate]] as const) {
    const m = median(r.times);
    console.log(`| ${name} | ${m.toFixed(2)} | ${pct(r.times, 0.9).toFixed(2)} | ${Math.max(...r.times).toFixed(2)} | ${(m / base).toFixed(1)} |`);
  }
  console.log(`start-up to the first diagnostics (spawn, initialize, didOpen): ${debounced.start.toFixed(0)} ms and ${immediate.start.toFixed(0)} ms`);
  const m = median(debounced.times);
  console.log(`goal: diagnostics within 50 ms of a change after warm-up: ${m <= 50 && pct(debounced.times, 0.9) <= 50 ? 'met' : 'NOT met'} (median ${m.toFixed(1)} ms, p90 ${pct(debounced.times, 0.9).toFixed(1)} ms, default debounce)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
