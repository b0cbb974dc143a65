// Business time between two instants: the per-day table of src/time against
// luxon per item, and the timestamp fast path against Date.parse, in one run.
// Usage: node bench/ts.js bench/time.ts
import { DateTime } from 'luxon';
import { createCalendar, createTimestampParser, getZone } from '../src/time';

const H = 3.6e6;
const berlin = getZone('Europe/Berlin');
const office = createCalendar({ hours: { 'mon-fri': '08:00-18:00' }, holidays: [{ date: '2026-10-03' }] }, berlin);
const start = Date.UTC(2026, 0, 1);
const item = (i: number): [number, number] => {
  const a = start + ((i * 7919) % 500000) * 60000;
  return [a, a + ((i % 50) + 1) * 600000];
};

/** The obvious way: walk each interval day by day with luxon objects. */
function luxonWindowTime(a: number, b: number): number {
  let total = 0;
  let day = DateTime.fromMillis(a, { zone: 'Europe/Berlin' }).startOf('day');
  while (day.toMillis() < b) {
    if (day.weekday <= 5 && !(day.month === 10 && day.day === 3 && day.year === 2026)) {
      const open = day.set({ hour: 8 }).toMillis();
      const close = day.set({ hour: 18 }).toMillis();
      total += Math.max(0, Math.min(b, close) - Math.max(a, open));
    }
    day = day.plus({ days: 1 });
  }
  return total;
}

function rate(n: number, fn: (i: number) => number): { perSecond: number; check: number } {
  let check = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) check += fn(i);
  return { perSecond: n / (Number(process.hrtime.bigint() - t0) / 1e9), check };
}

office.windowTime(start, start + 400 * 24 * H);
const table = rate(3_000_000, (i) => office.windowTime(...item(i)));
const luxon = rate(20_000, (i) => luxonWindowTime(...item(i)));
const sample = rate(20_000, (i) => office.windowTime(...item(i)));
if (sample.check !== luxon.check) throw new Error(`the two methods disagree: ${sample.check} vs ${luxon.check}`);

const parse = createTimestampParser(berlin, 'reject');
const texts = Array.from({ length: 1000 }, (_, i) => `2026-0${1 + (i % 9)}-1${i % 10}T1${i % 10}:${10 + (i % 50)}:00Z`);
const fast = rate(3_000_000, (i) => parse(texts[i % 1000]) as number);
const dateParse = rate(3_000_000, (i) => Date.parse(texts[i % 1000]));

const fmt = (x: number) => `${(x / 1e6).toFixed(2)} M/s`;
console.log('| operation | per-day table / fast path | baseline | ratio |');
console.log('|---|---:|---:|---:|');
console.log(`| business time of an interval (office hours, Berlin) | ${fmt(table.perSecond)} | luxon per item ${(luxon.perSecond / 1e3).toFixed(1)} k/s | ${(table.perSecond / luxon.perSecond).toFixed(0)}× |`);
console.log(`| ISO timestamp with Z | ${fmt(fast.perSecond)} | Date.parse ${fmt(dateParse.perSecond)} | ${(fast.perSecond / dateParse.perSecond).toFixed(1)}× |`);
