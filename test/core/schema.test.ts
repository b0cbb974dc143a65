import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type Ajv from 'ajv';
import { parse } from 'yaml';
import * as generated from '../../src/core/agreement-validator.generated';

const ROOT = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/agreement.schema.json'), 'utf8'));
const { createAjv } = require('../../scripts/gen-validator.js') as { createAjv: () => Ajv };

type Node = Record<string, unknown>;

const ajv = createAjv();
ajv.addSchema(schema);
const def = (name: string) => {
  const validate = ajv.getSchema(`${schema.$id}#/$defs/${name}`);
  if (!validate) throw new Error(`no $defs/${name}`);
  return (value: unknown) => validate(value) as boolean;
};

/** Every schema object in the document with the JSON pointer it sits at. */
function* schemas(node: Node, at = '#'): Generator<[string, Node]> {
  yield [at, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'enum' || key === 'const' || key === 'required') continue;
    if (key === 'properties' || key === '$defs') {
      for (const [name, child] of Object.entries(value as Node)) yield* schemas(child as Node, `${at}/${key}/${name}`);
    } else if (Array.isArray(value)) {
      for (const [i, child] of value.entries()) if (typeof child === 'object') yield* schemas(child as Node, `${at}/${key}/${i}`);
    } else if (value !== null && typeof value === 'object') {
      yield* schemas(value as Node, `${at}/${key}`);
    }
  }
}

