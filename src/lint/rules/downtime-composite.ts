import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const downtimeComposite: Rule = {
  id: 'downtime-composite',
  description: 'A composite downtime (`downtime.atLeast` of `outOf` components) names its component column and asks for no more components than there are.',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const d = metric?.downtime;
      if (!d) continue;
      const name = `metric '${metric.id ?? i}'`;
      if (d.of === undefined && (d.atLeast !== undefined || d.outOf !== undefined)) {
        const key = d.atLeast !== undefined ? 'atLeast' : 'outOf';
        context.report(['metrics', i, 'downtime', key], `${name} counts components (\`downtime.${key}\`) but names no column with them: add \`downtime.of\` (such as zone)`, { at: 'key' });
      } else if (typeof d.atLeast === 'number' && typeof d.outOf === 'number' && d.atLeast > d.outOf) {
        context.report(
          ['metrics', i, 'downtime', 'atLeast'],
          `${name} is down only while at least ${d.atLeast} components are down at once, but there are ${d.outOf} (\`outOf\`): it could never be down; lower \`atLeast\` or raise \`outOf\``,
        );
      }
    }
  },
};
