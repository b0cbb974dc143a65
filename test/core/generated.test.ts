// The generated files must be what the generators make from the current
// schema, so nobody edits the schema (or a generated file) without the rest.
// After changing schemas/agreement.schema.json, run:
//   node scripts/gen-types.js && node scripts/gen-validator.js && node scripts/gen-format-docs.js
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Agreement, Metric, MetricKind, PeriodKind } from '../../src/core/model';
import { isOneOffWindow, isOutsideWindow, isRecurringWindow, PERIOD_KINDS } from '../../src/core/model';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(path, 'utf8');
const regenerate = (script: string) => ({ ...require(join(ROOT, 'scripts', script)) });


describe('generated files', () => {
  it('src/core/model.generated.ts is current', () => {
    // In a child process: json-schema-to-typescript formats with prettier,
    // which loads plugins with import(), and Jest's VM does not allow that.
    const script = "require('./scripts/gen-types.js').generate().then((ts) => process.stdout.write(ts))";
    const ts = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(ts).toBe(read(join(ROOT, 'src/core/model.generated.ts')));
  });

  it('src/core/agreement-validator.generated.js and .d.ts are current', () => {
    const { generate, OUT, OUT_DTS } = regenerate('gen-validator.js');
    const { js, dts } = generate();
    expect(js).toBe(read(OUT));
    expect(dts).toBe(read(OUT_DTS));
  });

  it('docs/format.md is current', () => {
    const { generate, OUT, MARKER } = regenerate('gen-format-docs.js');
    const current = read(OUT);
    expect(current).toContain(MARKER);
    expect(generate(current)).toBe(current);
  });

  it('documents every key of the schema in docs/format.md', () => {
    const schema = JSON.parse(read(join(ROOT, 'schemas/agreement.schema.json')));
    const docs = read(join(ROOT, 'docs/format.md'));
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>) => {
      for (const key of Object.keys((node.properties as object) ?? {})) if (!docs.includes(`| \`${key}\` |`)) missing.push(key);
    };
    visit(schema);
    for (const d of Object.values(schema.$defs)) visit(d as Record<string, unknown>);
    expect(missing).toEqual([]);
  });

  it('keeps the hand-written introduction above the generated part', () => {
    const { generate, MARKER } = regenerate('gen-format-docs.js');
    const out: string = generate(`# Intro\n\nHand-written.\n\n${MARKER}\n\nold body\n`);
    expect(out.startsWith(`# Intro\n\nHand-written.\n\n${MARKER}\n\n## Top-level keys`)).toBe(true);
    expect(out).not.toContain('old body');
  });
});

describe('the model', () => {
  // Type-checked by `tsc`: the model takes the shapes the reference agreements use.
  const metric: Metric = {
    id: 'uptime',
    name: 'Uptime',
    kind: 'availability',
    data: 'incidents',
    window: { outside: 'office' },
    period: 'month',
    target: '>= 99.5%',
    where: { route: '/checkout', priority: ['P2', 'P3'], status: { lt: 500 } },
    credits: [{ when: '< 99.5%', credit: '5%' }],
    earnBack: { periods: 2 },
  };
  const agreement: Agreement = {
    sla: 1,
    id: 'A-1',
    title: 'T',
    term: { start: '2026-01-01', end: '2026-12-31' },
    timezone: 'Etc/UTC',
    parties: [{ id: 'p', role: 'provider', name: 'P' }],
    services: [{ id: 's', name: 'S', fee: { amount: 10, per: 'month' } }],
    calendars: { office: { hours: { 'mon-fri': '08:00-18:00', sat: ['09:00-12:00'] } } },
    maintenance: { windows: [{ id: 'w', every: 'sun 02:00-04:00' }, { id: 'm', from: '2026-10-17T22:00', to: '2026-10-18T06:00' }] },
    data: { incidents: { kind: 'intervals', file: 'x.csv', columns: { start: 'a', end: 'b' } } },
    metrics: [metric],
  };

  it('tells the shapes of unions apart', () => {
    const [weekly, once] = agreement.maintenance!.windows!;
    expect([isRecurringWindow(weekly), isOneOffWindow(weekly)]).toEqual([true, false]);
    expect([isRecurringWindow(once), isOneOffWindow(once)]).toEqual([false, true]);
    expect(isOutsideWindow(metric.window!)).toBe(true);
    expect(isOutsideWindow('office')).toBe(false);
  });

  it('lists the period kinds of the schema', () => {
    const schema = JSON.parse(read(join(ROOT, 'schemas/agreement.schema.json')));
    expect(PERIOD_KINDS).toEqual(schema.$defs.Period.enum);
    const kind: MetricKind = metric.kind;
    const period: PeriodKind = metric.period;
    expect([kind, period]).toEqual(['availability', 'month']);
  });
});
