import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dataPathProblem } from '../../src/core/data-path';
import { locateDataFiles } from '../../src/io/data-files';
import { checkDataPath } from '../../src/io/data-paths';
import type { SourcePlan } from '../../src/rows';

describe('dataPathProblem (the text of a path)', () => {
  it.each([
    ['/proc/self/environ', 'absolute'],
    ['\\\\server\\share\\x.csv', 'absolute'],
    ['C:\\exports\\x.csv', 'absolute'],
    ['../../../../etc/passwd', 'parent'],
    ['data/../../x.csv', 'parent'],
    ['data\\..\\..\\x.csv', 'parent'],
    ['.git/config', 'hidden'],
    ['data/.env', 'hidden'],
    ['.data/x.csv', 'hidden'],
  ])('%s is %s', (written, problem) => {
    expect(dataPathProblem(written)).toBe(problem);
  });

  it.each(['data/x.csv', './data/x.csv', 'x.csv.gz', 'data/2026.10/x.csv', 'a..b.csv'])('%s stays inside', (written) => {
    expect(dataPathProblem(written)).toBeNull();
  });
});

describe('checkDataPath (where a path really leads)', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-data-paths-'));
  const root = path.join(base, 'agreements');
  const outside = path.join(base, 'outside');
  beforeAll(() => {
    fs.mkdirSync(path.join(root, 'data'), { recursive: true });
    fs.mkdirSync(path.join(root, '.git'), { recursive: true });
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(root, 'data/ok.csv'), 'a\n1\n');
    fs.writeFileSync(path.join(root, '.git/config'), '[core]\n');
    fs.writeFileSync(path.join(outside, 'secret.csv'), 'token\nx\n');
    fs.symlinkSync(path.join(outside, 'secret.csv'), path.join(root, 'data/link.csv'));
    fs.symlinkSync(path.join(root, '.git/config'), path.join(root, 'data/config.csv'));
    fs.symlinkSync(path.join(root, 'data/ok.csv'), path.join(root, 'data/inside.csv'));
    fs.symlinkSync(outside, path.join(root, 'data/out'));
    execFileSync('mkfifo', [path.join(root, 'data/pipe.csv')]);
  });
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

  const check = (written: string, allowOutside = false) => () => checkDataPath('s', written, path.resolve(root, written), { root, allowOutside });

  it('passes files inside, a link that stays inside, and a file that does not exist (reading it says so)', () => {
    expect(check('data/ok.csv')).not.toThrow();
    expect(check('data/inside.csv')).not.toThrow();
    expect(check('data/missing.csv')).not.toThrow();
  });

  it('refuses what the text says is outside, before looking at the disk', () => {
    expect(check('/etc/passwd')).toThrow(
      `data source 's' reads "/etc/passwd", an absolute path outside the agreement's folder: sla evaluate reads data files only inside the agreement's folder (pass --allow-outside-data to read it anyway, or --data s=FILE)`,
    );
    expect(check('../outside/secret.csv')).toThrow("a path that climbs out of the agreement's folder with ..");
    expect(check('.git/config')).toThrow('a hidden file or folder (such as .git or .env, where CI keeps credentials)');
  });

  it('refuses links that lead out, or into a hidden folder, and files that are not regular', () => {
    expect(check('data/link.csv')).toThrow("which leads outside the agreement's folder (through a symbolic link)");
    expect(check('data/out/secret.csv')).toThrow("which leads outside the agreement's folder (through a symbolic link)");
    expect(check('data/config.csv')).toThrow('which leads to a hidden file or folder');
    expect(check('data/pipe.csv')).toThrow('which is not a regular file (a folder, a device or a pipe)');
    expect(check('data')).toThrow('which is not a regular file');
  });

  it('lets everything through with --allow-outside-data', () => {
    for (const p of ['/etc/passwd', '../outside/secret.csv', '.git/config', 'data/link.csv', 'data/pipe.csv']) expect(check(p, true)).not.toThrow();
  });

  it('is applied by locateDataFiles to the agreement’s paths, never to --data', () => {
    const source: SourcePlan = { name: 's', kind: 'events', file: 'data/link.csv', columns: ['a'] };
    const options = { agreementDir: root, cwd: base, declared: ['s'] };
    expect(() => locateDataFiles([source], { ...options, overrides: {} })).toThrow('through a symbolic link');
    expect(locateDataFiles([source], { ...options, overrides: {}, allowOutside: true })[0]!.path).toBe(path.join(root, 'data/link.csv'));
    expect(locateDataFiles([source], { ...options, overrides: { s: 'outside/secret.csv' } })[0]!.path).toBe(path.join(outside, 'secret.csv'));
  });
});
