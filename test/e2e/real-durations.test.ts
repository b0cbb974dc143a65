import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Evaluation, ItemEntry } from '../../src/evaluate/result';
import { evaluationValidator } from '../formatters/evaluate/fixture';
import { ROOT, runSla } from '../helpers/run-sla';

/*
 * The time-limit cases of examples/real/ (their CASE.md: Pegasus, business
 * days of 8.5 business hours pooled into one 90% target; Zendesk, first reply
 * and requester wait in calendar or business hours with Pending pauses),
 * evaluated by the built binary with the range and as-of each case states:
 * every verdict, share, elapsed time and due instant of the case's tables.
 */

const REAL = path.join(ROOT, 'examples/real');
const FLAGS = ['--from', '2026-05', '--to', '2026-05', '--as-of', '2026-06-05T00:00:00Z'];
const MIN = 60;

const validate = evaluationValidator();

/** The JSON evaluation with --items, checked against schemas/evaluation.schema.json. */
function evaluation(name: string): Evaluation {
  const r = runSla(['evaluate', `${name}.sla.yaml`, ...FLAGS, '--items', '--format', 'json'], { cwd: path.join(REAL, name) });
  expect([r.code, r.stderr]).toEqual([1, '']);
  const ev = JSON.parse(r.stdout) as Evaluation;
  expect(validate(ev) ? [] : validate.errors).toEqual([]);
  return ev;
}

/** [id, clock or metric, due, elapsed seconds, status] per clock. */
const rows = (items: ItemEntry[], key: (i: ItemEntry, name: string | null) => string) =>
  items.flatMap((i) => i.clocks.map((c) => [i.id, key(i, c.name), c.due, c.elapsedSeconds, c.status]));

