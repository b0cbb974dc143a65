import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { escapeControls } from '../core/control-chars';
import { UsageError } from '../core/errors';
import { loadDocument } from '../core/load';
import { planEvaluation, type Evaluation, type SkippedRows } from '../evaluate';
import type { ReportTemplates } from '../formatters/evaluate';
import { jsonPieces } from '../formatters/evaluate/json';
import { reportContext } from '../formatters/evaluate/context';
import { evaluateFormatNames, type EvaluateFormatName } from '../formatters/evaluate/names';
import { assetPath } from '../io/assets';
import { locateDataFiles, readDataFile } from '../io/data-files';
import { isRegularFile } from '../io/data-paths';
import { readBytes, readStdin, STDIN } from '../io/files';
import { checkOutput, configInputs, dataInputs, writeOutput, type TextPieces } from '../io/output';
import { createProgress } from '../io/progress';
import { fetchSource } from '../io/prometheus-source';
import { evaluatedRange } from '../evaluate/range';
import { createTimestampParser, FIRST_YEAR, getZone, LAST_YEAR, type Zone } from '../time';
import { CSV_WORKER_SCRIPT, evaluationTarget } from './evaluation-target';
import { useColor, type CliIO } from './io';
import { refuseOnLintErrors } from './lint-gate';
import { noteAgreementSize } from './long-run';
import { loadAggregates } from './aggregates';
import type { Agreement } from '../core/model';
import { selectMetrics } from '../evaluate/select';

import type { FailOn } from './evaluate';

export interface EvaluateCommandOptions {
  /** The agreement, or `-` for standard input. */
  agreement: string;
  /** --data NAME=FILE (repeatable); FILE `-` is standard input. */
  data?: string[];
  from?: string;
  to?: string;
  period?: string;
  /** ISO instant, or a local time in the agreement's zone; default now. */
  asOf?: string;
  metrics?: string[];
  format?: EvaluateFormatName;
  out?: string;
  failOn?: FailOn;
  skipInvalid?: boolean;
  /** Read an agreement's data files outside its folder, hidden ones, and through links that leave it. */
  allowOutsideData?: boolean;
  /** --items: list the items of duration metrics. */
  items?: boolean;
  /** --fetch: query data sources that name a Prometheus server (network access is opt-in). */
  fetch?: boolean;
  /** --aggregates FILE: the result of `sla export sql`'s query, instead of the rows of the metrics it covers. */
  aggregates?: string;
  /** The clock, for tests. */
  now?: () => number;
}

