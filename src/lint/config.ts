import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { InputError } from '../core/errors';
import type { Severity } from '../core/diagnostic';
import { optionProblem, type RuleOption, type RuleOptions } from './rule-options';

export const CONFIG_FILE = '.slarc.yaml';

export type RuleSetting = { severity: Severity | 'off'; options: Record<string, unknown> };

/** A parsed config file: rule settings, ignored paths, and whether the upward search stops here. */
export interface LintConfig {
  root: boolean;
  rules: Record<string, RuleSetting>;
  /** Globs relative to the config file's folder; folders and globs on the command line skip what they match. */
  ignore: string[];
}

const SEVERITIES: Record<string, Severity | 'off'> = { off: 'off', warning: 'warning', warn: 'warning', error: 'error', '0': 'off', '1': 'warning', '2': 'error' };

/** Parses `off`, `warning`, `error` (or 0/1/2, `warn`). */
export function parseSeverity(value: unknown): Severity | 'off' | undefined {
  return SEVERITIES[String(value)];
}

/**
 * Parses a config file's text. `knownRules` checks the rule ids; a problem
 * is an InputError naming file, line and column (exit 2, like ESLint).
 */
export function parseConfig(
  text: string,
  file: string,
  knownRules: readonly string[],
  suggest: (w: string, c: readonly string[]) => string | undefined,
  /** Per rule id, the options it takes; absent, options are not checked. */
  optionsOf?: Readonly<Record<string, RuleOptions>>,
): LintConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const fail = (node: Node | null | undefined, message: string, offset?: number): never => {
    const at = lines.linePos(offset ?? node?.range?.[0] ?? 0);
    throw new InputError(`${file}:${Math.max(at.line, 1)}:${Math.max(at.col, 1)}: ${message}`);
  };
  if (doc.errors.length > 0) fail(null, doc.errors[0].message.split('\n')[0], doc.errors[0].pos[0]);
  const config: LintConfig = { root: false, rules: {}, ignore: [] };
  if (doc.contents === null) return config;
  if (!isMap(doc.contents)) return fail(doc.contents, 'a config file is a mapping with the keys `root`, `rules` and `ignore`');
  for (const pair of doc.contents.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'root') {
      if (!isScalar(pair.value) || typeof pair.value.value !== 'boolean') fail(pair.value ?? pair.key, '`root` is true or false');
      config.root = (pair.value as { value: boolean }).value;
    } else if (key === 'rules') {
      if (!isMap(pair.value)) return fail(pair.value ?? pair.key, '`rules` maps rule ids to off, warning or error');
      for (const rulePair of pair.value.items as Pair<Node, Node>[]) {
        const id = isScalar(rulePair.key) ? String(rulePair.key.value) : '';
        if (!knownRules.includes(id)) {
          const hint = suggest(id, knownRules);
          fail(rulePair.key, `unknown rule '${id}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
        }
        const setting = parseRuleSetting(rulePair.value, (n, m) => fail(n, m));
        if (optionsOf && isSeq(rulePair.value)) checkOptions(id, rulePair.value.items[1] as Node | undefined, optionsOf[id] ?? {}, suggest, fail);
        config.rules[id] = setting;
      }
    } else if (key === 'ignore') {
      const list = pair.value;
      if (!isSeq(list) || !list.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value !== '')) {
        return fail(list ?? pair.key, '`ignore` is a list of globs such as examples/broken/**');
      }
      config.ignore = list.items.map((i) => String((i as { value: string }).value));
    } else {
      const hint = suggest(key, ['root', 'rules', 'ignore']);
      fail(pair.key, `unknown key '${key}' in ${CONFIG_FILE}${hint ? ` (did you mean '${hint}'?)` : ''}`);
    }
  }
  return config;
}

function checkOptions(
  id: string,
  node: Node | undefined,
  specs: RuleOptions,
  suggest: (w: string, c: readonly string[]) => string | undefined,
  fail: (n: Node | null, m: string) => never,
): void {
  if (!isMap(node)) return;
  const names = Object.keys(specs);
  for (const pair of node.items as Pair<Node, Node>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      const hint = suggest(name, names);
      const takes = names.length === 0 ? 'takes no options' : `takes ${names.map((n) => `'${n}'`).join(', ')}`;
      fail(pair.key, `unknown option '${name}' of rule '${id}' (${hint ? `did you mean '${hint}'?` : `it ${takes}`})`);
    }
    const value = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON();
    const expected = optionProblem(spec as RuleOption, value);
    if (expected) fail(pair.value ?? pair.key, `option '${name}' of rule '${id}' is ${expected}, got ${JSON.stringify(value) ?? 'nothing'}`);
  }
}

function parseRuleSetting(node: Node | null, fail: (n: Node | null, m: string) => never): RuleSetting {
  const bad = (): never => fail(node, 'a rule setting is off, warning or error, or [severity, { options }]');
  if (isScalar(node)) {
    const severity = parseSeverity(node.value);
    return severity ? { severity, options: {} } : bad();
  }
  if (isSeq(node) && node.items.length >= 1 && node.items.length <= 2) {
    const [first, second] = node.items as Node[];
    const severity = isScalar(first) ? parseSeverity(first.value) : undefined;
    if (!severity) return bad();
    if (second !== undefined && !isMap(second)) return fail(second, 'rule options are a mapping');
    return { severity, options: second ? (second.toJSON() as Record<string, unknown>) : {} };
  }
  return bad();
}

/** Later configs (nearer the file) override earlier ones rule by rule. */
export function mergeConfigs(configs: readonly LintConfig[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const c of configs) Object.assign(rules, c.rules);
  return rules;
}

/** `--rule id:severity` from the command line. */
export function parseRuleFlag(flag: string, knownRules: readonly string[], suggest: (w: string, c: readonly string[]) => string | undefined): [string, RuleSetting] {
  const m = /^([\w-]+):(\w+)$/.exec(flag.trim());
  const severity = m ? parseSeverity(m[2]) : undefined;
  if (!m || !severity) throw new InputError(`--rule expects id:severity such as data-file-exists:off, got '${flag}'`);
  if (!knownRules.includes(m[1])) {
    const hint = suggest(m[1], knownRules);
    throw new InputError(`--rule: unknown rule '${m[1]}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
  }
  return [m[1], { severity, options: {} }];
}
