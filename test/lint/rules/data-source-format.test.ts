import { dataSourceFormat } from '../../../src/lint/rules/data-source-format';
import { fixture, lintFile, where } from './lint-fixture';

describe('data-source-format', () => {
  it('bad.sla.yaml: reports a kind the format does not give, a pattern and a locale sla cannot read, and selectors', () => {
    expect(where(lintFile(dataSourceFormat, fixture('data-source-format', 'bad.sla.yaml')))).toEqual([
      "16:17 error data source 'requests': timestamps 'yyyy-MM-ddTHH:mm': 'T' is not a token sla reads (tokens: y yy yyyy M MM MMM MMMM L LL LLL LLLL d dd H HH h hh a m mm s ss S SSS u uu uuu E EEE EEEE c ccc cccc Z ZZ ZZZ); put literal text in single quotes, such as 'T'",
      "18:11 error data source 'status' (statuspage) holds items: the statuspage format gives 'intervals'",
      "25:13 error data source 'german': 'en-US-GB' is not a locale (such as en-US or de-DE)",
      `30:22 error data source 'counters': 'http_requests_total{code=200}': expected label matchers like code="200" or code!~"5.." in the braces`,
      "30:14 error data source 'counters' (prometheus) names no 'total' series selector in columns",
    ]);
  });

  it('good.sla.yaml: passes patterns, locales, kinds and selectors sla reads', () => {
    expect(where(lintFile(dataSourceFormat, fixture('data-source-format', 'good.sla.yaml')))).toEqual([]);
  });
});
