import { parseEvery, parseHours } from '../../src/time/hours';

const r = (day: number, start: string, end: string) => {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return { day, start: m(start), end: m(end) };
};

describe('parseHours', () => {
  it('reads day ranges, lists, commas and wrapping ranges', () => {
    const { ranges, problems } = parseHours({
      'mon-wed': '08:00-12:00, 13:00-17:00',
      'thu,fri': ['09:00-10:00', '22:00-02:00'],
      'sat-sun': '02:00-24:00',
    });
    expect(problems).toEqual([]);
    expect(ranges).toEqual([
      r(1, '08:00', '12:00'), r(1, '13:00', '17:00'),
      r(2, '08:00', '12:00'), r(2, '13:00', '17:00'),
      r(3, '08:00', '12:00'), r(3, '13:00', '17:00'),
      r(4, '09:00', '10:00'), r(4, '22:00', '26:00'),
      r(5, '09:00', '10:00'), r(5, '22:00', '26:00'),
      r(6, '02:00', '24:00'), r(7, '02:00', '24:00'),
    ]);
    expect(parseHours({ 'fri-mon': '10:00-11:00' }).ranges.map((x) => x.day)).toEqual([1, 5, 6, 7]);
    expect(parseHours({ Monday: '10:00-11:00' }).ranges).toEqual([r(1, '10:00', '11:00')]);
  });

  it('runs a range that ends at or before its start past midnight', () => {
    expect(parseHours({ sat: '22:00-06:00' }).ranges).toEqual([{ day: 6, start: 1320, end: 1800 }]);
    expect(parseHours({ sat: '08:00-08:00' }).ranges).toEqual([{ day: 6, start: 480, end: 1920 }]);
    expect(parseHours({ sat: '00:00-00:00' }).ranges).toEqual([{ day: 6, start: 0, end: 1440 }]);
  });

  it('lets a day take ranges from several keys when they do not overlap', () => {
    const { ranges, problems } = parseHours({ 'mon-fri': '08:00-12:00', mon: '12:00-14:00' });
    expect(problems).toEqual([]);
    expect(ranges.filter((x) => x.day === 1)).toEqual([r(1, '08:00', '12:00'), r(1, '12:00', '14:00')]);
  });

  it.each<[Record<string, string | string[]>, { key: string; index?: number; message: string }[]]>([
    [{ sun: '25:00-26:00' }, [{ key: 'sun', message: "'25:00' is not a time: use HH:MM from 00:00 to 24:00" }]],
    [{ sun: '08:00-8:30' }, [{ key: 'sun', message: "'8:30' is not a time: use HH:MM from 00:00 to 24:00" }]],
    [{ sun: ['08:00-09:00', '8-18'] }, [{ key: 'sun', index: 1, message: expect.stringMatching(/'8' is not a time/) }]],
    [{ sun: '08:00' }, [{ key: 'sun', message: "'08:00' is not a time range: use HH:MM-HH:MM, such as 08:00-18:00" }]],
    [{ sun: '' }, [{ key: 'sun', message: `hours for 'sun' must be text such as "08:00-18:00"` }]],
    [{ sun: '24:00-02:00' }, [{ key: 'sun', message: expect.stringMatching(/starts at 24:00/) }]],
    [{ 'mo-fr': '08:00-18:00' }, [{ key: 'mo-fr', message: "'mo' is not a day: use mon, tue, wed, thu, fri, sat or sun" }]],
    [{ 'mon-tue-wed': '08:00-18:00' }, [{ key: 'mon-tue-wed', message: expect.stringMatching(/not a day or a day range/) }]],
    [{ 'mon-fri': '08:00-18:00, 17:00-19:00' }, [{ key: 'mon-fri', message: '17:00-19:00 overlaps 08:00-18:00 on mon, tue, wed, thu, fri' }]],
    [{ 'mon-fri': '08:00-18:00', wed: ['07:00-08:00', '12:00-13:00'] }, [{ key: 'wed', index: 1, message: "12:00-13:00 overlaps 08:00-18:00 from 'mon-fri' on wed" }]],
    [{ fri: '22:00-06:00', sat: '05:00-07:00' }, [{ key: 'sat', message: "05:00-07:00 overlaps 22:00-06:00 from 'fri' (fri, past midnight) on sat" }]],
    [{ 'sat,sat': '10:00-11:00' }, [{ key: 'sat,sat', message: '10:00-11:00 overlaps 10:00-11:00 on sat' }]],
  ])('reports %j', (spec, problems) => {
    expect(parseHours(spec).problems).toEqual(problems);
  });

  it('reports hours that are not a map', () => {
    expect(parseHours('08:00-18:00' as never).problems).toEqual([{ key: '', message: expect.stringMatching(/hours must map days/) }]);
  });

  it('accepts a past-midnight range that only touches the next day', () => {
    expect(parseHours({ fri: '22:00-06:00', sat: '06:00-07:00' }).problems).toEqual([]);
    expect(parseHours({ 'mon-sun': '00:00-24:00' }).problems).toEqual([]);
    expect(parseHours({ 'mon-sun': '08:00-08:00' }).problems).toEqual([]);
  });
});

describe('parseEvery', () => {
  it.each<[string, ReturnType<typeof r>[]]>([
    ['sun 02:00-04:00', [r(7, '02:00', '04:00')]],
    ['mon-fri 22:00-23:30', [1, 2, 3, 4, 5].map((d) => r(d, '22:00', '23:30'))],
    ['sat,sun 01:00-02:00', [r(6, '01:00', '02:00'), r(7, '01:00', '02:00')]],
    ['sat 23:00-01:00, 05:00-06:00', [r(6, '05:00', '06:00'), r(6, '23:00', '25:00')]],
    ['  sun   02:00-04:00 ', [r(7, '02:00', '04:00')]],
  ])('%s', (text, ranges) => {
    expect(parseEvery(text)).toEqual({ ranges });
  });

  it.each<[string, RegExp]>([
    ['sunday', /not a weekly window: use DAYS HH:MM-HH:MM/],
    ['02:00-04:00', /not a weekly window/],
    ['son 02:00-04:00', /'son' is not a day/],
    ['sun 02:00-4:00', /'4:00' is not a time/],
    ['sun 02:00', /not a time range/],
  ])('%j is a problem', (text, message) => {
    const got = parseEvery(text);
    expect('problem' in got && got.problem).toMatch(message);
  });
});
