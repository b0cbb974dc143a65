import { DATA_PATH_WORDS, dataPathProblem } from '../../core/data-path';
import type { Rule } from '../rule';
import { keysOf, view } from '../util/agreement';

export const dataFileInside: Rule = {
  id: 'data-file-inside',
  description: "A data source's `file` stays inside the agreement's folder: not absolute, no `..`, not hidden.",
  defaultSeverity: 'warning',
  check(context) {
    const data = view(context.agreement).data;
    for (const name of keysOf(data)) {
      const file = data?.[name]?.file;
      if (typeof file !== 'string' || file === '') continue;
      const problem = dataPathProblem(file);
      if (!problem) continue;
      context.report(
        ['data', name, 'file'],
        `data source '${name}' reads '${file}', ${DATA_PATH_WORDS[problem]}; sla evaluate refuses it unless run with --allow-outside-data`,
      );
    }
  },
};