describe('examples/real time limits (built binary)', () => {
  it('both agreements lint with zero findings', () => {
    const r = runSla(['lint', 'examples/real/pegasus/pegasus.sla.yaml', 'examples/real/zendesk/zendesk.sla.yaml']);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  describe('Pegasus: May 2026', () => {
    const ev = evaluation('pegasus');

    it('pools the 10 targets of the 5 requests: 8 met, 80% against 90%, breached', () => {
      expect(ev.results.find((r) => r.metric === 'support-targets')).toMatchObject({ period: '2026-05', partial: false, value: 80, within: 8, counted: 10, pending: 0, status: 'breached' });
    });

    it('uptime: 90 minutes down of 44,640, 12375/124 %, breached', () => {
      const uptime = ev.results.find((r) => r.metric === 'uptime')!;
      expect(uptime).toMatchObject({ windowSeconds: 44_640 * MIN, downtimeSeconds: 90 * MIN, status: 'breached' });
      expect(uptime.value).toBeCloseTo(12375 / 124, 12);
    });

    it('each target: its due instant, elapsed business time and verdict', () => {
      expect(rows(ev.items!, (_, name) => name!)).toEqual([
        ['U1', 'response', '2026-05-11T09:40:00+01:00', 15 * MIN, 'achieved'],
        ['U1', 'resolution', '2026-05-11T13:10:00+01:00', 170 * MIN, 'achieved'],
        ['H1', 'response', '2026-05-11T10:45:00+01:00', 30 * MIN, 'achieved'],
        ['H1', 'resolution', '2026-05-14T10:00:00+01:00', 27.5 * 60 * MIN, 'late'],
        ['U2', 'response', '2026-05-13T09:20:00+01:00', 25 * MIN, 'achieved'],
        ['U2', 'resolution', '2026-05-13T12:50:00+01:00', 180 * MIN, 'achieved'],
        ['H2', 'response', '2026-05-18T14:45:00+01:00', 20 * MIN, 'achieved'],
        ['H2', 'resolution', '2026-05-21T14:00:00+01:00', 10.5 * 60 * MIN, 'achieved'],
        ['M1', 'response', '2026-05-22T11:00:00+01:00', 7.5 * 60 * MIN, 'achieved'],
        ['M1', 'resolution', '2026-05-29T11:00:00+01:00', 55 * 60 * MIN, 'late'],
      ]);
      expect(ev.items!.flatMap((i) => i.clocks.map((c) => c.limit))).toEqual(['30m', '4h', '45m', '3 business days', '30m', '4h', '45m', '3 business days', '1 business day', '5 business days']);
    });

    it('per priority and target, for information: urgent 100/100, high 100/50, medium 100/0', () => {
      const priority: Record<string, string> = { U: 'urgent', H: 'high', M: 'medium' };
      const share = new Map<string, number[]>();
      for (const item of ev.items!) {
        for (const c of item.clocks) {
          const key = `${priority[item.id![0]!]} ${c.name}`;
          const [met, all] = share.get(key) ?? [0, 0];
          share.set(key, [met! + (c.status === 'achieved' ? 1 : 0), all! + 1]);
        }
      }
      const percent = Object.fromEntries([...share].map(([k, [met, all]]) => [k, (100 * met!) / all!]));
      expect(percent).toEqual({ 'urgent response': 100, 'urgent resolution': 100, 'high response': 100, 'high resolution': 50, 'medium response': 100, 'medium resolution': 0 });
    });

    it('the table lists the due instants', () => {
      const r = runSla(['evaluate', 'pegasus.sla.yaml', ...FLAGS, '--items'], { cwd: path.join(REAL, 'pegasus') });
      expect(r.code).toBe(1);
      const row = (...cells: string[]) => new RegExp(cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' +│ +'));
      expect(r.stdout).toMatch(row('support-targets', '2026-05', '80.00%', '>= 90%', 'breached'));
      expect(r.stdout).toMatch(row('H1', 'resolution', '2026-05-11 10:00', '3 business days', '2026-05-14 10:00', '2026-05-14 12:00', 'late'));
      expect(r.stdout).toMatch(row('M1', 'resolution', '2026-05-21 11:00', '5 business days', '2026-05-29 11:00', '2026-06-01 15:00', 'late'));
      expect(runSla(['evaluate', 'pegasus.sla.yaml', ...FLAGS], { cwd: path.join(REAL, 'pegasus') }).stdout).not.toContain('2026-05-14 10:00');
    });
  });

  describe('Zendesk: tickets created in May 2026', () => {
    const ev = evaluation('zendesk');

    it('each ticket and metric: due (breach) instant, elapsed time and result; Globex T5 is not listed', () => {
      expect(rows(ev.items!, (i) => i.metric)).toEqual([
        ['T1', 'urgent-first-reply', '2026-05-02T10:10:00-04:00', 8 * MIN, 'achieved'],
        ['T2', 'urgent-first-reply', '2026-05-05T00:05:00-04:00', 12 * MIN, 'late'],
        ['T1', 'urgent-requester-wait', '2026-05-02T12:00:00-04:00', 90 * MIN, 'achieved'],
        ['T2', 'urgent-requester-wait', '2026-05-05T02:55:00-04:00', 125 * MIN, 'late'],
        ['T4', 'high-first-reply', '2026-05-13T10:30:00-04:00', 45 * MIN, 'late'],
        ['T3', 'high-first-reply', '2026-05-26T09:20:00-04:00', 25 * MIN, 'achieved'],
        ['T4', 'high-requester-wait', '2026-05-14T16:00:00-04:00', 7 * 60 * MIN, 'achieved'],
        ['T3', 'high-requester-wait', '2026-05-26T16:50:00-04:00', 430 * MIN, 'achieved'],
      ]);
    });

    it('shares per metric 50 / 50 / 50 / 100; pooled over all 8 targets 5 achieved = 62.5%', () => {
      expect(ev.results.map((r) => [r.metric, r.value, r.within, r.counted])).toEqual([
        ['urgent-first-reply', 50, 1, 2],
        ['urgent-requester-wait', 50, 1, 2],
        ['high-first-reply', 50, 1, 2],
        ['high-requester-wait', 100, 2, 2],
      ]);
      const clocks = ev.items!.flatMap((i) => i.clocks);
      expect((100 * clocks.filter((c) => c.status === 'achieved').length) / clocks.length).toBe(62.5);
    });
  });

  it('evaluate --help names the flag', () => {
    expect(runSla(['evaluate', '--help']).stdout).toMatch(/--items +also list every item of the duration metrics/);
  });

  it('a value with no limit and no default stops the run at its cell', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-limits-'));
    const text = fs.readFileSync(path.join(REAL, 'pegasus/pegasus.sla.yaml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'pegasus.sla.yaml'), text.replace(/file: data\//g, 'file: '));
    fs.copyFileSync(path.join(REAL, 'pegasus/data/outages.csv'), path.join(dir, 'outages.csv'));
    const requests = fs.readFileSync(path.join(REAL, 'pegasus/data/requests.csv'), 'utf8');
    fs.writeFileSync(path.join(dir, 'requests.csv'), `${requests}X1,critical,2026-05-12T09:00:00,,\n`);
    const r = runSla(['evaluate', 'pegasus.sla.yaml', ...FLAGS], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'sla: requests.csv:7:4: no time limit for priority "critical" and no default\n']);
  });
});
