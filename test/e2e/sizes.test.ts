import * as fs from 'fs';
import * as path from 'path';
import {
  creditTiers,
  dailyPeriods,
  definitions,
  farYear,
  holidayCalendar,
  manyMetrics,
  measureSla,
  nestedTemplate,
  removeTempDirs,
  tinySlices,
  unknownKeys,
  type Case,
  type Measured,
} from '../helpers/sizes';

/*
 * Issue 8, hostile input, sizes: inputs large in one dimension, through the
 * built binary. A size either runs in time and memory linear in it (doubling
 * it at most about doubles the work beyond start-up; quadratic would
 * quadruple it) or is refused up front, at once, with the limit named.
 * No absolute time limits: every bound is relative to a run in this test.
 */

const STACK = /\n\s+at .+:\d+:\d+/;

function clean(r: Measured): void {
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
}

/** A small run of the same command: start-up, reading a small agreement. */
let base: Measured;
beforeAll(() => {
  const c = manyMetrics(1);
  base = measureSla(['evaluate', c.agreement, '--as-of', '2027-01-01', '--format', 'json'], c.dir);
  base = [base, measureSla(['evaluate', c.agreement, '--as-of', '2027-01-01', '--format', 'json'], c.dir)].reduce((a, b) => (a.seconds < b.seconds ? a : b));
});

/** Work beyond start-up, in seconds and MB. */
const work = (r: Measured) => ({ seconds: Math.max(r.seconds - base.seconds, 0.05), mb: Math.max(r.rssMb - base.rssMb, 20) });

/**
 * Runs `run(n)` and `run(2n)` and expects the work to grow at most 3 times
 * (linear: 2, quadratic: 4), in time and in memory; when the first pair is
 * slower than that (the machine is shared), each size runs up to twice more
 * and its fastest run counts.
 */
function expectLinear(run: (n: number) => Measured, n: number, check: (r: Measured) => void = (r) => expect(r.code).toBeLessThan(2)): void {
  let small = run(n);
  let large = run(2 * n);
  for (const r of [small, large]) {
    check(r);
    clean(r);
  }
  const ratio = () => work(large).seconds / work(small).seconds;
  for (let round = 0; round < 2 && ratio() >= 3; round++) {
    const [s2, l2] = [run(n), run(2 * n)];
    if (s2.seconds < small.seconds) small = s2;
    if (l2.seconds < large.seconds) large = l2;
  }
  const growth = { time: ratio(), memory: work(large).mb / work(small).mb };
  if (growth.time >= 3 || growth.memory >= 3) console.log({ growth, base, small: { ...small, stdout: '', stderr: '' }, large: { ...large, stdout: '', stderr: '' } });
  expect(growth.time).toBeLessThan(3);
  expect(growth.memory).toBeLessThan(3);
}

/** A refusal: exit 2, the limit named, no stack, and no slower than `baseline` (an accepted run of the same input) by much. */
function expectRefused(r: Measured, message: RegExp, baseline: Measured = base): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.startsWith('sla: ')).toBe(true);
  clean(r);
  expect(r.seconds).toBeLessThan(3 * baseline.seconds + 1);
}

afterAll(removeTempDirs);

const evaluate = (c: Case, ...flags: string[]) => measureSla(['evaluate', c.agreement, '--as-of', '2100-01-01', ...flags], c.dir);

describe('sizes that run in linear time and memory (built binary)', () => {
  it.each(['lint', 'evaluate', 'render'])('credit tiers (2,500 and 5,000): %s', (command) => {
    const flags = command === 'evaluate' ? ['--as-of', '2027-01-01'] : [];
    expectLinear((n) => {
      const c = creditTiers(n);
      return measureSla([command, c.agreement, ...flags], c.dir);
    }, 2500);
  });

  it.each(['table', 'html'])('metrics (1,250 and 2,500): evaluate --format %s', (format) => {
    expectLinear((n) => evaluate(manyMetrics(n), '--format', format), 1250);
  });

  it('unknown top-level keys (2,500 and 5,000): lint reports each with its line', () => {
    expectLinear(
      (n) => {
        const c = unknownKeys(n);
        return measureSla(['lint', c.agreement], c.dir);
      },
      2500,
      (r) => {
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/^ +\d+:1 +error +unknown key 'unknown0' at the top level +schema$/m);
      },
    );
  });

  it.each(['lint', 'render'])('definitions (10,000 and 20,000): %s', (command) => {
    expectLinear((n) => {
      const c = definitions(n);
      return measureSla([command, c.agreement], c.dir);
    }, 10_000);
  });

  it.each(['table', 'json', 'md', 'html', 'junit'])('daily periods over a 25- and a 50-year term: --format %s', (format) => {
    expectLinear((years) => evaluate(dailyPeriods(years), '--format', format), 25);
  });

  it('daily periods over a 100-year term, as a table', () => {
    const r = evaluate(dailyPeriods(100));
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('│ m0 ')).length).toBe(36_525);
    clean(r);
  });

  it('1,440 one-minute ranges a day with a holiday on every day of a 10-, 20- and 100-year term', () => {
    expectLinear((years) => evaluate(holidayCalendar(years), '--format', 'json'), 10);
    const r = evaluate(holidayCalendar(100), '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals.noData).toBe(1200);
  });

  it('a naive timestamp in year 9999 costs what one in 2026 does', () => {
    const near = evaluate(farYear(2026));
    const far = evaluate(farYear(9999));
    expect(far.code).toBe(0);
    clean(far);
    expect(far.seconds).toBeLessThan(3 * near.seconds + 1);
  });
});

