import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parse, stringify } from 'yaml';
import { loadDocument } from '../../src/core/load';
import { validateAgreement } from '../../src/core/validate';
import { distance, suggest } from '../../src/core/suggest';

const FIXTURES = join(__dirname, '../fixtures/schema');

function check(file: string) {
  const path = join(FIXTURES, file);
  const doc = loadDocument(readFileSync(path), path);
  expect(doc.findings).toEqual([]);
  return validateAgreement(doc);
}

/** `line:column message` for each finding: what a person reads. */
const brief = (file: string) => check(file).map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`);

describe('validateAgreement', () => {
  it.each(readdirSync(join(FIXTURES, '../reference')).filter((f) => f.endsWith('.sla.yaml')))('finds nothing wrong in the reference agreement %s', (name) => {
    expect(check(join('../reference', name))).toEqual([]);
  });

  it('finds nothing wrong in the minimal agreement of docs/format.md', () => {
    expect(check('valid.sla.yaml')).toEqual([]);
  });

  it('reports an unknown key at the key, with the key it probably means, and only that', () => {
    const findings = check('unknown-key.sla.yaml');
    expect(findings).toEqual([
      {
        ruleId: 'schema',
        severity: 'error',
        message: "unknown key 'trget' in metrics[0] (did you mean 'target'?)",
        file: join(FIXTURES, 'unknown-key.sla.yaml'),
        range: { start: { line: 25, column: 5 }, end: { line: 25, column: 10 } },
      },
    ]);
  });

  it('lets a misspelt required key stand for the missing one, also at the top level', () => {
    expect(brief('unknown-top-level-key.sla.yaml')).toEqual(["3:1 unknown key 'titel' at the top level (did you mean 'title'?)"]);
  });

  it('reports a missing required key at its parent', () => {
    const [finding, ...rest] = check('missing-key.sla.yaml');
    expect(rest).toEqual([]);
    expect(finding.message).toBe("missing required key 'target' in metrics[0]");
    expect(finding.range.start).toEqual({ line: 18, column: 5 });
  });

  it.each([
    ['bad-duration', "26:13 expected a limit like 30m, 8h, '3 business days' or '2 business days by 17:00', got '8 hours'"],
    ['bad-target', "25:13 expected a target like '>= 99.5%', '<= 600ms' or '>= 100', got 'at least 99.9%'"],
    ['bad-credit', '27:36 expected a percentage like 10%, or a mapping like { times: 10, of: downtime } or { amount: 50, per: item }, got 10'],
    ['bad-enum', "24:13 expected one of day, week, month, quarter, year at metrics[0].period, got 'monthly' (did you mean 'month'?)"],
    ['not-a-number', "11:54 expected a number at services[0].fee.amount, got '12k'"],
    ['not-a-list', "7:10 expected a list at parties, got 'provider'"],
    ['not-a-mapping', '4:7 expected a mapping at term, got 2026'],
    ['unsupported-version', '1:6 unsupported format version 2 at sla: this version of sla reads version 1'],
    ['bad-comparison', "24:32 expected a number at metrics[0].good.latency_ms.lte, got 'fast'"],
  ])('says what was expected and what was found: %s', (name, expected) => {
    expect(brief(`${name}.sla.yaml`)).toEqual([expected]);
  });

  it('reports the value range of a bad value', () => {
    const [finding] = check('bad-duration.sla.yaml');
    expect(finding.range).toEqual({ start: { line: 26, column: 13 }, end: { line: 26, column: 20 } });
  });

  it('reports one error for a union value, from the branch its shape fits', () => {
    expect(brief('window-typo.sla.yaml')).toEqual(["24:15 unknown key 'outsid' in metrics[0].window (did you mean 'outside'?)"]);
    expect(brief('maintenance-window-typo.sla.yaml')).toEqual([
      "14:21 unknown key 'evry' in maintenance.windows[0] (did you mean 'every'?)",
    ]);
    expect(brief('bad-maintenance-window.sla.yaml')).toEqual([
      "14:28 expected a weekly time like 'sun 02:00-04:00' or 'mon-fri 22:00-23:00', got 'sunday 02:00-04:00'",
      "15:47 expected a local date and time like 2026-10-17T22:00, got '2026-02-28'",
    ]);
  });

  it('names the allowed shapes when a union value fits none of them', () => {
    expect(brief('window-shape.sla.yaml')).toEqual([
      '24:13 expected a calendar name like office or a mapping like { outside: office }, got 5',
    ]);
  });

  it('reports bad keys of open maps at the key, and bad values inside lists', () => {
    expect(brief('bad-day.sla.yaml')).toEqual([
      "15:7 invalid key 'monday-fri' in calendars.office.hours: expected days like mon-fri, sat or mon,wed",
      '16:28 expected hours like 08:00-18:00 (several separated by commas), got 5',
    ]);
    expect(brief('bad-condition-shape.sla.yaml')).toEqual([
      '24:21 metrics[0].where.route must have at least one of lt, lte, gt, gte, ne, in, notIn',
      "24:36 unknown key 'eu' in metrics[0].where.region",
    ]);
  });

  it('reports empty text, empty lists and numbers out of range', () => {
    expect(brief('empty-and-limits.sla.yaml')).toEqual([
      '3:8 title must not be empty',
      '10:11 services must list at least one item',
      '23:17 expected a number > 0 at metrics[0].percentile, got 0',
      '24:26 expected a number >= 1 at metrics[0].earnBack.periods, got 0',
    ]);
  });

  it('reports several mistakes in document order, one finding each', () => {
    expect(brief('several.sla.yaml')).toEqual([
      "2:1 unknown key 'owner' at the top level",
      "7:11 expected a three-letter currency code like EUR or USD, got 'euro'",
      "25:13 expected one of day, week, month, quarter, year at metrics[0].period, got 'weekly' (did you mean 'week'?)",
      "27:5 unknown key 'unti' in metrics[0] (did you mean 'unit'?)",
    ]);
  });

  it('reports a missing top-level key at the start of the file', () => {
    const doc = loadDocument(Buffer.from('sla: 1\nid: x\n'), 'x.sla.yaml');
    const findings = validateAgreement(doc);
    expect(findings.map((f) => f.message)).toEqual([
      "missing required key 'title' at the top level",
      "missing required key 'term' at the top level",
      "missing required key 'timezone' at the top level",
      "missing required key 'parties' at the top level",
      "missing required key 'services' at the top level",
      "missing required key 'metrics' at the top level",
    ]);
    for (const f of findings) expect(f.range).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
  });

  it('says nothing about a file that did not parse', () => {
    const doc = loadDocument(Buffer.from('sla: 1\nsla: 2\n'), 'x.sla.yaml');
    expect(doc.data).toBeNull();
    expect(validateAgreement(doc)).toEqual([]);
  });
});

describe('one mistake, one finding', () => {
  const reference = parse(readFileSync(join(FIXTURES, '../reference/managed-hosting.sla.yaml'), 'utf8'), { version: '1.2' });
  const OPEN_MAPS = new Set(['calendars', 'data', 'definitions', 'where', 'good', 'columns', 'limits', 'hours']);
  /** Swaps the first two neighbouring letters that differ: one edit, always a change. */
  const swap = (word: string) => {
    const i = [...word].findIndex((c, j) => j + 1 < word.length && c !== word[j + 1]);
    return i < 0 ? word + 'x' : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  };

  type Edit = { path: (string | number)[]; kind: 'key' | 'value' };
  function* edits(node: unknown, path: (string | number)[] = []): Generator<Edit> {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) yield* edits(item, [...path, i]);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        yield { path: [...path, key], kind: 'key' };
        yield* edits(value, [...path, key]);
      }
    } else if (typeof node === 'string') {
      yield { path, kind: 'value' };
    }
  }

  function apply(edit: Edit): unknown {
    const data = structuredClone(reference);
    let parent = data;
    for (const part of edit.path.slice(0, -1)) parent = parent[part];
    const last = edit.path[edit.path.length - 1];
    if (edit.kind === 'value') {
      parent[last] = swap(parent[last]);
    } else {
      // rename the key in place, keeping the order of its siblings
      const entries = Object.entries(parent).map(([k, v]) => [k === last ? swap(String(k)) : k, v]);
      for (const k of Object.keys(parent)) delete parent[k];
      Object.assign(parent, Object.fromEntries(entries));
    }
    return data;
  }

  const all = [...edits(reference)];

  it('gives at most one finding for any single typo in a key or a text value', () => {
    expect(all.length).toBeGreaterThan(300);
    const noisy: string[] = [];
    const silentKeys: string[] = [];
    for (const edit of all) {
      const text = stringify(apply(edit));
      const findings = validateAgreement(loadDocument(Buffer.from(text), 'x.sla.yaml'));
      const where = `${edit.kind} ${edit.path.join('.')}`;
      if (findings.length > 1) noisy.push(`${where}: ${findings.map((f) => f.message).join(' / ')}`);
      const parentKey = edit.path[edit.path.length - 2];
      if (edit.kind === 'key' && findings.length === 0 && !OPEN_MAPS.has(String(parentKey))) silentKeys.push(where);
    }
    expect(noisy).toEqual([]);
    expect(silentKeys).toEqual([]);
  });

  it('gives at most one finding for any one key left out, and one for every required key', () => {
    const noisy: string[] = [];
    let missing = 0;
    for (const edit of all.filter((e) => e.kind === 'key')) {
      const data = structuredClone(reference);
      let parent = data;
      for (const part of edit.path.slice(0, -1)) parent = parent[part];
      delete parent[edit.path[edit.path.length - 1]];
      const findings = validateAgreement(loadDocument(Buffer.from(stringify(data)), 'x.sla.yaml'));
      if (findings.length > 1) noisy.push(`${edit.path.join('.')}: ${findings.map((f) => f.message).join(' / ')}`);
      if (findings.length === 1) {
        expect(findings[0].message).toMatch(/^missing required key '[^']+' (in|at) |must have at least one of/);
        missing++;
      }
    }
    expect(noisy).toEqual([]);
    expect(missing).toBeGreaterThan(100);
  });
});

describe('suggest', () => {
  it('finds the closest candidate within one edit per three characters', () => {
    expect(suggest('trget', ['id', 'target', 'warning'])).toBe('target');
    expect(suggest('monthly', ['day', 'week', 'month', 'quarter', 'year'])).toBe('month');
    expect(suggest('titel', ['title', 'type'])).toBe('title');
    expect(suggest('Target', ['target'])).toBe('target');
  });

  it('suggests nothing that is too far away or identical', () => {
    expect(suggest('id', ['to'])).toBeUndefined();
    expect(suggest('owner', ['sla', 'title', 'term', 'metrics'])).toBeUndefined();
    expect(suggest('target', ['target'])).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
  });

  it('prefers the nearer candidate, then the earlier one', () => {
    expect(suggest('wek', ['week', 'weak'])).toBe('week');
    expect(suggest('mont', ['monte', 'month'])).toBe('monte');
    expect(suggest('periods', ['period', 'periodic'])).toBe('period');
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(distance('titel', 'title')).toBe(1);
    expect(distance('abc', 'abc')).toBe(0);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('kitten', 'sitting')).toBe(3);
  });
});
