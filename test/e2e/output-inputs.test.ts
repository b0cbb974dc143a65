import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, runSla } from '../helpers/run-sla';

// A run never writes its output over one of its own inputs (src/io/output-inputs.ts).

const BAD = path.join(ROOT, 'test/fixtures/bad-data');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-inputs-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function project(): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'p-'));
  for (const f of ['agreement.sla.yaml', 'requests.csv', 'incidents.csv']) fs.copyFileSync(path.join(BAD, f), path.join(dir, f));
  return dir;
}

const EVALUATE = ['evaluate', 'agreement.sla.yaml', '--period', '2026-03', '--as-of', '2026-12-05T00:00:00Z', '--format', 'csv'];

const pick = (r: { code: number; stderr: string }): [number, string] => [r.code, r.stderr];

describe('a run never writes over what it reads', () => {
  it('evaluate refuses the agreement, a data file, the config, a link and a hard link to them, before reading the data', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, '.slarc.yaml'), 'rules: {}\n');
    fs.symlinkSync('requests.csv', path.join(dir, 'link.csv'));
    fs.linkSync(path.join(dir, 'agreement.sla.yaml'), path.join(dir, 'hard.yaml'));
    const before = Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    const cases: [string, string][] = [
      ['agreement.sla.yaml', 'the agreement'],
      ['hard.yaml', 'the agreement'],
      ['incidents.csv', "data source 'incidents'"],
      ['link.csv', "data source 'requests'"],
      ['.slarc.yaml', 'the config file .slarc.yaml'],
    ];
    for (const [out, what] of cases) {
      expect(pick(runSla([...EVALUATE, '--out', out], { cwd: dir }))).toEqual([2, `sla: --out ${out} is a file this run reads (${what}); choose another file\n`]);
    }
    // a --data file too
    fs.writeFileSync(path.join(dir, 'export.csv'), fs.readFileSync(path.join(dir, 'requests.csv')));
    expect(pick(runSla([...EVALUATE, '--data', 'requests=export.csv', '--out', 'export.csv'], { cwd: dir }))).toEqual([
      2,
      "sla: --out export.csv is a file this run reads (data source 'requests'); choose another file\n",
    ]);
    for (const [f, text] of Object.entries(before)) expect(fs.readFileSync(path.join(dir, f), 'utf8')).toBe(text);
  });

  it('lint refuses an agreement it lints and its config; render refuses the agreement and a template', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, '.slarc.yaml'), 'rules: {}\n');
    fs.mkdirSync(path.join(dir, 'tpl'));
    fs.writeFileSync(path.join(dir, 'tpl', 'title.hbs'), '# {{title}}\n');
    expect(pick(runSla(['lint', '.', '--output', 'agreement.sla.yaml'], { cwd: dir }))).toEqual([
      2,
      'sla: --out agreement.sla.yaml is a file this run reads (an agreement); choose another file\n',
    ]);
    expect(pick(runSla(['lint', 'agreement.sla.yaml', '--output', '.slarc.yaml'], { cwd: dir }))[0]).toBe(2);
    expect(pick(runSla(['render', 'agreement.sla.yaml', '--template', 'tpl', '--out', 'tpl/title.hbs'], { cwd: dir }))).toEqual([
      2,
      'sla: --out tpl/title.hbs is a file this run reads (a template); choose another file\n',
    ]);
    expect(fs.readFileSync(path.join(dir, 'agreement.sla.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(BAD, 'agreement.sla.yaml'), 'utf8'));
    expect(fs.readFileSync(path.join(dir, 'tpl', 'title.hbs'), 'utf8')).toBe('# {{title}}\n');
  });
});