describe('the agreement schema', () => {
  it('is a JSON Schema 2020-12 document with an id, title and description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://cdn.jsdelivr.net/npm/sla/schemas/agreement.schema.json');
    expect(schema.title).toBe('Agreement');
    expect(typeof schema.description).toBe('string');
  });

  it('compiles in Ajv strict mode', () => {
    expect(typeof ajv.getSchema(schema.$id)).toBe('function');
  });

  it('describes every property and every definition, and names every definition', () => {
    const undescribed: string[] = [];
    let properties = 0;
    for (const [at, node] of schemas(schema)) {
      if (/\/properties\/[^/]+$/.test(at)) properties++;
      if (/\/properties\/[^/]+$/.test(at) && typeof node.description !== 'string') {
        const target = typeof node.$ref === 'string' ? schema.$defs[node.$ref.replace('#/$defs/', '')] : undefined;
        if (!target || typeof target.description !== 'string') undescribed.push(at);
      }
    }
    expect(undescribed).toEqual([]);
    expect(properties).toBeGreaterThan(140);
    for (const [name, d] of Object.entries(schema.$defs as Record<string, Node>)) {
      expect([name, d.title]).toEqual([name, name]);
      expect([name, typeof d.description]).toEqual([name, 'string']);
    }
  });

  it('closes every object with fixed keys; only maps stay open', () => {
    const open: string[] = [];
    for (const [at, node] of schemas(schema)) {
      if (node.type === 'object' && node.additionalProperties !== false) open.push(at);
    }
    expect(open.sort()).toEqual(
      [
        '#/$defs/Calendar/properties/hours',
        '#/$defs/Columns',
        '#/$defs/LimitsByColumn/properties/limits',
        '#/$defs/RowFilter',
        '#/$defs/Service/properties/limits',
        '#/properties/calendars',
        '#/properties/data',
        '#/properties/definitions',
      ].sort(),
    );
  });

  it('gives every pattern an x-expected phrase for messages, and examples that match it', () => {
    for (const [at, node] of schemas(schema)) {
      if (typeof node.pattern !== 'string') continue;
      expect([at, typeof node['x-expected']]).toEqual([at, 'string']);
    }
    for (const [name, d] of Object.entries(schema.$defs as Record<string, Node>)) {
      for (const example of (d.examples as unknown[]) ?? []) expect([name, example, def(name)(example)]).toEqual([name, example, true]);
    }
  });

  it('checks the example of every property against the property', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const [at, node] of schemas(schema)) {
      if (!/\/properties\/[^/]+$/.test(at) || !Array.isArray(node.examples)) continue;
      checked++;
      const { examples: _examples, ...rest } = node;
      const validate = ajv.compile({ $defs: schema.$defs, ...rest });
      for (const example of node.examples) if (!validate(example)) bad.push(`${at}: ${JSON.stringify(example)}`);
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('value formats', () => {
  const cases: Record<string, [ok: unknown[], bad: unknown[]]> = {
    Duration: [
      ['30m', '8h', '2d', '1h30m', '90s', '0m', '150h', 'PT8H', 'P2D', 'PT1H30M', 'P1DT2H', 'PT0.5S'],
      ['8 hours', '', '1.5h', '30', 'h', 'PT', 'P', '30m1h', 'pt8h', 8, '-5m'],
    ],
    LocalDate: [['2026-01-01', '2026-12-31'], ['2026-1-1', '2026-13-01', '2026-01-32', '01.01.2026', '2026-01-01T00:00']],
    LocalDateTime: [
      ['2026-10-17T22:00', '2026-02-28T23:59:30'],
      ['2026-10-17 22:00', '2026-10-17', '2026-10-17T24:00', '2026-10-17T22:00Z', '2026-10-17T22:00+01:00'],
    ],
    ClockTime: [['00:00', '16:00', '23:59', '24:00'], ['24:01', '7:00', '16h', '25:00', '12:60']],
    HoursRange: [
      ['08:00-18:00', '22:00-06:00', '00:00-24:00', '08:00-12:00, 13:00-17:00', '08:00-12:00,13:00-17:00'],
      ['8-18', '08:00 - 18:00', '08:00', '08:00-18:00;', '08:00-25:00'],
    ],
    DaySpec: [['mon', 'mon-fri', 'fri-mon', 'mon,wed', 'mon-wed,fri'], ['monday', 'Mon', 'mon - fri', 'mon,', 'weekdays']],
    Every: [['sun 02:00-04:00', 'mon-fri 22:00-23:00', 'sat,sun 00:00-24:00'], ['sun', '02:00-04:00', 'sunday 02:00-04:00', 'sun  02:00-04:00']],
    Target: [
      ['>= 99.5%', '> 99.9%', '<= 600ms', '>= 100', '< 2h', '>=99%', '< 30s', '>= 1d'],
      ['99.5%', '= 99%', '>= ', '>= 99.5 %', 'at least 99%', '>= -1', '=> 99%', '>= 5x'],
    ],
    ConditionText: [['< 99.5%', '<= 99.9%', '> 800ms'], ['less than 99%', '99%']],
    Percent: [['5%', '12.5%', '100%', '0%'], ['5', '5 %', '-5%', 'five%', 5]],
    TimeZone: [
      ['Europe/Berlin', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Etc/UTC', 'Etc/GMT+1', 'UTC', 'America/Port-au-Prince'],
      ['Berlin', 'europe/berlin', 'CET ', 'Europe/Berlin/', '+01:00', ''],
    ],
    Currency: [['EUR', 'USD'], ['eur', 'EURO', '€', 'US']],
    Version: [['1', '2.1', '2.1.0', '1.0.0-rc.1'], ['v1', '1.2.3.4', 'one', '']],
    Email: [['jana.kuehn@warp.example', 'a@b.co'], ['jana', 'jana@', '@warp.example', 'a b@c.de']],
    Identifier: [['shop-hosting', 'WD-MH-2026-014', '24x7', 'a_b.c'], ['-x', 'with space', '', 'ä']],
    NoticeDelay: [['5 working days', '0 working days', '1 day', '2 business days', '48h'], ['five days', 'soon', '5 weeks']],
    PeriodKind: [['day', 'week', 'month', 'quarter', 'year'], ['monthly', 'Month', 'hour']],
    Money: [[0, 12000, 99.5], [-1, '12k', '100']],
    MetricWindow: [['office', '24x7', { outside: 'office' }], [{ outside: 'office', also: 'x' }, { inside: 'office' }, 5, ['office']]],
    MaintenanceWindow: [
      [{ id: 'w', every: 'sun 02:00-04:00' }, { id: 'm', from: '2026-10-17T22:00', to: '2026-10-18T06:00' }],
      [{ id: 'w', every: 'sun 02:00-04:00', from: '2026-10-17T22:00' }, { id: 'm', from: '2026-10-17T22:00' }, { every: 'sun 02:00-04:00' }],
    ],
    ColumnCondition: [['P1', 500, true, ['P2', 'P3'], { lt: 500 }, { ne: '/v1/health' }, { in: [1, 2], notIn: ['x'] }], [{}, { lt: 'x' }, { less: 5 }, [], null]],
    Hours: [['08:00-18:00', ['08:00-12:00', '13:00-17:00']], [[], '8-18', 8]],
  };

  it.each(Object.keys(cases))('%s accepts what the format allows and rejects the rest', (name) => {
    const [ok, bad] = cases[name];
    const validate = def(name);
    expect(ok.filter((v) => !validate(v))).toEqual([]);
    expect(bad.filter((v) => validate(v))).toEqual([]);
  });

  it('accepts only format version 1', () => {
    const base = parse(readFileSync(join(ROOT, 'test/fixtures/schema/valid.sla.yaml'), 'utf8'), { version: '1.2' });
    const validate = ajv.getSchema(schema.$id)!;
    expect(validate(base)).toBe(true);
    for (const sla of [2, 0, '1', 1.5, null]) expect([sla, validate({ ...base, sla })]).toEqual([sla, false]);
  });
});

describe('the generated validator', () => {
  const validate = ajv.getSchema(schema.$id)!;
  const dir = join(ROOT, 'test/fixtures/schema');
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.sla.yaml')),
    ...readdirSync(join(dir, '../reference')).filter((f) => f.endsWith('.sla.yaml')).map((f) => join('../reference', f)),
  ];

  it.each(files)('agrees with the schema compiled at run time on %s', (file) => {
    const data = parse(readFileSync(join(dir, file), 'utf8'), { version: '1.2' });
    const expected = validate(data);
    expect(generated.Agreement(data)).toBe(expected);
    expect((generated.Agreement.errors ?? []).length).toBe((validate.errors ?? []).length);
  });
});
