import { sliceLength } from '../../../src/lint/rules/slice-length';
import { fixture, lintFile, where } from './lint-fixture';

describe('slice-length', () => {
  it('bad.sla.yaml: reports slices that would cut a period into more than 1,000,000 slices, and a zero slice', () => {
    expect(where(lintFile(sliceLength, fixture('slice-length', 'bad.sla.yaml')))).toEqual([
      "20:12 error metric 'api-year': slice 'PT0.001S' would cut a year into more than 1,000,000 slices; a year takes a slice of at least 32s",
      "30:12 error metric 'api-month': slice '1s' would cut a month into more than 1,000,000 slices; a month takes a slice of at least 3s",
      "40:12 error metric 'api-day': slice '0m' is zero; a day takes a slice of at least 100ms (PT0.1S)",
    ]);
  });

  it('good.sla.yaml: passes slices of a minute, five minutes and a tenth of a second for a day', () => {
    expect(where(lintFile(sliceLength, fixture('slice-length', 'good.sla.yaml')))).toEqual([]);
  });
});
