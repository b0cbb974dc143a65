import { validReference } from '../../../src/lint/rules/valid-reference';
import { fixture, lintFile, where } from './lint-fixture';

describe('valid-reference', () => {
  it('bad.sla.yaml: reports every kind of dangling reference with a did-you-mean hint', () => {
    expect(where(lintFile(validReference, fixture('valid-reference', 'bad.sla.yaml')))).toEqual([
      "25:14 error metric 'uptime' names service 'shop-hostng', which does not exist (did you mean 'shop-hosting'?)",
      "28:11 error metric 'uptime' names data source 'incident', which does not exist (did you mean 'incidents'?)",
      "29:13 error metric 'uptime' names calendar 'ofice', which does not exist (did you mean 'office'?)",
      "32:28 error metric 'uptime' names maintenance window 'patchng', which does not exist (did you mean 'patching'?)",
      "39:24 error metric 'uptime-offhours' names calendar 'offices', which does not exist (did you mean 'office'?)",
      "51:13 error metric 'response' names data source 'wait', which does not exist (did you mean 'waits'?)",
      "64:15 error metric 'specs' names metric 'respons', which does not exist (did you mean 'response'?)",
      "69:14 error approval 1 names party 'provder', which does not exist (did you mean 'provider'?)",
      "67:8 error reporting.to names party 'custmer', which does not exist (did you mean 'customer'?)",
    ]);
  });

  it('bad-clauses.sla.yaml: reports dangling signals, deployed, excluded and pauses data, window exclusions, credit bases and claim calendars', () => {
    expect(where(lintFile(validReference, fixture('valid-reference', 'bad-clauses.sla.yaml')))).toEqual([
      "33:23 error metric 'uptime' names data source 'inoperable', which does not exist",
      "34:23 error metric 'uptime' names data source 'deployment', which does not exist (did you mean 'deployments'?)",
      "35:23 error metric 'uptime' names data source 'schedule', which does not exist",
      "36:25 error metric 'uptime' names maintenance window 'frezze', which does not exist (did you mean 'freeze'?)",
      "46:21 error metric 'response' names data source 'status_log', which does not exist (did you mean 'status-log'?)",
      "10:52 error service 'hosting' names data source 'biling', which does not exist (did you mean 'billing'?)",
      "50:48 error credits.claim names calendar 'offce', which does not exist (did you mean 'office'?)",
    ]);
  });

  it('good.sla.yaml: passes references that resolve, including the built-in 24x7 and maintenance', () => {
    expect(where(lintFile(validReference, fixture('valid-reference', 'good.sla.yaml')))).toEqual([]);
  });
});
