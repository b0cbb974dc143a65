#!/usr/bin/env node
/*
 * Writes examples/broken/*.sla.yaml: `node examples/broken/generate.js`.
 * Each file is one valid agreement (BASE) with ONE common mistake, and a header
 * `# expect: <rule-id> <line>:<column>` per finding that `sla lint` must report.
 * Positions are computed here, from the finished text, so they cannot drift:
 * `at` names the text a finding points at (the first match after `after`).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const BASE = `sla: 1
id: EX-BROKEN-001
title: Shop Hosting Agreement
type: customer
version: 1.0.0
status: draft
term:
  start: 2026-01-01
  end: 2026-12-31
timezone: Europe/Berlin
currency: EUR

parties:
  - { id: provider, role: provider, name: Hosting GmbH }
  - { id: customer, role: customer, name: Shop AG }

services:
  - id: hosting
    name: Shop hosting
    description: Hosting of the web shop.
    fee: { amount: 1000, per: month }

calendars:
  office:
    hours:
      mon-fri: "08:00-18:00"

data:
  incidents:
    kind: intervals
    file: data/incidents.csv
    columns: { start: started_at, end: ended_at }
  tickets:
    kind: items
    file: data/tickets.csv
    columns: { id: ticket }

metrics:
  - id: uptime
    name: Availability in office hours
    service: hosting
    owner: provider
    kind: availability
    data: incidents
    window: office
    period: month
    target: ">= 99.5%"
    credits:
      - { when: "< 99.5%", credit: 5% }
      - { when: "< 99%", credit: 10% }

  - id: response
    name: Ticket response
    service: hosting
    owner: provider
    kind: duration
    data: tickets
    from: opened_at
    to: responded_at
    window: office
    within: 4h
    period: month
    target: ">= 90%"

credits:
  combine: max
  cap: 20%
`;

const CUSTOMER_METRIC = `
  - id: approvals
    name: Customer approves changes on time
    owner: customer
    kind: duration
    data: tickets
    from: requested_at
    to: approved_at
    window: office
    within: 16h
    period: month
    target: ">= 80%"
`;

/** [file, what the mistake is, edits [from, to], expected findings [rule, at, after?]]. */
const CASES = [
  ['typo-key', 'a misspelt key (the schema suggests the right one)',
    [['    description: Hosting', '    descripton: Hosting']],
    [['schema', 'descripton']]],
  ['duration-in-words', "a duration written in words: '8 hours' instead of 8h",
    [['    within: 4h', '    within: 8 hours']],
    [['schema', '8 hours']]],
  ['target-without-unit', 'an availability target without its % sign',
    [['    target: ">= 99.5%"\n    credits:\n      - { when: "< 99.5%", credit: 5% }\n      - { when: "< 99%", credit: 10% }\n', '    target: ">= 99.5"\n']],
    [['target-unit', '">= 99.5"']]],
  ['missing-service', 'a metric that names a service that does not exist (a typo)',
    [['    service: hosting\n    owner: provider\n    kind: availability', '    service: hostng\n    owner: provider\n    kind: availability']],
    [['valid-reference', 'hostng']]],
  ['duplicate-metric-id', 'two metrics with the same id',
    [['  - id: response', '  - id: uptime']],
    [['unique-ids', 'uptime', '  - id: uptime\n    name: Ticket']]],
  ['credit-tier-wrong-way', 'a credit tier pointing the wrong way: credit when the value is above the target',
    [['      - { when: "< 99%", credit: 10% }', '      - { when: "> 99%", credit: 10% }']],
    [['credit-tier-direction', '"> 99%"']]],
  ['credit-tier-not-monotonic', 'a stricter tier (a worse value) that gives a smaller credit',
    [['      - { when: "< 99.5%", credit: 5% }\n      - { when: "< 99%", credit: 10% }', '      - { when: "< 99.5%", credit: 10% }\n      - { when: "< 99%", credit: 5% }']],
    [['credit-tier-monotonic', '5%', '"< 99%"']]],
  ['credit-tier-gap', 'tiers that leave breached values without a credit: nothing between 99% and 99.5%',
    [['      - { when: "< 99.5%", credit: 5% }\n      - { when: "< 99%", credit: 10% }', '      - { when: "< 99%", credit: 5% }\n      - { when: "< 98%", credit: 10% }']],
    [['credit-tier-gap', '"< 99%"']]],
  ['credit-tier-meets-target', 'a tier that also matches values that meet the target (99.5% to 99.8%)',
    [['      - { when: "< 99.5%", credit: 5% }', '      - { when: "< 99.8%", credit: 5% }']],
    [['credit-tier-meets-target', '"< 99.8%"']]],
  ['credits-on-customer-metric', "credits on the customer's own obligation",
    [['\ncredits:\n  combine', `${CUSTOMER_METRIC}    credits:\n      - { when: "< 80%", credit: 5% }\n\ncredits:\n  combine`]],
    [['customer-no-credits', 'credits:\n      - { when: "< 80%"']]],
  ['overlapping-hours', 'two ranges of opening hours that overlap on the same day',
    [['      mon-fri: "08:00-18:00"', '      mon-fri: "08:00-13:00, 12:00-18:00"']],
    [['calendar-hours', '"08:00-13:00']]],
  ['invalid-timezone', 'a misspelt time zone',
    [['timezone: Europe/Berlin', 'timezone: Europe/Berln']],
    [['valid-timezone', 'Europe/Berln']]],
  ['holiday-does-not-exist', 'a holiday on a day that does not exist',
    [['      mon-fri: "08:00-18:00"', '      mon-fri: "08:00-18:00"\n    holidays:\n      - { date: 2026-02-30, name: Carnival }']],
    [['holiday-dates', '2026-02-30']]],
  ['term-end-before-start', 'a term that ends before it starts',
    [['  end: 2026-12-31', '  end: 2025-12-31']],
    [['term-order', '2025-12-31']]],
  ['fee-period-mismatch', 'a monthly fee with a quarterly metric that carries credits',
    [['    window: office\n    period: month', '    window: office\n    period: quarter']],
    [['fee-period-match', 'quarter']]],
  ['duplicate-yaml-key', 'the same key twice in one mapping (YAML forbids it)',
    [['    within: 4h\n    period: month', '    within: 4h\n    period: month\n    period: week']],
    [['yaml-syntax', 'period: week']]],
  ['tab-indentation', 'a line indented with a tab (YAML allows only spaces)',
    [['  cap: 20%', '\tcap: 20%']],
    [['yaml-syntax', '\tcap']]],
  ['missing-required-key', 'a metric without its required `period`',
    [['    within: 4h\n    period: month\n', '    within: 4h\n']],
    [['schema', 'id: response', null, 0]]],
  ['owner-not-a-party', 'a metric owned by someone who is not a party',
    [['    owner: provider\n    kind: duration', '    owner: supplier\n    kind: duration']],
    [['metric-owner-party', 'supplier']]],
  ['credit-over-100', 'a credit of more than the whole fee',
    [['credit: 10% }', 'credit: 110% }']],
    [['credit-range', '110%']]],
  ['earn-back-without-credits', 'earn-back on a metric that has no credits to earn back',
    [['    within: 4h\n    period: month\n    target: ">= 90%"\n', '    within: 4h\n    period: month\n    target: ">= 90%"\n    earnBack: { periods: 2 }\n']],
    [['earn-back-needs-credits', 'earnBack: { periods: 2 }']]],
  ['warning-never-holds', 'a warning level below the target: it can never hold while the target is met',
    [['    target: ">= 99.5%"', '    target: ">= 99.5%"\n    warning: "< 99.4%"']],
    [['warning-met-side', '"< 99.4%"']]],
  ['wrong-data-kind', 'a percentile read from data that has no values per event (intervals)',
    [['    kind: duration\n    data: tickets\n    from: opened_at\n    to: responded_at\n    window: office\n    within: 4h\n    period: month\n    target: ">= 90%"',
      '    kind: percentile\n    data: incidents\n    value: duration_ms\n    unit: ms\n    percentile: 95\n    period: month\n    target: "<= 800ms"']],
    [['metric-data-kind', 'incidents', 'kind: percentile']]],
  ['excuses-from-provider', 'a provider metric that claims to excuse another (only customer obligations excuse)',
    [['    target: ">= 90%"\n', '    target: ">= 90%"\n    excuses: [uptime]\n']],
    [['excuses-direction', 'excuses: [uptime]']]],
  ['service-without-metric', 'a service that no metric measures',
    [['    fee: { amount: 1000, per: month }\n', '    fee: { amount: 1000, per: month }\n  - id: backups\n    name: Nightly backups\n']],
    [['service-has-metric', 'backups']]],
];

