import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';
import { ROOT, runSla } from '../helpers/run-sla';
import { ENGINE_CASES } from '../export/cases';

// `sla export openslo` through the built binary: every document it writes for
// every reference agreement and example is valid against OpenSLO v1's JSON
// Schema (test/fixtures/openslo/schema, copied from the OpenSLO project), and
// what OpenSLO cannot say is kept in sla-as-code.dev/ annotations and listed.

const SCHEMA = path.join(ROOT, 'test/fixtures/openslo/schema/v1');

function openSloValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const files = [path.join(SCHEMA, 'openslo.schema.json'), ...fs.readdirSync(path.join(SCHEMA, 'parts')).map((f) => path.join(SCHEMA, 'parts', f))];
  for (const f of files) ajv.addSchema(JSON.parse(fs.readFileSync(f, 'utf8')) as object);
  return ajv.getSchema('https://openslo.com/schemas/v1/openslo.schema.json')!;
}

interface Doc {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

function exportOf(dir: string, file: string): { code: number; docs: Doc[]; stderr: string } {
  const r = runSla(['export', 'openslo', file], { cwd: dir });
  return { code: r.code, stderr: r.stderr, docs: parseAllDocuments(r.stdout).map((d) => d.toJS() as Doc) };
}

const validate = openSloValidator();
const CASES = ENGINE_CASES.filter((c) => !c.name.startsWith('downtime-'));

describe('sla export openslo', () => {
  it('the schema refuses a document that is not OpenSLO (the check can fail)', () => {
    const bad = { apiVersion: 'openslo/v1', kind: 'SLO', metadata: { name: 'x' }, spec: { service: 'x', indicatorRef: 'x', budgetingMethod: 'Occurrences', objectives: [{ target: 1.5 }] } };
    expect(validate(bad)).toBe(false);
  });

  it.each(CASES)('$name: every document is valid OpenSLO v1', ({ dir, file }) => {
    const { code, docs, stderr } = exportOf(dir, file);
    expect(code).toBe(0);
    // an SLI and an SLO for each metric not named as left out
    const metrics = (parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))[0]!.toJS() as { metrics: { id: string }[] }).metrics;
    const left = metrics.filter((m) => stderr.includes(`metric '${m.id}' is not in the OpenSLO documents`));
    expect(docs.filter((d) => d.kind === 'SLO').length).toBe(metrics.length - left.length);
    expect(docs.filter((d) => d.kind === 'SLI').length).toBe(metrics.length - left.length);
    for (const doc of docs) {
      const ok = validate(doc);
      expect([doc.kind, doc.metadata.name, ok ? [] : validate.errors]).toEqual([doc.kind, doc.metadata.name, []]);
    }
  });

  it('states sliced availability as Timeslices in the agreement\'s calendar months, and lists what it keeps aside', () => {
    const { docs, stderr } = exportOf(path.join(ROOT, 'test/fixtures/reference'), 'saas-platform.sla.yaml');
    const slo = docs.find((d) => d.kind === 'SLO' && d.metadata.name === 'workspace-uptime')!;
    expect(slo.spec).toMatchObject({
      service: 'workspace',
      indicatorRef: 'workspace-uptime',
      timeWindow: [{ duration: '1M', calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'Etc/UTC' }, isRolling: false }],
      budgetingMethod: 'Timeslices',
      objectives: [{ target: 0.999, timeSliceTarget: 0.95, timeSliceWindow: '1m' }],
    });
    expect(slo.metadata.annotations).toMatchObject({ 'sla-as-code.dev/exclude': '["maintenance"]', 'sla-as-code.dev/agreement': 'NSC-SLA-2026' });
    expect(JSON.parse(slo.metadata.annotations!['sla-as-code.dev/credits']!)).toEqual([
      { when: '< 99.9%', credit: '10%' },
      { when: '< 99%', credit: '25%' },
      { when: '< 95%', credit: '50%' },
    ]);
    expect(stderr).toContain("sla: metric 'workspace-uptime': sla-as-code.dev/exclude keeps what OpenSLO cannot say: time excluded from downtime (maintenance, data)\n");
    // a strict target is kept aside: OpenSLO targets are met at the value
    const git = docs.find((d) => d.kind === 'SLO' && d.metadata.name === 'git-uptime')!;
    expect(git.metadata.annotations!['sla-as-code.dev/target']).toBe('> 99.9%');
    expect(git.spec.timeWindow).toEqual([{ duration: '1Q', calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'Etc/UTC' }, isRolling: false }]);
  });

  it('a percentile is a threshold met by its share of rows; business hours and an aggregate are named', () => {
    const { docs, stderr } = exportOf(path.join(ROOT, 'test/fixtures/reference'), 'managed-hosting.sla.yaml');
    const p95 = docs.find((d) => d.kind === 'SLO' && d.metadata.name === 'checkout-p95')!;
    expect(p95.spec).toMatchObject({ budgetingMethod: 'Occurrences', objectives: [{ op: 'lte', value: 600, target: 0.95 }] });
    expect(stderr).toContain("sla: metric 'uptime-business': sla-as-code.dev/window keeps what OpenSLO cannot say: it is measured within the calendar 'office' (business hours, holidays)\n");
    const sales = exportOf(path.join(ROOT, 'test/fixtures/reference'), 'marketing-sales.sla.yaml');
    expect(sales.stderr).toContain("sla: metric 'qualified-leads' is not in the OpenSLO documents: an aggregate (count) is a number, not a share of good events or time\n");
    expect(sales.docs.some((d) => d.metadata.name === 'qualified-leads')).toBe(false);
  });

  it('a week starts on the Monday of the term\'s first week; a target of 100% is not OpenSLO', () => {
    const ola = exportOf(path.join(ROOT, 'examples/it-hr-ola'), 'it-hr-ola.sla.yaml');
    const week = ola.docs.find((d) => d.kind === 'SLO' && d.metadata.name === 'equipment-ready')!;
    // 2026-01-01 is a Thursday
    expect(week.spec.timeWindow).toEqual([{ duration: '1w', calendar: { startTime: '2025-12-29 00:00:00', timeZone: 'Europe/Stockholm' }, isRolling: false }]);
    const zendesk = exportOf(path.join(ROOT, 'examples/real/zendesk'), 'zendesk.sla.yaml');
    expect(zendesk.stderr).toContain("sla: metric 'urgent-first-reply' is not in the OpenSLO documents: a target of 100% (OpenSLO targets are below 1)\n");
  });
});
