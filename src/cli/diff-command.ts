import type { NodePath } from '../core/diagnostic';
import type { LoadedDocument } from '../core/load';
import { catalogue, diffAgreements, type DiffResult } from '../diff';
import { diffExitCode, diffFormatters, type DiffFormatName, type DiffReport, type FailOn, type Spot } from '../formatters/diff';
import { parseAccepted } from '../io/accepted';
import { writeOutput } from '../io/output';
import { readBytes } from '../io/files';
import { checkSides, loadSide, readSide, sideInputs } from './diff-load';
import { useColor, type CliIO } from './io';
import { VERSION } from './program';

export interface DiffCommandOptions {
  /** The agreement before: a file, `-`, or `REV:PATH`. */
  before: string;
  after: string;
  format: DiffFormatName;
  failOn: FailOn;
  /** Show wording-only changes too. */
  all: boolean;
  /** A YAML file of accepted changes by fingerprint, with reasons. */
  accepted?: string;
  /** Where to write the report (atomically); absent: standard output. */
  out?: string;
  /** The day of the review (YYYY-MM-DD), for the notice check; default today. */
  today?: string;
  /** How to name the sides in the report (the git diff driver names them a/PATH, b/PATH). */
  names?: { before: string; after: string };
}

function spot(doc: LoadedDocument, at: NodePath | null): Spot {
  const r = doc.map.rangeOf(at ?? []);
  return { line: r.start.line, column: r.start.column, endLine: r.end.line, endColumn: r.end.column };
}

/** The diff as the formatters show it: titles, places in the new file, accepted reasons. */
export function toReport(result: DiffResult, names: { before: string; after: string }, after: LoadedDocument, all: boolean, accepted: Map<string, string>): DiffReport {
  const shown = result.changes.filter((c) => all || !c.hidden);
  return {
    before: names.before,
    after: names.after,
    changes: shown.map((c) => ({ ...c, title: catalogue[c.kind].title, at: spot(after, c.newAt), ...(accepted.has(c.fingerprint) ? { accepted: accepted.get(c.fingerprint) } : {}) })),
    checks: result.checks.map((k) => ({ ...k, at: spot(after, k.newAt) })),
    hidden: result.changes.length - shown.length,
    draft: result.draft,
  };
}

/** Compares two versions of an agreement and reports the amendment; resolves to the exit code. */
export async function diffCommand(options: DiffCommandOptions, io: CliIO): Promise<number> {
  checkSides(options.before, options.after);
  const accepted = options.accepted ? parseAccepted(Buffer.from(readBytes(options.accepted, io.cwd)).toString('utf8'), options.accepted) : new Map<string, string>();
  const before = loadSide(await readSide(options.before, io), 'OLD');
  const after = loadSide(await readSide(options.after, io), 'NEW');
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const result = diffAgreements(before.data as Record<string, unknown>, after.data as Record<string, unknown>, { today });
  const report = toReport(result, options.names ?? { before: before.file, after: after.file }, after, options.all, accepted);
  const text = diffFormatters[options.format](report, {
    get color() {
      return useColor(options.out ? { isTTY: false } : io.stdout, io.env);
    },
    failOn: options.failOn,
    version: VERSION,
  });
  await writeOutput(text, { io, out: options.out, inputs: sideInputs([options.before, options.after], io.cwd) });
  return diffExitCode(report, options.failOn);
}
