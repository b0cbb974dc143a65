import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { REFERENCE, ROOT } from '../helpers/run-sla';

// The schema tests read copies of the normative agreements; they must stay
// byte-for-byte the files in ../shared/reference.
const COPIES = join(ROOT, 'test/fixtures/schema/reference');

describe('copies of the reference agreements', () => {
  it.each(readdirSync(REFERENCE).filter((f) => f.endsWith('.sla.yaml')))('%s is identical to the shared original', (name) => {
    expect(readFileSync(join(COPIES, name)).equals(readFileSync(join(REFERENCE, name)))).toBe(true);
  });

  it('holds no agreement that is not in the shared folder', () => {
    expect(readdirSync(COPIES).sort()).toEqual(readdirSync(REFERENCE).filter((f) => f.endsWith('.sla.yaml')).sort());
  });
});
