import { diffAgreements } from '../../src/diff';
import { describe as describeValue } from '../../src/diff/describe';
import { meaning } from '../../src/diff/normalize';
import * as path from 'path';
import { agreement, FIXTURES } from './helpers';

type Data = Record<string, any>;

describe('credit tier bands are compared by meaning', () => {
  it.each([
    ['>99% and <=99.9%', '> 99% and <= 99.9%'],
    ['> 99.0% and <= 99.90%', '> 99% and <= 99.9%'],
    ['<= 99.9% and > 99%', '> 99% and <= 99.9%'],
    ['<99.5%', '< 99.5%'],
  ])('%j means %j', (a, b) => {
    expect(meaning('BandText', a)).toBe(meaning('BandText', b));
  });

  it.each([
    ['> 99% and <= 99.9%', '> 99% and < 99.9%'],
    ['> 99% and <= 99.9%', '>= 99% and <= 99.9%'],
    ['> 99% and <= 99.9%', '<= 99.9%'],
  ])('%j differs from %j', (a, b) => {
    expect(meaning('BandText', a)).not.toBe(meaning('BandText', b));
  });

  it('describes a band in words', () => {
    expect(describeValue('BandText', '>99% and <=99.9%')).toBe('more than 99% and at most 99.9%');
    expect(describeValue('BandText', '< 99.5%')).toBe('below 99.5%');
  });

  it('finds no change when a band is only respaced', () => {
    const a = agreement(path.join(FIXTURES, 'target-lowered/old.sla.yaml')) as Data;
    a.metrics[0].credits[0].when = '> 99% and <= 99.9%';
    const b = JSON.parse(JSON.stringify(a)) as Data;
    b.metrics[0].credits[0].when = '>99% and <=99.9%';
    expect(diffAgreements(a, b).changes).toEqual([]);
    b.metrics[0].credits[0].when = '>99% and <99.9%';
    expect(diffAgreements(a, b).changes.length).toBeGreaterThan(0);
  });
});
