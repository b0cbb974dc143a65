#!/usr/bin/env node
/*
 * Writes the CSV data of the examples: `node examples/generate.js`.
 * Deterministic (a seeded generator, fixed dates): running it again gives the
 * same bytes, so the CSVs are committed and this script documents how they were
 * made. Data covers 2026-08-24 to 2026-12-04; each example plans, in
 * September to November, the breach, the credit and the excuse its README
 * describes, on top of ordinary background rows.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { DateTime } = require('luxon');

const FIRST = '2026-08-24';
const LAST = '2026-12-04';

/** mulberry32: small, seeded, good enough for example data. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

function writeCsv(file, header, rows) {
  const cell = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const text = [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`${path.relative(process.cwd(), file)}: ${rows.length} rows, ${(text.length / 1024).toFixed(1)} KB`);
}

const local = (dt) => dt.toFormat("yyyy-MM-dd'T'HH:mm:ss");
const utc = (dt) => dt.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");

/** Weekly business hours in a zone, minus holidays: enough calendar arithmetic for planning data. */
function calendar(zone, start, end, holidays = []) {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  const off = new Set(holidays);
  const open = (day) => day.weekday <= 5 && !off.has(day.toISODate());
  const bounds = (day) => [day.set({ hour: sh, minute: sm }), day.set({ hour: eh, minute: em })];
  return {
    zone,
    /** The instant `minutes` of window time after `from`. */
    add(from, minutes) {
      let t = from;
      let left = minutes;
      for (;;) {
        const day = t.startOf('day');
        const [s, e] = bounds(day);
        if (open(day) && t < e) {
          const at = t < s ? s : t;
          const room = e.diff(at, 'minutes').minutes;
          if (left <= room) return at.plus({ minutes: left });
          left -= room;
        }
        t = day.plus({ days: 1 });
      }
    },
    /** Window minutes between two instants. */
    between(a, b) {
      let total = 0;
      for (let day = a.startOf('day'); day < b; day = day.plus({ days: 1 })) {
        if (!open(day)) continue;
        const [s, e] = bounds(day);
        const lo = a > s ? a : s;
        const hi = b < e ? b : e;
        if (hi > lo) total += hi.diff(lo, 'minutes').minutes;
      }
      return total;
    },
    /** A random instant inside the window on `day` (a workday), leaving `margin` minutes before closing. */
    at(r, day, margin = 30) {
      const [s, e] = bounds(day);
      return s.plus({ minutes: r.int(0, Math.max(0, e.diff(s, 'minutes').minutes - margin)) });
    },
    open,
  };
}

function days(zone, first = FIRST, last = LAST) {
  const out = [];
  for (let d = DateTime.fromISO(first, { zone }); d <= DateTime.fromISO(last, { zone }); d = d.plus({ days: 1 })) out.push(d);
  return out;
}

function check(condition, message) {
  if (!condition) throw new Error(`generate.js: planned outcome does not hold: ${message}`);
}

const share = (xs, within) => (100 * xs.filter((x) => x <= within).length) / xs.length;

