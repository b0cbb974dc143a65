import { dataFileExists } from '../../../src/lint/rules/data-file-exists';
import { runRule } from '../../../src/lint/context';
import { fixture, lintFile, load, where } from './lint-fixture';

describe('data-file-exists', () => {
  it('bad.sla.yaml: warns of a missing file, relative to the agreement', () => {
    expect(where(lintFile(dataFileExists, fixture('data-file-exists', 'bad.sla.yaml')))).toEqual([
      "13:35 warning data source 'requests' reads 'data/request.csv', which does not exist (paths are relative to the agreement's folder)",
    ]);
  });

  it('good.sla.yaml: passes a file that exists', () => {
    expect(where(lintFile(dataFileExists, fixture('data-file-exists', 'good.sla.yaml')))).toEqual([]);
  });
});

describe('data-file-exists and the file system', () => {
  it('asks only the injected fileExists, with paths as written', () => {
    const asked: string[] = [];
    const doc = load(fixture('data-file-exists', 'bad.sla.yaml'));
    const findings = runRule(dataFileExists, doc, { severity: 'warning', fileExists: (p) => (asked.push(p), p.startsWith('data/inc')) });
    expect(asked).toEqual(['data/incidents.csv', 'data/request.csv']);
    expect(findings.map((f) => f.range.start.line)).toEqual([13]);
  });
});
