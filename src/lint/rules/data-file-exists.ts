import type { Rule } from '../rule';
import { keysOf, view } from '../util/agreement';

export const dataFileExists: Rule = {
  id: 'data-file-exists',
  description: "A data source's `file` exists (relative to the agreement).",
  defaultSeverity: 'warning',
  check(context) {
    const data = view(context.agreement).data;
    for (const name of keysOf(data)) {
      const file = data?.[name]?.file;
      if (typeof file !== 'string' || file === '' || context.fileExists(file)) continue;
      context.report(['data', name, 'file'], `data source '${name}' reads '${file}', which does not exist (paths are relative to the agreement's folder)`);
    }
  },
};
