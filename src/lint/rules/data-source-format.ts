import { parseSelector } from '../../core/promql-selector';
import { SOURCE_FORMATS } from '../../core/source-formats';
import { isEpochUnit, patternProblem } from '../../time';
import { canonicalLocale } from '../../time/pattern-names';
import type { Rule } from '../rule';
import { keysOf, view } from '../util/agreement';

/** The kinds of data a format gives, as words. */
const kindsOf = (kinds: readonly string[]): string => kinds.map((k) => `'${k}'`).join(kinds.length === 2 ? ' or ' : ', ');

export const dataSourceFormat: Rule = {
  id: 'data-source-format',
  description: "A data source's format gives its kind of data, and its timestamps pattern, locale and Prometheus selectors can be read.",
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const name of keysOf(agreement.data)) {
      const source = agreement.data?.[name];
      if (!source) continue;
      const at = ['data', name];
      const format = source.format ?? 'csv';
      const spec = SOURCE_FORMATS[format];
      if (spec && spec.kinds !== 'any' && source.kind !== undefined && !spec.kinds.includes(source.kind)) {
        context.report([...at, 'kind'], `data source '${name}' (${format}) holds ${source.kind}: the ${format} format gives ${kindsOf(spec.kinds)}`);
      }
      let localeOk = true;
      if (typeof source.locale === 'string' && canonicalLocale(source.locale) === null) {
        localeOk = false;
        context.report([...at, 'locale'], `data source '${name}': '${source.locale}' is not a locale (such as en-US or de-DE)`);
      }
      const form = source.timestamps;
      if (typeof form === 'string' && form !== 'iso' && !isEpochUnit(form) && localeOk) {
        const problem = patternProblem(form, source.locale ?? 'en-US');
        if (problem) context.report([...at, 'timestamps'], `data source '${name}': timestamps '${form}': ${problem}`);
      }
      if (format === 'prometheus') {
        const time = source.columns?.time ?? 'time';
        for (const role of ['good', 'total'] as const) {
          const selector = source.columns?.[role];
          if (selector === undefined) {
            context.report([...at, ...(source.columns ? ['columns'] : [])], `data source '${name}' (prometheus) names no '${role}' series selector in columns`);
            continue;
          }
          if (selector === time) continue;
          try {
            parseSelector(selector);
          } catch (e) {
            context.report([...at, 'columns', role], `data source '${name}': ${(e as Error).message}`);
          }
        }
      }
    }
  },
};