// ---------------------------------------------------------------------------
// managed-it-support: Europe/Amsterdam, office hours 08:30-17:30
// ---------------------------------------------------------------------------
function managedItSupport(dir) {
  const zone = 'Europe/Amsterdam';
  const r = rng(2026_0931);
  const office = calendar(zone, '08:30', '17:30');
  const t = (iso) => DateTime.fromISO(iso, { zone });

  const outages = [
    ['OUT-0826', 'dms-hosting', '2026-08-26T23:10:00', '2026-08-27T00:05:00', 'database restart after patch'],
    ['OUT-0915', 'dms-hosting', '2026-09-15T10:20:00', '2026-09-15T13:00:00', 'storage controller failure'],
    ['OUT-0916', 'mail-relay', '2026-09-16T09:00:00', '2026-09-16T12:00:00', 'other service: not counted'],
    ['OUT-0920', 'dms-hosting', '2026-09-20T03:00:00', '2026-09-20T04:30:00', 'outside office hours'],
    ['OUT-1010', 'dms-hosting', '2026-10-10T21:00:00', '2026-10-11T01:30:00', 'storage upgrade (maintenance)'],
    ['OUT-1020', 'dms-hosting', '2026-10-20T14:00:00', '2026-10-20T14:40:00', 'certificate expired'],
    ['OUT-1112', 'dms-hosting', '2026-11-12T09:00:00', '2026-11-12T09:10:00', 'failover test overran'],
    ['OUT-1202', 'dms-hosting', '2026-12-02T16:00:00', '2026-12-02T16:20:00', 'network switch reboot'],
  ];
  writeCsv(path.join(dir, 'outages.csv'), ['incident', 'service', 'started_at', 'ended_at', 'summary'], outages);
  // Sep: 160 of 11880 office minutes down (98.65%: 10%); Oct: 40 (99.66%: at risk); Nov: 10.
  const monthMinutes = (m) => office.between(t(`2026-${m}-01`), t(`2026-${m}-01`).plus({ months: 1 }));
  check(monthMinutes('09') === 11880 && 100 * (1 - 160 / 11880) < 99, 'dms-availability breached in 2026-09');
  check(100 * (1 - 40 / monthMinutes('10')) < 99.7, 'dms-availability at risk in 2026-10');

  const tickets = [];
  const waits = [];
  let n = 100;
  const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
  // Late tickets per month: P1 responses over 30 minutes, P2/P3 resolutions over 9 office hours.
  const lateP1 = { '2026-10': 2 };
  const lateP2 = { '2026-09': 2, '2026-10': 2, '2026-11': 9 };
  const p1Outcome = {};
  const p2Outcome = {};
  for (const month of months) {
    const workdays = days(zone).filter((d) => d.toFormat('yyyy-MM') === month && office.open(d));
    const p1Count = month === '2026-08' || month === '2026-12' ? 2 : 7;
    for (let i = 0; i < p1Count; i++) {
      let opened;
      do {
        opened = DateTime.fromISO(`${month}-01`, { zone }).plus({ minutes: r.int(0, 27 * 24 * 60) });
      } while (opened.toISODate() < FIRST || (opened.toISODate() === '2026-10-25' && opened.hour < 4));
      const late = i < (lateP1[month] ?? 0);
      const response = late ? r.int(45, 80) : r.int(4, 25);
      const responded = opened.plus({ minutes: response });
      const resolved = responded.plus({ minutes: r.int(60, 300) });
      (p1Outcome[month] ??= []).push(response);
      tickets.push({ opened, row: [null, 'P1', r.pick(['outage', 'security', 'outage']), local(opened), local(responded), local(resolved)] });
    }
    const p2Count = month === '2026-08' || month === '2026-12' ? 10 : 48;
    for (let i = 0; i < p2Count; i++) {
      const day = r.pick(workdays);
      const opened = office.at(r, day);
      const late = i < (lateP2[month] ?? 0);
      // Three tickets a month would be late but waited on the customer: the pause saves them.
      const paused = !late && i >= 40 && i < 43;
      const work = late ? r.int(600, 900) : paused ? r.int(460, 530) : r.int(45, 480);
      const wait = paused ? r.int(150, 200) : 0;
      const responded = opened.plus({ minutes: r.int(5, 50) });
      let resolved = office.add(opened, work + wait);
      if (paused) {
        const from = office.add(opened, 60);
        const to = office.add(from, wait);
        waits.push({ key: opened, row: [null, local(from), local(to)], ticket: tickets.length });
      }
      const open = month === '2026-12' && i >= p2Count - 3;
      if (!open) (p2Outcome[month] ??= []).push(work);
      tickets.push({
        opened,
        row: [null, r.pick(['P2', 'P3', 'P3']), r.pick(['software', 'hardware', 'access', 'printing']), local(opened), local(responded), open ? '' : local(resolved)],
      });
    }
  }
  // Ticket numbers in the order tickets were opened, as a service desk hands them out.
  const order = tickets.map((x, i) => i).sort((a, b) => tickets[a].opened - tickets[b].opened);
  const number = new Map(order.map((i) => [i, `T-${n++}`]));
  for (const [i, tk] of tickets.entries()) tk.row[0] = number.get(i);
  for (const w of waits) w.row[0] = number.get(w.ticket);
  writeCsv(path.join(dir, 'tickets.csv'), ['ticket', 'priority', 'category', 'opened_at', 'responded_at', 'resolved_at'],
    order.map((i) => tickets[i].row));
  writeCsv(path.join(dir, 'customer-waits.csv'), ['ticket', 'from', 'to'], waits.sort((a, b) => a.key - b.key).map((w) => w.row));
  check(share(p1Outcome['2026-10'], 30) < 80 && share(p1Outcome['2026-09'], 30) >= 95, 'p1-response: 10% in 2026-10 only');
  check(share(p2Outcome['2026-11'], 540) < 90 && share(p2Outcome['2026-09'], 540) >= 90 && share(p2Outcome['2026-10'], 540) >= 90,
    'p2-resolution breached in 2026-11 only');

  // Access requests: the customer approves, then the provider sets the account up.
  const requests = [];
  const plan = { '2026-10': { slowApprovals: 4, lateSetups: 3 } };
  const approvals = {};
  const setups = {};
  let k = 1;
  for (const month of months) {
    const workdays = days(zone).filter((d) => d.toFormat('yyyy-MM') === month && office.open(d) && (d.day <= 18 || month === '2026-08'));
    const count = month === '2026-08' || month === '2026-12' ? 3 : 9;
    const { slowApprovals = 0, lateSetups = 0 } = plan[month] ?? {};
    for (let i = 0; i < count; i++) {
      const requested = office.at(r, r.pick(workdays), 60);
      const approval = i < slowApprovals ? r.int(1500, 2100) : r.int(30, 900);
      const approved = office.add(requested, approval);
      const setup = i < lateSetups ? r.int(700, 1000) : r.int(30, 420);
      const completed = office.add(approved, setup);
      (approvals[month] ??= []).push(approval);
      (setups[approved.toFormat('yyyy-MM')] ??= []).push(setup);
      requests.push([requested, `AR-${String(k++).padStart(3, '0')}`, r.pick(['associate', 'paralegal', 'partner', 'secretary', 'intern']), local(requested), local(approved), local(completed)]);
    }
  }
  requests.sort((a, b) => a[0] - b[0]);
  writeCsv(path.join(dir, 'access-requests.csv'), ['request', 'role', 'requested_at', 'approved_at', 'completed_at'], requests.map((x) => x.slice(1)));
  check(share(approvals['2026-10'], 1080) < 85 && share(setups['2026-10'], 540) < 90, 'access-approval and account-setup both breached in 2026-10');
  for (const m of ['2026-09', '2026-11']) check(share(approvals[m], 1080) >= 85 && share(setups[m], 540) >= 90, `access metrics met in ${m}`);
}

