import type { NodePath, Severity } from '../core/diagnostic';
import type { LoadedDocument } from '../core/load';
import type { Agreement } from '../core/model';
import type { RuleOptions } from './rule-options';

/** What a rule sees: a schema-valid agreement and a way to report at a node. */
export interface RuleContext {
  readonly agreement: Agreement;
  readonly doc: LoadedDocument;
  /** Rule options from the config file (`rules: { id: [severity, options] }`). */
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * Whether a file exists, for a path relative to the agreement's folder.
   * Injected by the caller: rules never touch the file system.
   */
  fileExists(relativePath: string): boolean;
  /**
   * The column names in the first line of a data file (relative to the
   * agreement's folder), or undefined when it cannot be read. Injected like
   * fileExists; only short names, never more of the file.
   */
  fileHeader(relativePath: string): readonly string[] | undefined;
  /**
   * Reports at the value of `path`; `{ at: 'key' }` points at the key instead.
   * `severity: 'warning'` lowers this one finding (a rule with two levels).
   */
  report(path: NodePath, message: string, options?: { at?: 'key' | 'value'; severity?: 'warning' }): void;
}

export interface Rule {
  /** kebab-case id, also the docs page name: docs/rules/<id>.md */
  readonly id: string;
  /** One line for `--help`, SARIF and the docs index. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** The options it reads, checked when a config file sets them; none when absent. */
  readonly options?: RuleOptions;
  check(context: RuleContext): void;
}
