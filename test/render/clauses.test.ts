import * as fs from 'fs';
import * as path from 'path';
import { loadDocument } from '../../src/core/load';
import type { Agreement } from '../../src/core/model';
import { findBrowser, withBrowserPage } from '../../src/io/browser';
import { buildView } from '../../src/render/view/build-view';
import { FIXTURES, markdownlint, render, ROOT, vnuErrors } from './helpers';

// The clauses of real contracts (docs/semantics.md), each in words generated from its definition.
const file = path.join(FIXTURES, 'clauses/clauses.sla.yaml');
const load = (): Agreement => loadDocument(fs.readFileSync(file), file).data as unknown as Agreement;

/** Markdown with escapes and line wrapping undone, for searching. */
const plain = (md: string): string => md.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');

let md = '';
let html = '';
beforeAll(async () => {
  md = await render(file);
  html = await render(file, { format: 'html' });
});

describe('the words of each clause', () => {
  it.each([
    ['effective date', 'Effective from: July 1, 2026'],
    ['credit base from charges of the previous period', 'Credit base: the charges the customer paid for Compute for the period before the credited one (of the same kind and length), as recorded in the “billing” data where product is compute.'],
    ['per-resource', 'Each instance (named in the “instance” column) is measured and credited on its own.'],
    ['per-resource credits from own charges', 'Each instance is credited on its own, from its own charges (the rows whose resource names it).'],
    ['deployed time', 'Only the time in which each instance is deployed is measured, as recorded in the “deployments” data.'],
    ['downtime minimum', 'A stretch of downtime shorter than 5 minutes does not count.'],
    ['downtime unit', 'Downtime is counted in whole minutes: each stretch\'s downtime in the period is rounded down to a whole number of minutes.'],
    ['composite k of n', 'Compute is down only while at least 2 of its 3 components named in the “zone” column are down at once.'],
    ['weights', 'Downtime counts by the share of the service affected, from the “affected” column (a number from 0 to 1, or a percentage); where stretches overlap, the largest share counts.'],
    ['exclusions from data with a budget', 'the times recorded in the “scheduled” data (up to 10 hours per calendar year, taken in time order; beyond that, downtime counts) is not counted'],
    ['excludeFromWindow, customer-planned', 'The time of the freeze maintenance window (planned by the customer) is left out of the measured time and of the downtime altogether.'],
    ['empty slices down', 'a minute without requests counts as down.'],
    ['signals', 'It is also down whenever the “inoperable” data records downtime.'],
    ['slice means', 'The mean, over the hours, of the share of requests that succeed in each hour, each hour weighted by its measured time, measured per calendar month from the “requests” data; an hour without requests is left out.'],
    ['business-day limit', 'within 3 business days, counted in Office hours'],
    ['business-day rule', "A business day is a day with Office hours. N business days from a time once a day's hours have begun (within Office hours, or after they end) end on the N-th business day after"],
    ['pause filters', 'time in which an item is paused, as recorded in the “status-log” data where status is pending or on-hold, is not counted'],
    ['clocks', 'The share of time limits met, pooled over all clocks of all tickets: response from opened_at to responded_at and resolution from opened_at to resolved_at (time limits in the table below)'],
    ['per-column limits', 'within the time limit for their priority (table below)'],
    ['customer-owned maintenance', 'freeze: every Saturday, 00:00–06:00 (America/New_York), planned by the customer'],
    ['zero notice', 'The provider may carry out scheduled maintenance without notice. Windows planned by the customer need no notice from the provider.'],
    ['general intro', 'A breached service level earns the largest credit among its tiers that apply, in money; a percentage is a share of the credit base of the affected service for the period.'],
    ['combine per resource', 'the credits are added together (for a per-resource metric, resource by resource).'],
    ['cap in percent over a year', 'are capped at 50% of the sum of its credit bases in each calendar year.'],
    ['cap in money over the term', 'are capped at $5,000.00 over the whole term.'],
    ['cap in days of service', 'are capped at the price of 90 days of service in each calendar quarter: the credit base over the quarter × 90 ÷ the number of days in the quarter.'],
    ['rolling cap', 'over any twelve months in a row (the twelve months that end with the credited period).'],
    ['minimum condition', 'Only credits of more than $1.00 are issued; the test applies to the credit for each service, period and resource on its own.'],
    ['claim in business days after the incident', 'Credits must be claimed by the end of the 10th business day of Office hours (a day with hours in that calendar, see section 4) after the end of the first incident in the affected period'],
    ['fee conversion', 'A fee or charge paid for a billing period within the credited period counts in full; one paid for a longer billing period counts in equal parts, one for each credited period in it (a quarterly fee is three equal monthly parts).'],
    ['bands', '| below 99.5% and at least 99% | 10% | – |'],
    ['band of more than and below', 'When the value is more than 99% and below 99.9%: 10 times what the customer paid for the downtime.'],
    ['multiple of the downtime beyond the target', 'When the value is at most 99%: 10 times what the customer paid for the downtime beyond what the target allows.'],
    ['what was paid for the downtime', 'What the customer paid for the downtime is the fee for the quarter × the downtime in the quarter (as measured in the service levels) ÷ the length of the quarter.'],
    ['the allowance of the target', 'The downtime beyond what the target allows is the downtime in excess of 0.1% of the measured time (none, when the downtime is less).'],
    ['converted fee', 'Credits are a share of the fee, which is paid per month; the rules above say how it counts towards a quarter.'],
    ['fixed per incident', 'When the value is below 99.99%: $50.00 per incident.'],
    ['incidents', 'An incident is a stretch of downtime (all its sources joined, excluded time left out) with downtime in the month\'s measured time.'],
    ['fixed per item', '$25.00 per item that missed its time limit'],
    ['fixed per day late', '$10.00 per started day by which an item missed its time limit'],
    ['zero due', 'Due: At the end of each month'],
    ['amendment notice', 'A change that is unfavourable to the customer is announced at least 30 days before it takes effect.'],
    ['charges data', 'billing: amounts paid per billing period, one row per amount'],
  ])('%s', (_what, words) => {
    expect(plain(md)).toContain(words);
    // the HTML lays labels, tiers and tables out in cells: compare the words without the layout's punctuation
    const bare = (s: string): string => s.replace(/When the value is /g, '').replace(/[|:.]/g, ' ').replace(/\s+/g, ' ').trim();
    expect(bare(html.replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=').replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' '))).toContain(bare(words));
  });

  it('lays out limits by column as a table per value, and several clocks with a column per clock', () => {
    expect(md).toContain('| Priority | Time limit |\n| --- | --- |\n| urgent | 30 minutes |\n| high | 72 hours |\n| any other | by 17:00, 2nd business day after |');
    expect(plain(md)).toContain("Time limits of Response by priority, by priority, each from the item's start:");
    expect(md).toContain('| Priority | Response | Resolution |\n| --- | --- | --- |\n| urgent | 30 minutes | 4 hours |\n| high | 45 minutes | 3 business days |\n| any other | 1 business day | 5 business days |');
    expect(html).toContain('<caption>Time limits of Pooled targets, by priority, each from its clock&#x27;s start</caption>');
    expect(html).toContain('<tr><th scope="row">high</th><td>45 minutes</td><td>3 business days</td></tr>');
  });

  it('never says "3 days" for a limit of 3d counted in business hours, nor "0 minutes" for no notice', () => {
    expect(md).not.toMatch(/\b3 days\b/);
    expect(md).not.toMatch(/\b0 minutes/);
    expect(md).toContain('| high | 72 hours |');
  });

  it('reflows hand-wrapped prose and keeps its lists and tables; identifiers keep their underscores', () => {
    expect(md).toContain('This purpose was copied from a PDF, so its lines break where the page did and\nnot where a sentence ends; it names first_response_at and ticket_id as they are\nwritten in the data.');
    expect(md).toContain('- A list item that wraps onto a second line.\n- A second item.');
    expect(md).toContain('| first_response_at | when the first answer was sent |');
    expect(md).not.toContain('\\_');
    expect(html).toContain('<td>first_response_at</td>');
  });
});

describe('the rendered documents', () => {
  it('pass markdownlint with its default rules', () => {
    expect(markdownlint(md)).toEqual([]);
  });

  it('are valid HTML for the Nu Html Checker', () => {
    expect(vnuErrors({ clauses: html })).toBe('');
  }, 60_000);

  it('have no serious or critical axe-core violations', async () => {
    const axe = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
    const violations = await withBrowserPage(findBrowser(process.env), async (page) => {
      await page.setBypassCSP(true);
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ path: axe });
      return (await page.evaluate(`(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact })))()`)) as Array<{ id: string; impact: string }>;
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  }, 120_000);
});

/** The measurement sentence of a metric, or a section's field, from the view of a changed agreement. */
function view(change: (a: Agreement) => void) {
  const a = load();
  change(a);
  const v = buildView(a);
  const section = (id: string) => v.sections.find((s) => s.id === id) as unknown as Record<string, unknown>;
  const measured = (id: string): string => {
    const groups = section('service-levels').services as Array<{ metrics: Array<{ id: string; measured: string }> }>;
    return groups.flatMap((g) => g.metrics).find((m) => m.id === id)?.measured ?? '';
  };
  return { section, measured, title: v.title as { facts: Array<{ label: string; value: string }> } };
}

const metric = (a: Agreement, id: string) => a.metrics.find((m) => m.id === id)!;

describe('the words follow each key', () => {
  it.each([
    ['up', undefined, 'a minute without requests counts as up.'],
    ['up, beside a signal', [{ data: 'inoperable' }], 'a minute without requests is not down by this test.'],
    ['excluded', undefined, 'a minute without requests is left out of the measured time.'],
  ] as const)('empty slices %s', (empty, signals, words) => {
    const { measured } = view((a) => {
      const m = metric(a, 'chat-uptime');
      m.emptySlices = empty.startsWith('up') ? 'up' : 'excluded';
      m.signals = signals ? [...signals] : undefined;
    });
    expect(measured('chat-uptime')).toContain(words);
  });

  it('empty slices of a source with a filter are "without any of these" rows', () => {
    const { measured } = view((a) => {
      const m = metric(a, 'chat-uptime');
      m.where = { region: 'eu' };
      m.emptySlices = undefined;
      m.signals = undefined;
    });
    expect(measured('chat-uptime')).toContain('where region is eu succeed, measured per calendar quarter from the “requests” data; a minute without any of these requests counts as up.');
  });

  it('a sliced signal reads as the share that makes a slice down', () => {
    const { measured } = view((a) => {
      metric(a, 'chat-uptime').signals = [{ data: 'requests', slice: '5m', downWhen: '<= 90%', emptySlices: 'down' }, { data: 'inoperable', where: { state: 'down' } }];
    });
    expect(measured('chat-uptime')).toContain(
      'It is also down in every slice in which the share of requests in the “requests” data that succeed is at most 90%, and in every slice without any or whenever the “inoperable” data records downtime where state is down.',
    );
  });

  it.each([
    ['30d', undefined, 'Credits must be claimed within 30 days after the end of the affected period.'],
    ['15 days', undefined, 'Credits must be claimed within 15 calendar days after the end of the affected period.'],
    ['2 months', undefined, 'Credits must be claimed within 2 months after the end of the affected period (until the same day of the month 2 months later, or that month\'s last day).'],
    ['2 periods', undefined, "Credits must be claimed by the end of the 2nd period of the metric's own kind after the affected one."],
    ['0m', undefined, 'Credits must be claimed by the end of the affected period.'],
    ['30d', 'incident', 'Credits must be claimed within 30 days after the end of the first incident in the affected period'],
  ])('claim deadline %s after %s', (within, after, words) => {
    const { section } = view((a) => {
      a.credits!.claim = { within, ...(after ? { after: after as 'incident' } : {}) };
    });
    expect((section('credits').rules as string[]).join(' ')).toContain(words);
  });

  it('a deadline in periods names the period when every credited metric shares it', () => {
    const { section } = view((a) => {
      a.credits!.claim = { within: '1 period' };
      for (const m of a.metrics) m.period = 'month';
    });
    expect(section('credits').rules).toContain('Credits must be claimed by the end of the 1st month after the affected one.');
  });

  it('says prorate, a minimum amount and a cap of the fee in the words of a fee', () => {
    const { section } = view((a) => {
      a.credits = { feeConversion: 'prorate', minimum: 100, cap: '30%' };
      a.services = a.services.map((s) => ({ ...s, base: undefined, fee: s.fee ?? { amount: 1000, per: 'month' } }));
      for (const m of a.metrics) m.per = undefined;
    });
    expect(section('credits').rules).toEqual([
      "The credit for a service and period is capped at 30% of the service's fee for that period.",
      'A credit of less than $100.00 for a service and period is not issued.',
      'A fee or charge paid for another billing period than the credited one counts towards it by time: its amount × the share of the billing period that falls in the credited period.',
    ]);
  });

  it('says "at least" for a minimum of at least an amount', () => {
    const { section } = view((a) => {
      a.credits!.minimum = '>= 50';
    });
    expect((section('credits').rules as string[]).join(' ')).toContain('Only credits of at least $50.00 are issued');
  });

  it.each([
    ['office', '3d', 'that take at most 72 hours of Office hours'],
    ['24x7', '3d', 'that take at most 72 hours, around the clock,'],
    ['office', '1d12h', 'that take at most 36 hours of Office hours'],
    ['office', '2 business days by 17:00', 'that go from opened_at to resolved_at by 17:00 on the 2nd business day after the day it starts, counted in Office hours'],
  ])('a limit measured in %s of %s reads as what is computed', (window, within, words) => {
    const { measured } = view((a) => {
      const m = metric(a, 'resolution');
      m.window = window;
      m.within = within;
    });
    expect(measured('resolution')).toContain(words);
    expect(measured('resolution')).not.toMatch(/\b(3|2) days\b/);
  });

  it('maintenance: notice ahead, windows of the customer, and no notice sentence when only the customer plans', () => {
    const ahead = view((a) => {
      a.maintenance!.notice = '5d';
    });
    expect(ahead.section('maintenance').notice).toBe('The provider announces scheduled maintenance at least 5 days ahead. Windows planned by the customer need no notice from the provider.');
    const customerOnly = view((a) => {
      a.maintenance = { windows: [{ id: 'freeze', every: 'sat 00:00-06:00', owner: 'customer' }] };
    });
    expect(customerOnly.section('maintenance').notice).toBe('Windows planned by the customer need no notice from the provider.');
  });

  it('zero durations elsewhere: renewal notice, amendment notice', () => {
    const { title, section } = view((a) => {
      a.term.renewal = { automatic: true, notice: '0d' };
      a.review!.amendmentNotice = 'PT0S';
    });
    expect(title.facts).toContainEqual({ label: 'Renewal', value: 'Renews automatically for the same term unless either party gives notice before the end of the term.' });
    expect(section('review').amendment).toBe('A change that is unfavourable to the customer may take effect without notice.');
  });
});
