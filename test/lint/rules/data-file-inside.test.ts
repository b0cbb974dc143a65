import { dataFileInside } from '../../../src/lint/rules/data-file-inside';
import { fixture, lintFile, where } from './lint-fixture';

describe('data-file-inside', () => {
  it('bad.sla.yaml: warns of absolute paths, .. and hidden files, at the path', () => {
    const tail = "sla evaluate refuses it unless run with --allow-outside-data";
    expect(where(lintFile(dataFileInside, fixture('data-file-inside', 'bad.sla.yaml')))).toEqual([
      `12:37 warning data source 'environ' reads '/proc/self/environ', an absolute path outside the agreement's folder; ${tail}`,
      `13:36 warning data source 'passwd' reads '../../../../../../etc/passwd', a path that climbs out of the agreement's folder with ..; ${tail}`,
      `14:33 warning data source 'config' reads '.git/config', a hidden file or folder (such as .git or .env, where CI keeps credentials); ${tail}`,
      `15:33 warning data source 'shared' reads 'data/../data/requests.csv', a path that climbs out of the agreement's folder with ..; ${tail}`,
    ]);
  });

  it('good.sla.yaml: passes relative paths below the folder, ./ included', () => {
    expect(where(lintFile(dataFileInside, fixture('data-file-inside', 'good.sla.yaml')))).toEqual([]);
  });
});
