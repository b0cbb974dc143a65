import { compileReport } from './handlebars-env';
import { reportModel } from './report-model';
import type { EvaluateFormatter } from './types';

/** The monthly service report as Markdown (templates/report/report.md.hbs). */
export const md: EvaluateFormatter = (evaluation, options) => {
  if (!options.templates) throw new Error('the md format needs the report templates');
  return compileReport(options.templates.md)(reportModel(evaluation, options));
};
