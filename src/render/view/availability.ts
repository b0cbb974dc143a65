import type { DowntimeSignal, Metric } from '../agreement';
import { conditionWords, negatedWords } from '../words/condition';
import { durationWords, isZeroDuration } from '../words/duration';
import { filterWords } from '../words/filters';
import { perPeriod } from '../words/period';
import { humanize, type ViewContext } from './context';
import { dataNoun, excludedFromWindowWords, excludedWords, quote, sliceNoun, whereWords, windowOf } from './measure-parts';

/** What a slice of a source is made of: rows that "succeed" (counts) or "are good (…)" (events). */
function succeedWords(kind: string | undefined, good: unknown, ctx: ViewContext): string {
  const g = filterWords(good, ctx.fmt);
  return kind === 'counts' ? 'succeed' : g ? `are good (${g})` : 'are recorded';
}

/** What a slice without rows is (emptySlices), for one source; `signals` when other sources can still find it down. */
function emptyWords(empty: string | undefined, slice: string, noun: string, ctx: ViewContext, signals: boolean): string {
  const single = sliceNoun(slice, ctx, false);
  const a = `${/^hour/.test(single) ? 'an' : 'a'} ${single} without ${noun}`;
  if (empty === 'down') return `${a} counts as down`;
  if (empty === 'excluded') return `${a} is left out of the measured time`;
  return signals ? `${a} is not down by this test` : `${a} counts as up`;
}

/** A signal as a phrase after "It is also down": "whenever the “x” data records downtime", "in every minute in which …". */
function signalWords(s: DowntimeSignal, ctx: ViewContext): string {
  const kind = ctx.dataSource(s.data)?.kind;
  if (!s.slice) return `whenever the ${quote(s.data)} data records downtime${whereWords(s.where, ctx)}`;
  const noun = dataNoun(s.data);
  const single = sliceNoun(s.slice, ctx, false);
  const phrase = `in every ${single} in which the share of ${noun}${whereWords(s.where, ctx)} in the ${quote(s.data)} data that ${succeedWords(kind, s.good, ctx)} is ${conditionWords(s.downWhen, ctx.fmt)}`;
  if (s.emptySlices === 'down') return `${phrase}, and in every ${single} without any`;
  if (s.emptySlices === 'excluded') return `${phrase} (a ${single} without any is left out of the measured time)`;
  return phrase;
}

function sliced(m: Metric, ctx: ViewContext): string {
  const w = windowOf(ctx, m.window);
  const slice = m.slice as string;
  const noun = dataNoun(m.data);
  const succeed = succeedWords(ctx.dataSource(m.data)?.kind, m.good, ctx);
  const inWindow = w.noun ? ` of ${w.noun}` : '';
  const from = `measured ${perPeriod(m.period)} from the ${quote(m.data)} data`;
  if (m.sliceMeasure === 'mean') {
    const single = sliceNoun(slice, ctx, false);
    const a = /^[aeiou]|^hour/.test(single) ? 'an' : 'a';
    const empty = m.emptySlices === 'down' ? 'counts as none good' : m.emptySlices === 'excluded' ? 'is left out' : 'counts as all good';
    return (
      `the mean, over the ${sliceNoun(slice, ctx, true)}${inWindow}, of the share of ${noun}${whereWords(m.where, ctx)} that ${succeed} in each ${single}, ` +
      `each ${single} weighted by its measured time, ${from}; ${a} ${single} without ${m.where ? `any of these ${noun}` : noun} ${empty}${excludedWords(m, ctx)}`
    );
  }
  return (
    `the share of ${sliceNoun(slice, ctx, true)}${inWindow} in which ${negatedWords(m.downWhen, ctx.fmt)} of ${noun}${whereWords(m.where, ctx)} ${succeed}, ` +
    `${from}; ${emptyWords(m.emptySlices, slice, m.where ? `any of these ${noun}` : noun, ctx, (m.signals ?? []).length > 0)}${excludedWords(m, ctx)}`
  );
}

function intervals(m: Metric, ctx: ViewContext): string {
  const w = windowOf(ctx, m.window);
  const service = ctx.service(m.service)?.name ?? 'the service';
  const span = w.noun ?? 'time, around the clock,';
  return `the share of ${span} in which ${service} is not down, measured ${perPeriod(m.period)} from the downtime recorded in the ${quote(m.data)} data${whereWords(m.where, ctx)}${excludedWords(m, ctx)}`;
}

/** "minutes", "units of 5 minutes". */
function unitNoun(unit: string, ctx: ViewContext): string {
  const named: Record<string, string> = { '1s': 'seconds', '1m': 'minutes', '1h': 'hours' };
  return named[unit] ?? `units of ${durationWords(unit, ctx.fmt)}`;
}

/** The sentences that follow the first: signals, resources, deployed time, how downtime counts. */
function rules(m: Metric, ctx: ViewContext): string[] {
  const out: string[] = [];
  const subject = ctx.service(m.service)?.name ?? 'The service';
  if (m.signals?.length) out.push(`It is also down ${ctx.fmt.list(m.signals.map((s) => signalWords(s, ctx)), 'or')}`);
  const d = m.downtime ?? {};
  if (d.atLeast !== undefined) {
    const of = d.of ? ` named in the ${quote(d.of)} column` : '';
    const many = d.outOf !== undefined ? `${ctx.fmt.number(d.atLeast)} of its ${ctx.fmt.number(d.outOf)} components${of}` : `${ctx.fmt.number(d.atLeast)} of its components${of}`;
    out.push(`${subject} is down only while at least ${many} are down at once`);
  } else if (d.of) out.push(`Each row's downtime belongs to the component named in the ${quote(d.of)} column`);
  if (d.weight) {
    out.push(`Downtime counts by the share of the service affected, from the ${quote(d.weight)} column (a number from 0 to 1, or a percentage); where stretches overlap, the largest share counts`);
  }
  if (d.minimum && !isZeroDuration(d.minimum)) out.push(`A stretch of downtime shorter than ${durationWords(d.minimum, ctx.fmt)} does not count`);
  if (d.unit && !isZeroDuration(d.unit)) {
    const noun = unitNoun(d.unit, ctx);
    out.push(`Downtime is counted in whole ${noun}: each stretch's downtime in the period is rounded down to a whole number of ${noun}`);
  }
  if (m.deployed) {
    const whose = m.per ? `each ${resourceNoun(m.per)}` : subject;
    out.push(`Only the time in which ${whose} is deployed is measured, as recorded in the ${quote(m.deployed.data)} data${whereWords(m.deployed.where, ctx)}`);
  }
  const fromWindow = excludedFromWindowWords(m, ctx);
  if (fromWindow) out.push(fromWindow);
  if (m.per) out.push(`Each ${resourceNoun(m.per)} (named in the ${quote(m.per)} column) is measured${m.credits?.length ? ' and credited' : ''} on its own`);
  return out;
}

/** "instance" -> "instance", "resource_id" -> "resource id". */
export function resourceNoun(column: string): string {
  return humanize(column).toLowerCase();
}

/** How an availability metric is measured: its first sentence, then the rules its keys add, joined into sentences. */
export function availability(m: Metric, ctx: ViewContext): string {
  const first = m.slice ? sliced(m, ctx) : intervals(m, ctx);
  return [first, ...rules(m, ctx)].join('. ');
}
