import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, runSla } from '../helpers/run-sla';

// Where editors find the schema: the first line `sla init` writes, and `sla schema --out`.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-schema-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const SCHEMA = fs.readFileSync(path.join(ROOT, 'schemas/agreement.schema.json'), 'utf8');
const modeline = (file: string) => /^# yaml-language-server: \$schema=(\S+)$/.exec(fs.readFileSync(file, 'utf8').split('\n')[0])?.[1];

describe('sla init', () => {
  it('points editors at the running sla\'s schema by a relative path, and says when that path leaves the project', () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'init-'));
    fs.mkdirSync(path.join(dir, 'contracts'));
    const r = runSla(['init', 'contracts/shop.sla.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const ref = modeline(path.join(dir, 'contracts/shop.sla.yaml'))!;
    expect(path.isAbsolute(ref)).toBe(false);
    expect(fs.readFileSync(path.resolve(dir, 'contracts', ref), 'utf8')).toBe(SCHEMA);
    // this repository's sla is not in the project's node_modules: say so, and where to read more
    expect(r.stdout).toBe(
      'Wrote contracts/shop.sla.yaml. Next: edit it, then run  sla lint contracts/shop.sla.yaml\n' +
        `Its first line points editors at ${ref}, outside the project; see \`sla help init\` for one that works for everyone.\n`,
    );
  });

  it('writes the schema reference it is given, and refuses one with spaces', () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'init-'));
    const r = runSla(['init', '--schema', './agreement.schema.json', 'shop.sla.yaml'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, 'Wrote shop.sla.yaml. Next: edit it, then run  sla lint shop.sla.yaml\n']);
    expect(modeline(path.join(dir, 'shop.sla.yaml'))).toBe('./agreement.schema.json');
    const starter = fs.readFileSync(path.join(ROOT, 'templates/starter.sla.yaml'), 'utf8');
    expect(fs.readFileSync(path.join(dir, 'shop.sla.yaml'), 'utf8').split('\n').slice(1)).toEqual(starter.split('\n').slice(1));
    const bad = runSla(['init', '--schema', 'my schema.json', 'other.sla.yaml'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, "sla: --schema expects a path or URL without spaces, got 'my schema.json'\n"]);
    expect(fs.existsSync(path.join(dir, 'other.sla.yaml'))).toBe(false);
  });

  it('explains the choices in its help', () => {
    const help = runSla(['help', 'init']).stdout;
    expect(help).toContain('--schema <path-or-url>');
    expect(help).toContain('$ sla schema --out agreement.schema.json && sla init --schema ./agreement.schema.json');
  });
});

describe('sla schema --out', () => {
  it('writes the schema to a file, atomically, or to standard output with -', () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'schema-'));
    const r = runSla(['schema', '--out', 'agreement.schema.json'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(fs.readFileSync(path.join(dir, 'agreement.schema.json'), 'utf8')).toBe(SCHEMA);
    expect(runSla(['schema', '--out', '-']).stdout).toBe(SCHEMA);
    const failed = runSla(['schema', '--out', 'missing/agreement.schema.json'], { cwd: dir });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^sla: cannot write .*missing[\\/]agreement\.schema\.json: no such file or directory\n$/);
    expect(fs.readdirSync(dir)).toEqual(['agreement.schema.json']);
  });

  it('a copy beside the agreement is what the first line of a starter can name', () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'copy-'));
    expect(runSla(['schema', '--out', 'agreement.schema.json'], { cwd: dir }).code).toBe(0);
    expect(runSla(['init', '--schema', './agreement.schema.json', 'shop.sla.yaml'], { cwd: dir }).code).toBe(0);
    const ref = modeline(path.join(dir, 'shop.sla.yaml'))!;
    expect(JSON.parse(fs.readFileSync(path.resolve(dir, ref), 'utf8')).$id).toBe(JSON.parse(SCHEMA).$id);
    const lint = runSla(['lint', 'shop.sla.yaml', '--rule', 'data-file-exists:off'], { cwd: dir });
    expect([lint.code, lint.stdout]).toEqual([0, '']);
  });
});
