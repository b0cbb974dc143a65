import type { NodePath } from '../../core/diagnostic';
import { metricKind, type KindKey } from '../../core/metric-kinds';
import type { SourceFormat } from '../../core/model';
import { CSV_NAME, SOURCE_FORMATS } from '../../core/source-formats';
import type { DataKind } from '../../core/model';
import type { Rule, RuleContext } from '../rule';
import { dataKind, entries, keysOf, view, type AgreementView, type MetricView } from '../util/agreement';
import { didYouMean } from '../util/suggest';

/** A column an agreement names in a data source, where it names it, and what for. */
interface Named {
  source: unknown;
  column: unknown;
  path: NodePath;
  what: string;
  atKey?: boolean;
}

const SIGNAL_KINDS = ['intervals', 'events', 'counts'];
const INTERVALS = ['intervals'];

/** Header names echoed back in a suggestion: short and plain, never more of the file. */
const PLAIN_NAME = /^[\w .\-/]{1,40}$/;

const filterKeys = (filter: unknown, source: unknown, path: NodePath, what: string): Named[] =>
  filter && typeof filter === 'object' ? Object.keys(filter).map((column) => ({ source, column, path: [...path, column], what, atKey: true })) : [];

function limitColumn(within: unknown, source: unknown, path: NodePath): Named[] {
  return within && typeof within === 'object' && 'by' in within ? [{ source, column: (within as { by: unknown }).by, path: [...path, 'by'], what: 'the column that picks the limit' }] : [];
}

/** Whether a source holds one of `kinds` (or is unknown): another kind is metric-data-kind's finding, so its columns are not checked. */
const fits = (agreement: AgreementView, source: unknown, kinds: readonly string[]): boolean => {
  const kind = dataKind(agreement, source);
  return kind === undefined || kinds.includes(kind);
};

/** Every column metric `i` names, each in the source it reads. */
function metricColumns(agreement: AgreementView, m: MetricView, i: number): Named[] {
  const at = (...rest: (string | number)[]): NodePath => ['metrics', i, ...rest];
  const source = m.data;
  const kind = metricKind(m.kind);
  const own = kind !== undefined && fits(agreement, source, kind.dataKinds);
  const uses = new Set<KindKey>(kind && own ? kind.keys(m, dataKind(agreement, source) as DataKind | undefined).uses : []);
  const out: Named[] = own ? [...filterKeys(m.where, source, at('where'), '`where`')] : [];
  if (uses.has('good')) out.push(...filterKeys(m.good, source, at('good'), '`good`'));
  for (const key of ['value', 'from', 'to', 'per'] as const) {
    if (uses.has(key) && m[key] !== undefined) out.push({ source, column: m[key], path: at(key), what: `\`${key}\`` });
  }
  if (uses.has('within')) out.push(...limitColumn(m.within, source, at('within')));
  if (uses.has('clocks')) {
    for (const [clock, j] of entries(m.clocks)) {
      out.push({ source, column: clock?.from, path: at('clocks', j, 'from'), what: `clock '${clock?.name}'` });
      out.push({ source, column: clock?.to, path: at('clocks', j, 'to'), what: `clock '${clock?.name}'` });
      out.push(...limitColumn(clock?.within, source, at('clocks', j, 'within')));
    }
  }
  if (uses.has('downtime')) {
    for (const key of ['of', 'weight'] as const) {
      if (m.downtime?.[key] !== undefined) out.push({ source, column: m.downtime[key], path: at('downtime', key), what: `\`downtime.${key}\`` });
    }
  }
  for (const [s, j] of entries(m.signals)) {
    if (!fits(agreement, s?.data, SIGNAL_KINDS)) continue;
    out.push(...filterKeys(s?.where, s?.data, at('signals', j, 'where'), 'a signal'));
    if (dataKind(agreement, s?.data) === 'events') out.push(...filterKeys(s?.good, s?.data, at('signals', j, 'good'), 'a signal'));
  }
  if (m.deployed && fits(agreement, m.deployed.data, INTERVALS)) out.push(...filterKeys(m.deployed.where, m.deployed.data, at('deployed', 'where'), '`deployed`'));
  if (m.pauses && typeof m.pauses === 'object' && fits(agreement, m.pauses.data, INTERVALS)) out.push(...filterKeys(m.pauses.where, m.pauses.data, at('pauses', 'where'), '`pauses`'));
  for (const key of ['exclude', 'excludeFromWindow'] as const) {
    for (const [x, j] of entries(m[key])) {
      if (x && typeof x === 'object' && fits(agreement, x.data, INTERVALS)) out.push(...filterKeys(x.where, x.data, at(key, j, 'where'), `\`${key}\``));
    }
  }
  return out;
}

type Headers = (file: string) => readonly string[] | undefined;

/** Whether a source's file is CSV with a header row of column names (JSON sources name fields and paths; data-source-format checks their form). */
function hasCsvHeader(format: unknown, file: string): boolean {
  const spec = typeof format === 'string' && Object.hasOwn(SOURCE_FORMATS, format) ? SOURCE_FORMATS[format as SourceFormat] : format === undefined ? SOURCE_FORMATS.csv : undefined;
  if (!spec || spec.transformed) return false;
  if (spec.content === 'csv') return true;
  return spec.content === 'csv-or-json' && CSV_NAME.test(file);
}

function check(context: RuleContext, agreement: AgreementView, headers: Headers, named: Named, owner: string): void {
  const source = typeof named.source === 'string' && agreement.data && Object.hasOwn(agreement.data, named.source) ? agreement.data[named.source] : undefined;
  const file = source?.file;
  if (typeof named.column !== 'string' || typeof file !== 'string' || file === '' || !hasCsvHeader(source?.format, file)) return;
  const header = headers(file);
  if (!header || header.includes(named.column)) return;
  const plain = header.filter((h) => PLAIN_NAME.test(h));
  context.report(
    named.path,
    `${owner} names column '${named.column}' (${named.what}), which ${file}${owner.startsWith('data source') ? '' : ` (data source '${String(named.source)}')`} does not have${didYouMean(named.column, plain)}`,
    named.atKey ? { at: 'key' } : {},
  );
}

export const dataColumns: Rule = {
  id: 'data-columns',
  description: "Every column the agreement names (column roles, `where`, `good`, `value`, `from`, `to`, `per`, clocks, limits by column, `downtime.of` and `weight`) is in its data file's header, when the file can be read.",
  defaultSeverity: 'warning',
  check(context) {
    const agreement = view(context.agreement);
    // each file's header is read once, however many columns name it
    const read = new Map<string, readonly string[] | undefined>();
    const headers: Headers = (file) => {
      if (!read.has(file)) read.set(file, context.fileHeader(file));
      return read.get(file);
    };
    for (const name of keysOf(agreement.data)) {
      for (const [role, column] of Object.entries(agreement.data?.[name]?.columns ?? {})) {
        check(context, agreement, headers, { source: name, column, path: ['data', name, 'columns', role], what: `the ${role} column` }, `data source '${name}'`);
      }
    }
    for (const [m, i] of entries(agreement.metrics)) {
      if (!m) continue;
      for (const named of metricColumns(agreement, m, i)) check(context, agreement, headers, named, `metric '${m.id ?? i}'`);
    }
    for (const [s, i] of entries(agreement.services)) {
      const base = s?.base;
      if (base && fits(agreement, base.charges, ['charges'])) for (const named of filterKeys(base.where, base.charges, ['services', i, 'base', 'where'], 'the credit base')) check(context, agreement, headers, named, `service '${s.id ?? i}'`);
    }
  },
};