describe('sizes refused up front, with the limit named (built binary)', () => {
  it('--as-of beyond 9998', () => {
    const c = farYear(2026);
    expectRefused(measureSla(['evaluate', c.agreement, '--as-of', '9999-12-31T23:59:59Z'], c.dir), /^sla: --as-of: 9999-12-31T23:59:59Z is outside the years sla reads times in, 1000 to 9998\n$/);
  });

  it('a term in year 9999: lint says where, evaluate refuses', () => {
    const c = farYear(2026);
    fs.writeFileSync(c.agreement, fs.readFileSync(c.agreement, 'utf8').replace('end: 2026-12-31', 'end: 9999-12-31'));
    const lint = measureSla(['lint', c.agreement], c.dir);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('4:33  error  term.end 9999-12-31 is outside the years sla reads dates in, 1000 to 9998  term-order');
    expectRefused(evaluate(c), /a\.sla\.yaml:4:33: term\.end 9999-12-31 is outside the years sla reads dates in, 1000 to 9998 \(term-order\)/);
  });

  it('a slice of PT0.001S over a year: lint says where, evaluate refuses even with the rule off', () => {
    const c = tinySlices('PT0.001S');
    const lint = measureSla(['lint', c.agreement], c.dir);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain("29:12  error  metric 'uptime': slice 'PT0.001S' would cut a year into more than 1,000,000 slices; a year takes a slice of at least 32s  slice-length");
    expectRefused(evaluate(c), /a\.sla\.yaml:29:12: metric 'uptime': slice 'PT0\.001S' would cut a year into more than 1,000,000 slices/);
    fs.writeFileSync(path.join(c.dir, '.slarc.yaml'), 'root: true\nrules:\n  slice-length: off\n');
    expectRefused(evaluate(c), /^sla: metric 'uptime': slice 'PT0\.001S' cuts period 2026 into 31,536,000,000 slices; sla evaluate takes at most 1,000,000 slices a period/);
  });

  it('1-minute slices of daily periods over 40 years: more than 20,000,000 slices in the run', () => {
    const c = tinySlices('1m', 'day');
    fs.writeFileSync(c.agreement, fs.readFileSync(c.agreement, 'utf8').replace('end: 2026-12-31', 'end: 2065-12-31'));
    const narrow = evaluate(c, '--from', '2026-01', '--to', '2026-01');
    expect(narrow.code).toBeLessThan(2);
    expectRefused(evaluate(c), /^sla: this run has 21,038,400 slices .*; sla evaluate takes at most 20,000,000 per run: evaluate part of the term with --from and --to/, narrow);
  });

  it('10 daily metrics over 100 years: more than 200,000 metric periods; an existing --out file is left as it was', () => {
    const c = dailyPeriods(100, 10);
    const out = path.join(c.dir, 'report.json');
    fs.writeFileSync(out, 'the last report\n');
    const narrow = evaluate(c, '--from', '2000', '--to', '2000', '--format', 'json');
    expect(narrow.code).toBeLessThan(2);
    const r = evaluate(c, '--format', 'json', '--out', out);
    expectRefused(r, /^sla: this run has 365,250 metric periods \(10 metrics × 36,525 days\); sla evaluate takes at most 200,000 per run: evaluate part of the term with --from and --to, or some metrics with --metric\n$/, narrow);
    expect(fs.readFileSync(out, 'utf8')).toBe('the last report\n');
    expect(fs.readdirSync(c.dir).filter((f) => f.startsWith('report'))).toEqual(['report.json']);
  });

  it('a range every other minute over 100 years: more than 2,000,000 calendar intervals', () => {
    const c = holidayCalendar(100, { step: 2, holidays: false });
    const narrow = evaluate(c, '--from', '2000-01', '--to', '2000-01', '--format', 'json');
    expect(narrow.code).toBe(0);
    expectRefused(evaluate(c), /^sla: calendar 'office' would keep up to 26,303,760 intervals over the 36,525 days evaluated; sla evaluate keeps at most 2,000,000 per calendar/, narrow);
  });

  it('5,000 nested {{#if}} in a custom template', () => {
    const c = nestedTemplate(5000);
    const plain = measureSla(['render', c.agreement], c.dir);
    expect(plain.code).toBe(0);
    const out = path.join(c.dir, 'contract.md');
    const r = measureSla(['render', c.agreement, '--template', path.join(c.dir, 'tpl'), '--out', out], c.dir);
    expectRefused(r, /^sla: template error: .*services\.hbs:1: the template nests blocks and subexpressions more than 32 deep; sla compiles templates nested at most 32 deep\n$/, plain);
    expect(fs.existsSync(out)).toBe(false);
  });
});
