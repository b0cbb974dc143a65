import { markdownlint, referenceFile, REFERENCES, render, vnuErrors } from './helpers';

const docs: Record<string, { md: string; html: string }> = {};

beforeAll(async () => {
  for (const name of REFERENCES) {
    docs[name] = { md: await render(referenceFile(name)), html: await render(referenceFile(name), { format: 'html' }) };
  }
});

/** The text a reader sees in the HTML: tags dropped, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&#x3D;/g, '=')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Markdown with escapes and line wrapping undone, for searching. */
function plain(md: string): string {
  return md.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
}

const FACTS: Record<string, string[]> = {
  'managed-hosting': [
    'WD-MH-2026-014', 'Version: 2.1.0', 'Warp Development GmbH', 'Speicherstraße 12, 20457 Hamburg, Germany', 'Jana Kühn', 'jana.kuehn@warp.example',
    'Acme Retail Ltd', 'Tom Ashby', '1 January 2026 to 31 December 2026', 'at least 60 days before the end of the term',
    'how its quality is **measured**', 'Keep the web shop available during business hours.',
    'Web shop hosting', 'Application servers', 'Third-party payment gateways', '€12,000.00 per month', 'Concurrent users: 5,000', '€3,000.00 per month',
    'Business-hours availability', 'at least 99.5%', 'below 99.7%', 'Mon–Fri 08:00–18:00', 'Europe/Berlin', 'maintenance windows (section 5) is not counted',
    'Off-hours availability', 'the time outside Office hours', 'latency_ms is at most 800 and status is below 500', 'route is /checkout',
    '95th percentile (nearest rank) of latency_ms', 'at most 600 ms', 'priority is P1', 'at most 30 minutes, around the clock',
    'priority is P2 or P3', '8 hours of Support hours (Mon–Fri 07:00–19:00, Sat 09:00–13:00, Europe/London)', '“customer-waits” data',
    '150 hours of Office hours', 'Good Friday', '6 April 2026', 'German Unity Day', 'Boxing Day',
    'at least 5 days ahead', 'every Sunday, 02:00–04:00', '17 October 2026, 22:00 to 18 October 2026, 06:00',
    'only the largest credit applies', 'capped at 30%', 'within 30 days', "By e-mail to the provider's Service Manager.",
    '€600.00', '€1,200.00', '€3,000.00', '25%', 'met in each of the next 2 months',
    'Change specifications on time', 'Changes deployed on time (section 3) is excused',
    'Operate and monitor the hosting platform around the clock.', 'Deliver change specifications within 10 business days of a request.',
    'Service Desk', 'Managing Director', 'After 4 hours', 'After 2 days', 'Immediately',
    'Monthly', 'Within 10 days after the end of each month', 'Ticket statistics', 'Credits owed',
    'reviewed quarterly', 'following the notice rules below', 'Force majeure events', 'steering committee', 'holds the customer harmless',
    'must be given in writing', 'deemed received 5 working days after it is sent', 'by 16:00 (Europe/Berlin time)', 'next working day',
    'Business Hours', 'does not answer health checks from two regions', 'Master Services Agreement WD-MSA-2024-003', 'https://warp.example/itil/incident',
    'data/incidents.csv', 'start = started_at', 'Approvals', '15 December 2025', '18 December 2025', 'IT Lead',
  ],
  'marketing-sales': [
    'INT-OLA-007', 'Lead Handover Agreement', 'Marketing Department', 'Sales Department', 'January 1, 2026 to December 31, 2026',
    'Sales aims for $10,000 of new revenue a month', 'Qualified lead generation', 'CRM synchronisation',
    'The number of leads where qualified is yes', 'at least 100', 'The mean of expected_value_usd', 'at least 500',
    'the sum of ok over the sum of attempts', 'per ISO week', 'at least 99.9%', 'Sales follows up qualified leads',
    '16 hours of Workdays (Mon–Fri 09:00–17:00, America/New_York', 'Independence Day (observed)', 'July 3, 2026', 'Thanksgiving Day', 'November 26, 2026',
    'pre-aggregated counts', 'data/sync-counts.csv',
  ],
  'saas-platform': [
    'NSC-SLA-2026', 'Version: 4.0.0', 'Service-based', 'Northstar Software, Inc.', '500 Harbor Way, Seattle, WA 98104, United States', 'sla@northstar.example',
    'Each customer with a paid Premium subscription', 'Claim service credits within 30 days', 'Web workspace', 'Mobile apps', '$1,000.00 per month',
    '$500.00 per month', '$6,000.00 per quarter', 'The share of minutes in which at least 95% of web requests', 'slices of 5 minutes',
    'status is below 500', 'route is not /v1/health', 'more than 99.9%', 'at most 99.9%', '$600.00', '$1,500.00', 'per calendar quarter',
    'at least 72 hours ahead', 'every Sunday, 03:00–04:00', 'February 28, 2026, 21:00 to February 28, 2026, 23:59',
    'capped at 100%', 'less than $100.00', 'Through the support portal, naming the affected period.', 'Incident Manager', 'After 1 hour',
    'Features labelled beta or preview.', 'Downtime Minute', 'Service Credit', 'Northstar status page', 'https://status.northstar.example',
    'Dana Whitfield', 'VP Customer Success', 'December 1, 2025',
  ],
};

describe.each(REFERENCES)('%s', (name) => {
  it('shows every key fact in Markdown and HTML', () => {
    const md = plain(docs[name].md);
    const html = visible(docs[name].html);
    for (const fact of FACTS[name]) {
      expect(md).toContain(fact);
      if (fact.startsWith('https://')) expect(docs[name].html).toContain(`href="${fact}"`);
      else expect(html).toContain(fact.replace(/\*\*/g, '').replace('Version: ', 'Version '));
    }
  });

  it('numbers its sections continuously and lists them in the contents', () => {
    const headings = [...docs[name].md.matchAll(/^## (\d+)\. (.+)$/gm)].map((m) => Number(m[1]));
    expect(headings).toEqual(headings.map((_, i) => i + 1));
    for (const n of headings) expect(docs[name].md).toMatch(new RegExp(`^- \\[${n}\\. `, 'm'));
  });

  it('is deterministic', async () => {
    expect(await render(referenceFile(name))).toBe(docs[name].md);
    expect(await render(referenceFile(name), { format: 'html' })).toBe(docs[name].html);
  });

  it('passes markdownlint with its default rules', () => {
    expect(markdownlint(docs[name].md)).toEqual([]);
  });
});

it('is valid HTML for the Nu Html Checker', () => {
  expect(vnuErrors(Object.fromEntries(REFERENCES.map((n) => [n, docs[n].html])))).toBe('');
}, 120_000);

it('writes the HTML as one self-contained file with a print stylesheet', () => {
  const html = docs['managed-hosting'].html;
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
  expect(html).not.toMatch(/<(link|script|img)\b/i);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!warp\.example\/itil)/);
  expect(html).toContain('size: A4;');
  expect(docs['saas-platform'].html).toContain('size: Letter;');
  expect(html).toContain('@bottom-center { content: "Page " counter(page)');
  expect(html).toMatch(/tr, li, dd \{ break-inside: avoid; \}/);
  expect(html).toContain('thead { display: table-header-group; }');
  expect(html).toContain('<th scope="col">Metric</th>');
});
