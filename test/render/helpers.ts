import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderCommand, type RenderCommandOptions } from '../../src/cli/render-command';
import type { CliIO } from '../../src/cli/io';

export const ROOT = path.resolve(__dirname, '../..');
import { REFERENCE } from '../helpers/reference';
export const REFERENCES = ['managed-hosting', 'marketing-sales', 'saas-platform'] as const;
export const FIXTURES = path.join(ROOT, 'test/fixtures/render');

export function referenceFile(name: string): string {
  return path.join(REFERENCE, `${name}.sla.yaml`);
}

export interface Captured {
  io: CliIO;
  stdout(): string;
  bytes(): Buffer;
  stderr(): string;
}

export function captureIO(cwd = ROOT, env: Record<string, string | undefined> = {}): Captured {
  const out: Buffer[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c)) },
    stderr: { write: (c: string | Uint8Array) => err.push(String(c)) },
    stdin: process.stdin,
    cwd,
    env,
  };
  return { io, stdout: () => Buffer.concat(out).toString('utf8'), bytes: () => Buffer.concat(out), stderr: () => err.join('') };
}

/** Renders through the command, in-process, and returns standard output. */
export async function render(file: string, options: Omit<RenderCommandOptions, 'file'> = {}): Promise<string> {
  const c = captureIO();
  const code = await renderCommand({ file, ...options }, c.io);
  if (code !== 0) throw new Error(`exit ${code}`);
  return c.stdout();
}

export function scratch(name: string): string {
  const dir = path.join(ROOT, 'tmp/render', name);
  fs.mkdirSync(dir, { recursive: true });
  return fs.mkdtempSync(path.join(dir, `${process.pid}-`));
}

export interface LintError {
  lineNumber: number;
  ruleNames: string[];
  errorDetail: string | null;
}

/** markdownlint 0.40 (ESM only) with its default rules, in a child process. */
export function markdownlint(text: string): LintError[] {
  const script = `
    import { lint } from 'markdownlint/sync';
    let input = '';
    process.stdin.on('data', (d) => (input += d));
    process.stdin.on('end', () => {
      const result = lint({ strings: { doc: input } });
      process.stdout.write(JSON.stringify(result.doc.map((e) => ({ lineNumber: e.lineNumber, ruleNames: e.ruleNames, errorDetail: e.errorDetail }))));
    });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as LintError[];
}

/** The Nu Html Checker's errors for some HTML documents (one JVM for all). */
export function vnuErrors(documents: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-vnu-'));
  const files = Object.entries(documents).map(([name, html]) => {
    const file = path.join(dir, `${name}.html`);
    fs.writeFileSync(file, html);
    return file;
  });
  const jar = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', ...files], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.error) throw run.error;
  return `${run.stdout}${run.stderr}`.trim();
}
