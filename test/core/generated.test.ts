// The generated files must be what the generators make from their sources,
// so nobody edits the schema, a template or a generated file without the
// rest. After changing schemas/agreement.schema.json or templates/contract/,
// run `npm run gen`.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import type { Agreement, Metric, MetricKind, PeriodKind } from '../../src/core/model';
import { isOneOffWindow, isOutsideWindow, isRecurringWindow, PERIOD_KINDS } from '../../src/core/model';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(path, 'utf8');
const regenerate = (script: string) => ({ ...require(join(ROOT, 'scripts', script)) });


describe('generated files', () => {
  it('are what `npm run gen` makes of their sources (npm run gen -- --check)', () => {
    // In a child process: json-schema-to-typescript formats with prettier,
    // which loads plugins with import(), and Jest's VM does not allow that.
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('the check names a file that is not what its generator makes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-gen-'));
    const file = join(dir, 'made.txt');
    writeFileSync(file, 'edited by hand\n');
    const { stale } = require(join(ROOT, 'scripts/gen.js'));
    expect(stale([{ script: 'x.js', file, text: 'made\n' }])).toEqual([`${relative(ROOT, file)} is stale (made by scripts/x.js)`]);
    expect(stale([{ script: 'x.js', file, text: 'edited by hand\n' }])).toEqual([]);
    expect(stale([{ script: 'x.js', file: join(dir, 'missing.txt'), text: '' }])).toHaveLength(1);
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
    expect(PERIOD_KINDS).toEqual(schema.$defs.PeriodKind.enum);
    const kind: MetricKind = metric.kind;
    const period: PeriodKind = metric.period;
    expect([kind, period]).toEqual(['availability', 'month']);
  });
});
