import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../../src/lint/rules';
import { lintFile, where } from './lint-fixture';
import { REFERENCE } from '../../helpers/reference';

const references = readdirSync(REFERENCE).filter((f) => f.endsWith('.sla.yaml'));

describe('the reference agreements', () => {
  it('are all three there', () => {
    expect(references.sort()).toEqual(['managed-hosting.sla.yaml', 'marketing-sales.sla.yaml', 'saas-platform.sla.yaml']);
  });

  describe.each(references)('%s', (name) => {
    it.each(builtinRules.map((r) => [r.id, r] as const))('gives no finding from %s', (_id, rule) => {
      expect(where(lintFile(rule, join(REFERENCE, name)))).toEqual([]);
    });
  });
});
