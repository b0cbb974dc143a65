import * as path from 'path';
import { diffAgreements } from '../../src/diff';
import { lifecycleChecks } from '../../src/diff/lifecycle';
import { meaning } from '../../src/diff/normalize';
import { similarity, wordDiff } from '../../src/diff/words';
import { agreement, FIXTURES } from './helpers';

const base = () => agreement(path.join(FIXTURES, 'target-lowered/old.sla.yaml'));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('values are compared by meaning, not text', () => {
  it.each([
    ['Duration', '72h', '3d'],
    ['Duration', 'PT8H', '8h'],
    ['Target', '>= 99.50%', '>=99.5%'],
    ['Percent', '5%', '5.0%'],
    ['Every', 'sat,sun 01:00-02:00', 'sun,sat 01:00-02:00'],
    ['Hours', { 'mon-fri': '08:00-18:00' }, { 'mon,tue,wed': '08:00-18:00', 'thu-fri': ['08:00-12:00', '12:00-18:00'] }],
    ['Markdown', 'Both parties\nreview it.', 'Both parties review it.'],
    [undefined, { a: 1, b: 2 }, { b: 2, a: 1 }],
  ])('%s: %j means %j', (type, a, b) => {
    expect(meaning(type, a)).toBe(meaning(type, b));
  });

  it('reports nothing between an agreement and itself rewritten with other YAML style, key order and anchors', () => {
    const data = base();
    const reordered = Object.fromEntries(Object.entries(clone(data)).reverse()) as Data;
    reordered.maintenance.notice = '120h';
    reordered.metrics[0].target = '>=99.90%';
    expect(diffAgreements(data, reordered).changes).toEqual([]);
  });

  it('tells a stricter comparison from a lower number', () => {
    const a = base();
    const b = clone(a) as Data;
    b.metrics[2].target = '< 600ms';
    expect(diffAgreements(a, b).changes.map((c) => c.kind)).toEqual(['target-made-strict']);
  });
});

describe('list items', () => {
  it('are matched by id, whatever their order', () => {
    const a = base();
    const b = clone(a) as Data;
    b.metrics.reverse();
    b.services.reverse();
    expect(diffAgreements(a, b).changes).toEqual([]);
  });

  it('match credit tiers by threshold, then by credit', () => {
    const a = base();
    const b = clone(a) as Data;
    b.metrics[0].credits.reverse();
    expect(diffAgreements(a, b).changes).toEqual([]);
    b.metrics[0].credits[0].when = '< 98%';
    expect(diffAgreements(a, b).changes.map((c) => [c.kind, c.path])).toEqual([['tier-narrowed', 'metrics[uptime].credits[< 98%].when']]);
  });

  it('fold the children of an added or removed item into it', () => {
    const a = base();
    const b = clone(a) as Data;
    b.metrics = b.metrics.filter((m: Data) => m.id !== 'uptime');
    const changes = diffAgreements(a, b).changes;
    expect(changes.map((c) => c.kind)).toEqual(['metric-removed']);
    expect(changes[0].newAt).toEqual(['metrics']);
  });

  it('are renamed (probable) when a unique pair is at least 60% alike, and compared inside', () => {
    const a = base();
    const b = clone(a) as Data;
    b.metrics[2].id = 'latency-p95';
    b.metrics[2].target = '<= 800ms';
    const changes = diffAgreements(a, b).changes;
    expect(changes.map((c) => [c.kind, c.summary])).toEqual([
      ['renamed', 'latency → latency-p95 (probable)'],
      ['target-lowered', 'at most 600ms → at most 800ms'],
    ]);
  });

  it('pair prose by similarity and show a word diff', () => {
    const a = base();
    const b = clone(a) as Data;
    b.exclusions[0] = 'Force majeure events as defined in the master services agreement.';
    const [change] = diffAgreements(a, b).changes;
    expect(change.kind).toBe('clause-reworded');
    expect(change.words).toEqual([
      { op: 'same', text: 'Force majeure events as defined in the master ' },
      { op: 'ins', text: 'services ' },
      { op: 'same', text: 'agreement.' },
    ]);
  });
});

describe('words', () => {
  it('diffs word by word and rebuilds both texts', () => {
    const d = wordDiff('a quick brown fox', 'a slow brown dog');
    expect(d.filter((s) => s.op !== 'ins').map((s) => s.text).join('')).toBe('a quick brown fox');
    expect(d.filter((s) => s.op !== 'del').map((s) => s.text).join('')).toBe('a slow brown dog');
  });

  it('measures similarity as shared words', () => {
    expect(similarity('one two three four five', 'one two three four six')).toBeCloseTo(0.8);
    expect(similarity('alpha', 'omega')).toBe(0);
  });
});

describe('effects in numbers', () => {
  it('allowed downtime per month of 24x7 for 99.9% → 99.5% is 44m 38.4s → 3h 43m 12s in January', () => {
    const a = base();
    const b = clone(a) as Data;
    // the tiers move with the target, so that both sides are valid
    b.metrics[0].target = '>= 99.5%';
    b.metrics[0].warning = '< 99.7%';
    b.metrics[0].credits[0].when = '< 99.5%';
    const target = diffAgreements(a, b).changes.find((c) => c.kind === 'target-lowered');
    expect(target?.effects).toEqual([
      { measure: 'allowed-downtime', before: '2678400', after: '13392000', unit: 'ms', text: 'allowed downtime in 2026-01 (24x7): 44m 38.4s → 3h 43m 12s' },
    ]);
  });

  it('the largest credit in money: the largest tier, capped, of the service fee', () => {
    const a = base();
    const b = clone(a) as Data;
    b.credits.cap = '20%';
    const [cap] = diffAgreements(a, b).changes;
    expect(cap.kind).toBe('cap-lowered');
    expect(cap.effects.map((e) => [e.before, e.after, e.unit])).toEqual([['2500', '2000', 'EUR']]);
  });
});

describe('lifecycle checks', () => {
  const lowered = () => {
    const a = base();
    const b = clone(a) as Data;
    b.metrics[2].target = '<= 800ms';
    return { a, b };
  };

  it('an unfavourable change without a new major version is reported; a major bump clears it', () => {
    const { a, b } = lowered();
    expect(diffAgreements(a, b).checks.map((c) => c.id)).toEqual(['major-version-not-raised']);
    b.version = '2.0.0';
    expect(diffAgreements(a, b).checks).toEqual([]);
  });

  it('draft agreements are exempt', () => {
    const { a, b } = lowered();
    b.status = 'draft';
    const result = diffAgreements(a, b);
    expect(result.checks).toEqual([]);
    expect(result.draft).toBe(true);
  });

  it('a change that takes effect sooner than the amendment notice is reported (keys proposed, not yet in the format)', () => {
    const { a, b } = lowered();
    b.version = '2.0.0';
    b.review = { ...b.review, amendmentNotice: '30d' };
    b.effective = '2026-03-10';
    const changes = diffAgreements(a, b).changes;
    expect(lifecycleChecks(a, b, changes, { today: '2026-03-01' }).map((c) => c.message)).toEqual([
      '1 change unfavourable to the customer taking effect in 9 days (2026-03-10), sooner than the amendment notice of 30d',
    ]);
    expect(lifecycleChecks(a, b, changes, { today: '2026-02-01' })).toEqual([]);
  });
});