/** Where `at` starts, searched in the agreement itself (below the header comments). */
function position(text, at, after, shift = 0) {
  const body = text.indexOf('\nsla: 1\n');
  const from = after ? text.indexOf(after, body) : body;
  if (from < 0) throw new Error(`anchor not found: ${after}`);
  const i = text.indexOf(at, from);
  if (i < 0) throw new Error(`text not found: ${at}`);
  const before = text.slice(0, i + shift);
  const line = before.split('\n').length;
  return `${line}:${i + shift - before.lastIndexOf('\n')}`;
}

const here = __dirname;
for (const [name, what, edits, expects] of CASES) {
  let body = BASE;
  for (const [from, to] of edits) {
    if (!body.includes(from)) throw new Error(`${name}: edit target not found: ${from}`);
    body = body.replace(from, to);
  }
  const header = [`# Common mistake: ${what}.`, ...expects.map(([rule]) => `# expect: ${rule} 0:0`)];
  const draft = `${header.join('\n')}\n${body}`;
  const lines = expects.map(([rule, at, after, shift]) => `# expect: ${rule} ${position(draft, at, after, shift)}`);
  fs.writeFileSync(path.join(here, `${name}.sla.yaml`), `${[header[0], ...lines].join('\n')}\n${body}`);
}
fs.mkdirSync(path.join(here, 'data'), { recursive: true });
fs.writeFileSync(path.join(here, 'data', 'incidents.csv'), 'incident,started_at,ended_at\nINC-1,2026-03-02T10:00:00,2026-03-02T10:30:00\n');
fs.writeFileSync(path.join(here, 'data', 'tickets.csv'),
  'ticket,opened_at,responded_at,requested_at,approved_at\nT-1,2026-03-02T09:00:00,2026-03-02T09:40:00,2026-03-02T09:00:00,2026-03-03T11:00:00\n');
console.log(`${CASES.length} broken examples written`);