/** Evaluates an agreement against its data and writes the report; resolves to the exit code. */
export async function evaluateCommand(options: EvaluateCommandOptions, io: CliIO): Promise<number> {
  const file = options.agreement;
  const format = options.format ?? 'table';
  if (!(evaluateFormatNames as readonly string[]).includes(format)) {
    throw new UsageError(`--format: '${format}' is not one of ${evaluateFormatNames.join(', ')}`);
  }
  const overrides = parseDataFlags(options.data ?? []);
  const fromStdin = file === STDIN;
  if (fromStdin) {
    const reader = Object.keys(overrides).find((name) => overrides[name] === STDIN);
    if (reader) throw new UsageError(`the agreement and --data ${reader} cannot both read standard input`);
  }
  const bytes = fromStdin ? await readStdin(io.stdin) : readBytes(file, io.cwd);
  noteAgreementSize(bytes, io);
  const doc = loadDocument(bytes, fromStdin ? STDIN_NAME : file);
  const data = refuseOnLintErrors(doc, io, 2) as unknown as Record<string, unknown>;
  const zone = typeof data.timezone === 'string' ? data.timezone : 'UTC';
  // an agreement from standard input reads its data relative to the working directory
  const agreementDir = fromStdin ? io.cwd : path.dirname(path.resolve(io.cwd, file));
  const metricIds = ((data.metrics as { id: string }[] | undefined) ?? []).map((m) => m.id);
  const fed = options.aggregates === undefined ? null : loadAggregates(options.aggregates, io.cwd, metricIds);
  // the run the aggregates were exported for, unless the flags say otherwise (their digest then tells)
  const asOfText = options.asOf ?? fed?.asOf;
  const asOf = asOfText === undefined ? (options.now ?? Date.now)() : parseAsOf(asOfText, zone);
  const ranged = options.from !== undefined || options.to !== undefined || options.period !== undefined;
  const evaluateOptions = {
    asOf,
    from: ranged ? options.from : fed?.from,
    to: ranged ? options.to : fed?.to,
    period: options.period,
    metrics: options.metrics && options.metrics.length > 0 ? options.metrics : undefined,
    file: fromStdin ? STDIN_NAME : file,
    ...(options.items ? { items: true } : {}),
  };
  // data sources that are Parquet files: their metrics' query runs in DuckDB (cli/parquet.ts)
  const sourceFiles = Object.entries((data.data as Record<string, { file?: string }> | undefined) ?? {}).map(([name, def]) => overrides[name] ?? def.file ?? '');
  const parquet = !sourceFiles.some((f) => /\.parquet$/i.test(f)) ? null : await (await import('./parquet')).parquetAggregates({
    agreement: data as unknown as Agreement,
    overrides,
    agreementDir,
    cwd: io.cwd,
    allowOutside: options.allowOutsideData === true,
    metrics: selectMetrics(data as unknown as Agreement, evaluateOptions.metrics).evaluated.map((m) => m.id).filter((id) => !fed?.metrics.includes(id)),
    asOf,
    from: evaluateOptions.period ?? evaluateOptions.from,
    to: evaluateOptions.period ?? evaluateOptions.to,
  });
  const aggregated = [...(fed?.metrics ?? []), ...(parquet?.metrics ?? [])];
  if (aggregated.length > 0) Object.assign(evaluateOptions, { aggregated });
  const plan = planEvaluation(data as unknown as Parameters<typeof planEvaluation>[0], evaluateOptions);
  const declared = Object.keys((data.data as Record<string, unknown> | undefined) ?? {});
  for (const s of plan.sources) {
    const url = s.format === 'prometheus' ? s.def?.prometheus?.url : undefined;
    if (url && !options.fetch && s.file === undefined && !(s.name in overrides)) {
      throw new UsageError(`data source '${s.name}' is read from Prometheus at ${url}: pass --fetch to query it (network access), or --data ${s.name}=FILE`);
    }
  }
  const fetched = options.fetch === true ? plan.sources.filter((s) => s.format === 'prometheus' && s.def?.prometheus?.url !== undefined && !(s.name in overrides)) : [];
  const files = locateDataFiles(plan.sources.filter((s) => !fetched.includes(s)), {
    agreementDir,
    cwd: io.cwd,
    overrides,
    declared,
    allowOutside: options.allowOutsideData === true,
  });
  const agreementInput = fromStdin ? [] : [{ path: path.resolve(io.cwd, file), what: 'the agreement' }];
  const inputs = [...agreementInput, ...configInputs([agreementDir]), ...dataInputs(files), ...(fed ? [fed.input] : []), ...(parquet?.files ?? [])];
  checkOutput({ io, out: options.out, inputs }); // before the data is read
  const total = files.reduce((sum, f) => sum + (f.path === '-' ? 0 : sizeOf(f.path)), 0);
  // standard input, a FIFO or a device: no size to go by, so possibly long
  // fetched data has no size to go by either
  if (total > LONG_RUN_BYTES || fetched.length > 0 || files.some((f) => f.path === '-' || !isRegularFile(f.path))) io.longRun?.();
  const progress = createProgress(io.stderr as { write(s: string): unknown; isTTY?: boolean }, total);
  const skipped: SkippedRows[] = [];
  try {
    for (const f of files) {
      const s = await readDataFile(f, plan, {
        skipInvalid: options.skipInvalid === true,
        // process.stdin costs milliseconds to make: only for data read from it
        get stdin() {
          return io.stdin;
        },
        onBytes: progress.add,
        parallel: { threads: readerThreads(io.env), setup: { agreement: data, options: evaluateOptions }, makeTarget: evaluationTarget, script: CSV_WORKER_SCRIPT },
      });
      if (s) skipped.push(s);
    }
  } finally {
    progress.done();
  }
  if (fetched.length > 0) {
    const range = evaluatedRange((data as { term: { start: unknown; end: unknown } }).term, evaluateOptions, getZone(zone));
    for (const source of fetched) {
      const s = await fetchSource(source, plan, { from: range.start, to: Math.min(range.end, asOf), skipInvalid: options.skipInvalid === true, stderr: io.stderr as { write(s: string): unknown; isTTY?: boolean } });
      if (s) skipped.push(s);
    }
  }
  if (aggregated.length > 0) plan.importAggregates!([...(fed?.rows ?? []), ...(parquet?.rows ?? [])]);
  const evaluation = plan.finish(skipped);
  for (const s of skipped) {
    io.stderr.write(escapeControls(`sla: skipped ${s.count} invalid row${s.count === 1 ? '' : 's'} in ${s.file}\n`));
    for (const example of s.examples) io.stderr.write(`  ${escapeControls(example)}\n`);
  }
  let text: string | TextPieces;
  try {
    // a report without items as JSON is written as it is made (formatters/evaluate/json.ts), and
    // needs neither the other formatters nor the terminal's colours (each costs start-up time)
    if (format === 'json' && !evaluation.items) text = { pieces: jsonPieces(evaluation) };
    else {
      const { evaluateFormatters } = await import('../formatters/evaluate');
      text = evaluateFormatters[format](evaluation, {
        color: useColor(options.out ? { isTTY: false } : io.stdout, io.env),
        locale: typeof data.locale === 'string' ? data.locale : 'en-US',
        context: reportContext(data),
        templates: format === 'md' || format === 'html' ? loadReportTemplates() : undefined,
      });
    }
  } catch (e) {
    // a report past the longest string V8 holds (about 1M items as JSON)
    if (e instanceof RangeError && evaluation.items) throw new UsageError(`--items: ${evaluation.items.length} items make a report too large to write; narrow it with --period or --metric`);
    throw e;
  }
  await writeOutput(text, { io, out: options.out, inputs, finalNewline: true });
  return evaluateExitCode(evaluation, options.failOn ?? 'breach');
}

