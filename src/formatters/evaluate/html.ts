import { compileReport } from './handlebars-env';
import { reportModel } from './report-model';
import type { EvaluateFormatter } from './types';

/** The monthly service report as one self-contained HTML file (templates/report/report.html.hbs). */
export const html: EvaluateFormatter = (evaluation, options) => {
  if (!options.templates) throw new Error('the html format needs the report templates');
  return compileReport(options.templates.html)(reportModel(evaluation, options));
};