// ---------------------------------------------------------------------------
// shipping-api: Etc/UTC, request log and hourly counters
// ---------------------------------------------------------------------------
function shippingApi(dir) {
  const zone = 'Etc/UTC';
  const r = rng(2026_1101);
  const start = DateTime.fromISO(`${FIRST}T00:00:00`, { zone });
  const end = DateTime.fromISO(`${LAST}T23:59:59`, { zone });
  const ROUTES = [['/v2/rates', 'GET'], ['/v2/rates', 'GET'], ['/v2/shipments', 'POST'], ['/v2/labels', 'POST'], ['/v2/labels', 'POST'], ['/v2/labels', 'POST'], ['/v2/ping', 'GET']];
  const rows = [];
  const slow = (t) => t >= DateTime.fromISO('2026-10-05T00:00:00Z') && t < DateTime.fromISO('2026-10-31T00:00:00Z');
  const latency = (route, t) => {
    const base = route === '/v2/labels' ? 320 : route === '/v2/ping' ? 15 : 140;
    return Math.round(base * Math.exp(0.4 * r.normal()) * (route === '/v2/labels' && slow(t) ? 1.6 : 1));
  };
  // Background traffic: a request every 55 minutes on average; no server errors outside incidents.
  for (let t = start; t < end; t = t.plus({ seconds: Math.round(-Math.log(1 - r.next()) * 55 * 60) })) {
    const [route, method] = r.pick(ROUTES);
    const status = r.next() < 0.03 ? r.pick([400, 404, 422, 429]) : method === 'POST' ? 201 : 200;
    rows.push([t, route, method, status, latency(route, t)]);
  }
  // Incidents: [from, to, share of requests failing]. 90% good is still up, under 90% is down.
  const incidents = [
    ['2026-09-09T13:02:00Z', '2026-09-09T13:17:00Z', 0.85], // 4 slices down: met
    ['2026-10-13T04:05:00Z', '2026-10-13T04:25:00Z', 1.0], // inside the weekly maintenance window
    ['2026-10-21T09:40:00Z', '2026-10-21T09:50:00Z', 0.6], // 2 slices down: met
    ['2026-11-03T11:00:00Z', '2026-11-03T11:10:00Z', 0.08], // degraded, but 92% good: up
    ['2026-11-18T15:00:00Z', '2026-11-18T16:30:00Z', 0.9], // 18 slices down: 99.79%, 10%
  ];
  for (const [from, to, failing] of incidents) {
    const a = DateTime.fromISO(from, { zone });
    const b = DateTime.fromISO(to, { zone });
    let i = 0;
    for (let t = a; t < b; t = t.plus({ seconds: 20 }), i++) {
      const [route, method] = ROUTES[i % 6];
      // Failures spread evenly, so every slice of the incident has the planned share.
      const fail = Math.floor((i + 1) * failing) > Math.floor(i * failing);
      rows.push([t.plus({ milliseconds: r.int(0, 999) }), route, method, fail ? r.pick([500, 502, 503]) : method === 'POST' ? 201 : 200, fail ? r.int(30, 60000) : latency(route, t)]);
    }
  }
  rows.sort((x, y) => x[0] - y[0]);
  writeCsv(path.join(dir, 'api-requests.csv'), ['received_at', 'route', 'method', 'status', 'duration_ms'],
    rows.map(([t, ...rest]) => [t.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"), ...rest]));

  const labels = (month) => rows.filter(([t, route, , status]) => route === '/v2/labels' && status < 500 && t.toFormat('yyyy-MM') === month).map((x) => x[4]).sort((a, b) => a - b);
  const p95 = (xs) => xs[Math.ceil((95 * xs.length) / 100) - 1];
  check(p95(labels('2026-10')) > 800 && p95(labels('2026-09')) <= 800 && p95(labels('2026-11')) <= 800, 'label-latency breached in 2026-10 only');

  // Hourly counters: webhook deliveries (provider) and probes of the customer's endpoint.
  const deliveries = [];
  const probes = [];
  const endpointDown = [DateTime.fromISO('2026-10-14T02:00:00Z'), DateTime.fromISO('2026-10-15T10:00:00Z')];
  const burst = [DateTime.fromISO('2026-09-22T04:00:00Z'), DateTime.fromISO('2026-09-22T22:00:00Z')];
  const totals = {};
  for (let h = start; h < end; h = h.plus({ hours: 1 })) {
    const attempted = Math.round(100 + 60 * Math.sin(((h.hour - 9) / 24) * 2 * Math.PI)) + r.int(-10, 10);
    const down = h >= endpointDown[0] && h < endpointDown[1];
    const inBurst = h >= burst[0] && h < burst[1];
    const failed = down ? attempted : inBurst ? Math.round(attempted * 0.3) : r.next() < 0.1 ? r.int(1, 3) : 0;
    deliveries.push([utc(h), attempted, attempted - failed]);
    const ok = down ? 0 : r.next() < 0.003 ? 11 : 12;
    probes.push([utc(h), 12, ok]);
    const m = (totals[h.toFormat('yyyy-MM')] ??= { good: 0, total: 0, ok: 0, probes: 0 });
    m.good += attempted - failed;
    m.total += attempted;
    m.ok += ok;
    m.probes += 12;
  }
  writeCsv(path.join(dir, 'webhook-deliveries.csv'), ['hour', 'attempted', 'delivered'], deliveries);
  writeCsv(path.join(dir, 'endpoint-checks.csv'), ['hour', 'probes', 'ok'], probes);
  const pct = (m, g, t) => (100 * m[g]) / m[t];
  const sep = pct(totals['2026-09'], 'good', 'total');
  check(sep < 99.5 && sep >= 98, `webhook-delivery breached in 2026-09 at the 5% tier (${sep})`);
  check(pct(totals['2026-10'], 'good', 'total') < 99.5 && pct(totals['2026-10'], 'ok', 'probes') < 99, 'webhook-delivery excused in 2026-10');
  check(pct(totals['2026-11'], 'good', 'total') >= 99.5 && pct(totals['2026-09'], 'ok', 'probes') >= 99, 'webhooks met in 2026-11');
}

// ---------------------------------------------------------------------------
// it-hr-ola: Europe/Stockholm, workdays 08:00-16:00, ISO weeks
// ---------------------------------------------------------------------------
function itHrOla(dir) {
  const zone = 'Europe/Stockholm';
  const r = rng(2026_0707);
  const work = calendar(zone, '08:00', '16:00');
  const t = (iso) => DateTime.fromISO(iso, { zone });
  const week = (dt) => dt.toFormat("kkkk-'W'WW");

  const hires = [];
  const detailsByWeek = {};
  const equipmentByWeek = {};
  let e = 1;
  const add = (offer, detailMinutes, equipmentMinutes) => {
    const submitted = work.add(offer, detailMinutes);
    const ready = work.add(submitted, equipmentMinutes);
    (detailsByWeek[week(offer)] ??= []).push(detailMinutes);
    (equipmentByWeek[week(submitted)] ??= []).push(equipmentMinutes);
    const startDate = ready.plus({ weeks: 2 }).startOf('week').toISODate();
    hires.push([offer, `E-${String(2600 + e++)}`, r.pick(['Finance', 'Sales', 'Engineering', 'Support', 'Legal']), local(offer), local(submitted), local(ready), startDate]);
  };
  for (let monday = t('2026-08-24'); monday <= t('2026-11-30'); monday = monday.plus({ weeks: 1 })) {
    const label = week(monday);
    if (label === '2026-W41') {
      // HR sends three new hires' details days late; IT then misses too: excused.
      add(t('2026-10-05T09:15'), 120, 600);
      add(t('2026-10-05T10:00'), 1500, 2000);
      add(t('2026-10-05T10:40'), 1700, 1700);
      add(t('2026-10-06T09:30'), 1450, 1800);
      continue;
    }
    const lateEquipment = label === '2026-W46' ? 2 : 0;
    const count = r.int(3, 5);
    for (let i = 0; i < count; i++) {
      // Offers signed Monday to Wednesday, details within the week: weeks stay separate.
      const offer = work.at(r, monday.plus({ days: r.int(0, 1) }), 60);
      add(offer, r.int(30, 700), i < lateEquipment ? r.int(1600, 2000) : r.int(120, 1300));
    }
  }
  hires.sort((a, b) => a[0] - b[0]);
  writeCsv(path.join(dir, 'new-hires.csv'), ['employee', 'department', 'offer_signed_at', 'details_submitted_at', 'equipment_ready_at', 'start_date'],
    hires.map((h) => h.slice(1)));
  check(share(detailsByWeek['2026-W41'], 960) < 80 && share(equipmentByWeek['2026-W41'], 1440) < 90, 'W41: equipment-ready excused');
  check(share(equipmentByWeek['2026-W46'], 1440) < 90 && share(detailsByWeek['2026-W46'], 960) >= 80, 'W46: equipment-ready breached');
  for (const [w, xs] of Object.entries(equipmentByWeek)) {
    if (w !== '2026-W41' && w !== '2026-W46') check(share(xs, 1440) >= 90, `equipment-ready met in ${w}`);
  }

  // Open-ticket snapshots each workday at 15:30; a pile-up in 2026-W38, exactly 25 in 2026-W47.
  const backlog = [];
  let open = 12;
  for (const d of days(zone).filter((x) => work.open(x))) {
    open = Math.max(6, Math.min(22, open + r.int(-3, 3)));
    const w = week(d);
    const value = w === '2026-W38' ? [24, 28, 31, 27, 23][d.weekday - 1] : w === '2026-W47' && d.weekday === 3 ? 25 : open;
    backlog.push([local(d.set({ hour: 15, minute: 30 })), value]);
  }
  writeCsv(path.join(dir, 'backlog.csv'), ['taken_at', 'open_tickets'], backlog);

  // HR-system tickets: payroll incidents 2 in Sep, 5 in Oct (breached), 3 in Nov (exactly the target).
  const payroll = { '2026-08': 1, '2026-09': 2, '2026-10': 5, '2026-11': 3, '2026-12': 0 };
  const tickets = [];
  for (const [month, count] of Object.entries(payroll)) {
    const workdays = days(zone).filter((d) => d.toFormat('yyyy-MM') === month && work.open(d));
    const total = month === '2026-08' || month === '2026-12' ? 5 : 18;
    for (let i = 0; i < total; i++) {
      const category = i < count ? 'payroll' : r.pick(['access', 'report', 'data-fix', 'integration']);
      tickets.push([work.at(r, r.pick(workdays)), category, r.pick(['low', 'normal', 'normal', 'high'])]);
    }
  }
  tickets.sort((a, b) => a[0] - b[0]);
  writeCsv(path.join(dir, 'hris-tickets.csv'), ['ticket', 'opened_at', 'category', 'priority'],
    tickets.map(([at, category, priority], i) => [`HR-${String(i + 301)}`, local(at), category, priority]));

  // Survey answers (1-5): Sep mean 4.1 (at risk), Oct 4.5, Nov 3.8 (breached).
  const scores = {
    '2026-08': [4, 5, 4],
    '2026-09': [4, 5, 4, 3, 4, 5, 4, 4, 4, 4],
    '2026-10': [5, 4, 5, 4, 5, 4, 5, 4, 5, 4],
    '2026-11': [4, 3, 4, 5, 3, 4, 4, 3, 4, 4],
    '2026-12': [4, 4],
  };
  const survey = [];
  for (const [month, list] of Object.entries(scores)) {
    const workdays = days(zone).filter((d) => d.toFormat('yyyy-MM') === month && work.open(d));
    list.forEach((score, i) => survey.push([work.at(r, workdays[(i * 2) % workdays.length]), `R-${month.slice(5)}${String(i + 1).padStart(2, '0')}`, score]));
  }
  survey.sort((a, b) => a[0] - b[0]);
  writeCsv(path.join(dir, 'survey.csv'), ['answered_at', 'respondent', 'score'], survey.map(([at, ...rest]) => [local(at), ...rest]));
}

const here = __dirname;
managedItSupport(path.join(here, 'managed-it-support', 'data'));
shippingApi(path.join(here, 'shipping-api', 'data'));
itHrOla(path.join(here, 'it-hr-ola', 'data'));
