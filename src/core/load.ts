import { parseDocument, isMap, type Node } from 'yaml';
import type { Finding, Range } from './diagnostic';
import { duplicateKeyOffsets } from './duplicate-keys';
import { MAX_NESTING, nestedDeeperThan } from './nesting';
import { SourceMap } from './source-map';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ALIAS_COUNT = 100;

/** The YAML text of one agreement, parsed, with a position for every node. */
export interface LoadedDocument {
  file: string;
  text: string;
  /** The plain data (null when the file could not be parsed into a mapping). */
  data: Record<string, unknown> | null;
  map: SourceMap;
  /** Syntax and encoding problems; the file is usable only when none is an error. */
  findings: Finding[];
}

const SYNTAX = 'yaml-syntax';

function finding(file: string, message: string, range: Range, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId: SYNTAX, severity, message, file, range };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as UTF-8, reporting the first invalid byte by position. */
function decode(bytes: Uint8Array, file: string): { text: string; findings: Finding[] } {
  try {
    return { text: decoder.decode(bytes), findings: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(bad, 0));
    const line = before.split('\n').length;
    const column = bad - before.lastIndexOf('\n');
    const at = { line, column };
    return {
      text,
      findings: [finding(file, 'file is not valid UTF-8 (save it as UTF-8)', { start: at, end: at })],
    };
  }
}

const ZERO: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/**
 * Parses an agreement's bytes. Never throws for bad input: every problem is a
 * finding with its position, so `lint` can report it like any other.
 */
export function loadDocument(bytes: Uint8Array, file: string): LoadedDocument {
  const empty = (findings: Finding[], text = ''): LoadedDocument => ({
    file,
    text,
    data: null,
    map: new SourceMap(text, null),
    findings,
  });
  if (bytes.length > MAX_FILE_BYTES) {
    // readers stop at the limit + 1 byte (src/io/files.ts), so the size past it is unknown
    return empty([finding(file, 'file is larger than 10 MB; agreements are limited to 10 MB', ZERO)]);
  }
  const decoded = decode(bytes, file);
  if (decoded.findings.length > 0) return empty(decoded.findings);
  let text = decoded.text;
  const findings: Finding[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    findings.push(finding(file, 'file starts with a byte order mark (BOM); save it as UTF-8 without BOM', ZERO, 'warning'));
    text = text.slice(1);
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    // Duplicate keys are found below in linear time (the parser's own check is quadratic).
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, version: '1.2', logLevel: 'error' });
  } catch (e) {
    return empty([...findings, finding(file, `the file cannot be read as YAML (${tooDeep(e) ? 'it nests too deep' : String((e as Error).message)})`, ZERO)], text);
  }
  if (doc.contents === null && doc.errors.length === 0) {
    return empty([...findings, finding(file, 'file is empty: an agreement starts with `sla: 1`', ZERO)], text);
  }
  const map = new SourceMap(text, doc.contents as Node | null);
  // The first syntax error explains the rest (a tab or a bad indent makes the
  // parser report every line after it); duplicate keys are separate mistakes.
  for (const err of doc.errors.slice(0, 1)) {
    const message = err.code === 'RESOURCE_EXHAUSTION' ? DEEP : err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    findings.push(finding(file, message, map.toRange(err.pos[0], err.pos[1])));
  }
  for (const start of duplicateKeyOffsets(doc.contents as Node | null)) {
    findings.push(finding(file, 'duplicate key: ' + describeDuplicate(text, start), map.toRange(start, start + 1)));
  }
  for (const warn of doc.warnings) {
    findings.push(finding(file, warn.message.split('\n')[0], map.toRange(warn.pos[0], warn.pos[1]), 'warning'));
  }
  if (doc.directives?.yaml.version === '1.1') {
    // YAML 1.1 reads 2026-01-01 as a timestamp and `no` as false: agreements are YAML 1.2 throughout
    const at = /^%YAML\b/m.exec(text)?.index ?? 0;
    const message = '%YAML 1.1 is not supported: agreements are YAML 1.2 (dates stay text, yes/no stay words); remove the directive';
    findings.push(finding(file, message, map.toRange(at, at + '%YAML 1.1'.length)));
  }
  const deep = doc.errors.length === 0 ? nestedDeeperThan(doc.contents as Node | null) : null;
  if (deep) findings.push(finding(file, DEEP, map.toRange(deep.range?.[0] ?? 0, (deep.range?.[0] ?? 0) + 1)));
  if (findings.some((f) => f.severity === 'error')) return { file, text, data: null, map, findings };
  if (!isMap(doc.contents)) {
    const range = doc.contents?.range ? map.toRange(doc.contents.range[0], doc.contents.range[1]) : ZERO;
    findings.push(finding(file, 'the top level of an agreement must be a mapping of keys (sla, id, title, ...)', range));
    return { file, text, data: null, map, findings };
  }
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (e) {
    const message = /alias/i.test(String((e as Error).message))
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); the file looks like an alias bomb`
      : tooDeep(e)
        ? `aliases nest lists and mappings too deep: an agreement needs a few levels, and more than ${MAX_NESTING} are refused`
        : String((e as Error).message);
    findings.push(finding(file, message, ZERO));
    return { file, text, data: null, map, findings };
  }
  return { file, text, data, map, findings };
}

const DEEP = `lists and mappings nest too deep here: an agreement needs a few levels, and more than ${MAX_NESTING} are refused`;
const tooDeep = (e: unknown): boolean => e instanceof RangeError && /call stack/i.test(e.message);

function describeDuplicate(text: string, start: number): string {
  const lineEnd = text.indexOf('\n', start);
  const key = text.slice(start, lineEnd < 0 ? undefined : lineEnd).split(':')[0].trim().replace(/^["']|["']$/g, '');
  return key ? `'${key}' appears more than once in this mapping` : 'a key appears more than once in this mapping';
}
