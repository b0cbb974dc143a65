import { existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { catalogue, changeKinds, diffAgreements, type ChangeKind, type Direction } from '../../src/diff';
import { OPPOSITE } from '../../src/diff/kinds/spec';
import { FIXTURES, fixture } from './helpers';

/** Every fixture pair and exactly the kinds (with whom they favour) it must report. */
const EXPECTED: Record<ChangeKind, Array<[ChangeKind, Direction]>> = {
  'target-lowered': [['target-lowered', 'provider']],
  'target-raised': [['target-raised', 'customer']],
  'target-made-strict': [['target-made-strict', 'customer']],
  'target-made-inclusive': [['target-made-inclusive', 'provider']],
  'warning-changed': [['warning-changed', 'neutral']],
  'metric-added': [['metric-added', 'customer']],
  'metric-removed': [['metric-removed', 'provider']],
  'tier-added': [['tier-added', 'customer']],
  'tier-removed': [['tier-removed', 'provider']],
  'credit-raised': [['credit-raised', 'customer']],
  'credit-reduced': [['credit-reduced', 'provider']],
  'tier-widened': [['tier-widened', 'customer']],
  'tier-narrowed': [['tier-narrowed', 'provider']],
  'earn-back-added': [['earn-back-added', 'provider']],
  'earn-back-removed': [['earn-back-removed', 'customer']],
  'earn-back-lengthened': [['earn-back-lengthened', 'customer']],
  'earn-back-shortened': [['earn-back-shortened', 'provider']],
  'period-lengthened': [['period-lengthened', 'provider']],
  'period-shortened': [['period-shortened', 'customer']],
  'window-narrowed': [['window-narrowed', 'provider']],
  'window-widened': [['window-widened', 'customer']],
  'time-limit-extended': [['time-limit-extended', 'provider']],
  'time-limit-shortened': [['time-limit-shortened', 'customer']],
  'percentile-raised': [['percentile-raised', 'customer']],
  'percentile-lowered': [['percentile-lowered', 'provider']],
  'exclusion-added': [['exclusion-added', 'provider']],
  'exclusion-removed': [['exclusion-removed', 'customer']],
  'excuse-added': [['excuse-added', 'provider']],
  'excuse-removed': [['excuse-removed', 'customer']],
  'service-added': [['service-added', 'customer'], ['metric-added', 'customer']],
  'service-removed': [['service-removed', 'provider'], ['metric-removed', 'provider']],
  'fee-raised': [['fee-raised', 'provider']],
  'fee-lowered': [['fee-lowered', 'customer']],
  'limit-raised': [['limit-raised', 'customer']],
  'limit-lowered': [['limit-lowered', 'provider']],
  'inclusion-added': [['inclusion-added', 'customer']],
  'inclusion-removed': [['inclusion-removed', 'provider']],
  'calendar-added': [['calendar-added', 'neutral']],
  'calendar-removed': [['calendar-removed', 'neutral']],
  'hours-shortened': [['hours-shortened', 'provider']],
  'hours-extended': [['hours-extended', 'customer']],
  'holiday-added': [['holiday-added', 'provider']],
  'holiday-removed': [['holiday-removed', 'customer']],
  'maintenance-window-added': [['maintenance-window-added', 'provider']],
  'maintenance-window-removed': [['maintenance-window-removed', 'customer']],
  'maintenance-window-widened': [['maintenance-window-widened', 'provider']],
  'maintenance-window-narrowed': [['maintenance-window-narrowed', 'customer']],
  'notice-shortened': [['notice-shortened', 'provider']],
  'notice-lengthened': [['notice-lengthened', 'customer']],
  'cap-lowered': [['cap-lowered', 'provider']],
  'cap-raised': [['cap-raised', 'customer']],
  'minimum-raised': [['minimum-raised', 'provider']],
  'minimum-lowered': [['minimum-lowered', 'customer']],
  'combine-to-sum': [['combine-to-sum', 'customer']],
  'combine-to-max': [['combine-to-max', 'provider']],
  'claim-window-shortened': [['claim-window-shortened', 'provider']],
  'claim-window-extended': [['claim-window-extended', 'customer']],
  'escalation-slowed': [['escalation-slowed', 'provider']],
  'escalation-sped-up': [['escalation-sped-up', 'customer']],
  'term-shortened': [['term-shortened', 'review']],
  'term-extended': [['term-extended', 'review']],
  'responsibility-added': [['responsibility-added', 'customer']],
  'responsibility-removed': [['responsibility-removed', 'provider']],
  'value-added': [['value-added', 'review']],
  'value-removed': [['value-removed', 'review']],
  'value-changed': [['value-changed', 'review']],
  'measurement-changed': [['measurement-changed', 'review']],
  'owner-changed': [['owner-changed', 'review']],
  'clause-reworded': [['clause-reworded', 'review']],
  'wording-changed': [['wording-changed', 'neutral']],
  'metadata-changed': [['metadata-changed', 'neutral']],
  renamed: [['renamed', 'neutral']],
};

const reported = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  diffAgreements(before, after).changes.map((c) => [c.kind, c.direction]).sort();

describe.each([...changeKinds])('%s', (kind) => {
  it('is reported, with whom it favours, by its fixture pair and nothing else', () => {
    const { before, after } = fixture(kind);
    expect(reported(before, after)).toEqual([...EXPECTED[kind]].sort());
  });

  it('is reported as its mirror when the pair is read backwards', () => {
    const { before, after } = fixture(kind);
    const mirror = catalogue[kind].mirror;
    const backwards = reported(after, before).map(([k]) => k);
    expect(backwards).toContain(mirror);
  });
});

describe('the catalogue', () => {
  it('has a fixture folder for every kind and no other', () => {
    expect(readdirSync(FIXTURES).filter((d) => existsSync(path.join(FIXTURES, d, 'old.sla.yaml'))).sort()).toEqual([...changeKinds].sort());
  });

  it.each([...changeKinds])('%s names a mirror that names it back, and favours the opposite party', (kind) => {
    const spec = catalogue[kind];
    expect(changeKinds).toContain(spec.mirror);
    expect(catalogue[spec.mirror].mirror).toBe(kind);
    expect(catalogue[spec.mirror].benefits).toBe(OPPOSITE[spec.benefits]);
    if (spec.mirror === kind) expect(['neutral', 'review']).toContain(spec.benefits);
  });
});
