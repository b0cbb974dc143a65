import { metricChart, targetNumber, type ChartSpec } from '../../../src/formatters/evaluate/chart';

const spec: ChartSpec = {
  id: 'c1',
  title: 'Uptime <per> period',
  unit: '%',
  target: 99.5,
  points: [
    { label: '2026-09', value: 98.3, status: 'breached' },
    { label: '2026-10', value: null, status: 'no-data' },
    { label: '2026-11', value: 99.9, status: 'met' },
  ],
};

const ys = (svg: string): number[] => [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('metricChart', () => {
  it('is pure and accessible', () => {
    const svg = metricChart(spec);
    expect(metricChart(spec)).toBe(svg);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="c1-title">Uptime &#60;per&#62; period</title>');
    expect(svg).toContain('2026-10: no data (no-data)');
    expect(svg).toContain('target 99.5%');
  });

  it('scales values between the plot edges with the target in between', () => {
    const svg = metricChart(spec);
    const [low, high] = ys(svg);
    expect(ys(svg)).toHaveLength(2);
    expect(low).toBeGreaterThan(high);
    const target = Number(/<line x1="[\d.]+" y1="([\d.]+)"/.exec(svg)?.[1]);
    expect(target).toBeLessThan(low);
    expect(target).toBeGreaterThan(high);
    for (const y of ys(svg)) expect(y).toBeGreaterThanOrEqual(12), expect(y).toBeLessThanOrEqual(132);
  });

  it('draws a flat series without dividing by zero', () => {
    const svg = metricChart({ ...spec, target: null, points: [{ label: 'a', value: 5, status: 'met' }] });
    expect(svg).not.toContain('NaN');
    expect(ys(svg)).toEqual([72]);
  });
});

describe('targetNumber', () => {
  it('reads the bound in the value unit', () => {
    expect(targetNumber('>= 99.5%', '%')).toBe(99.5);
    expect(targetNumber('<= 600ms', 'ms')).toBe(600);
    expect(targetNumber('<= 1.5s', 'ms')).toBe(1500);
    expect(targetNumber('>= 100', null)).toBe(100);
    expect(targetNumber('between 1 and 2', null)).toBeNull();
  });
});

describe('metricChart with many periods', () => {
  it('labels about eight of 53 weeks but plots every one', () => {
    const points = Array.from({ length: 53 }, (_, i) => ({ label: `2026-W${String(i + 1).padStart(2, '0')}`, value: 99 + (i % 3) / 10, status: 'met' as const }));
    const svg = metricChart({ id: 'w', title: 'weekly', unit: '%', target: 99.9, points });
    expect(svg.match(/<circle /g)).toHaveLength(53);
    const labels = [...svg.matchAll(/>(2026-W\d\d)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['2026-W01', '2026-W08', '2026-W15', '2026-W22', '2026-W29', '2026-W36', '2026-W43', '2026-W50']);
  });
});