const STDIN_NAME = '<stdin>';

/** From this much metric data on, optimised code pays back its compiling (bench/evaluate.js). */
const LONG_RUN_BYTES = 1 << 20;

/** Worker threads for large files: SLA_THREADS, else one per core up to four (1 turns them off). */
export function readerThreads(env: Record<string, string | undefined>): number {
  const asked = Number(env.SLA_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/** 1 when a period breached (or, with --fail-on at-risk, is at risk); partial periods count too. */
export function evaluateExitCode(evaluation: Evaluation, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  const bad = evaluation.results.some((r) => r.status === 'breached' || (failOn === 'at-risk' && r.status === 'at-risk'));
  return bad ? 1 : 0;
}

/** The service report templates, shipped in templates/report/. */
export function loadReportTemplates(): ReportTemplates {
  const read = (name: string): string => fs.readFileSync(assetPath('templates', 'report', name), 'utf8');
  return { md: read('report.md.hbs'), html: read('report.html.hbs') };
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** `--as-of`: an instant with Z or an offset, else a local time (or date) in the agreement's zone. */
export function parseAsOf(text: string, zone: string): number {
  let local: Zone;
  try {
    local = getZone(zone);
  } catch {
    local = getZone('UTC');
  }
  const t = createTimestampParser(local, 'reject')(text);
  if (typeof t !== 'number') {
    const why = t.error.startsWith('local time') ? t.error.replace(/; set dst.*$/, '') : `'${text}' is not an ISO 8601 date or time (e.g. 2026-12-05T00:00:00Z)`;
    throw new UsageError(`--as-of: ${why}`);
  }
  const year = local.localDate(t)[0];
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
    throw new UsageError(`--as-of: ${text} is outside the years sla reads times in, ${FIRST_YEAR} to ${LAST_YEAR}`);
  }
  return t;
}

export function parseDataFlags(flags: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  let stdin = '';
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0 || eq === flag.length - 1) throw new UsageError(`--data expects NAME=FILE, got '${flag}'`);
    const name = flag.slice(0, eq);
    const file = flag.slice(eq + 1);
    if (name in out) throw new UsageError(`--data ${name} is given twice`);
    if (file === '-') {
      if (stdin) throw new UsageError(`--data: only one data source can read standard input (${stdin} and ${name} both ask)`);
      stdin = name;
    }
    out[name] = file;
  }
  return out;
}
