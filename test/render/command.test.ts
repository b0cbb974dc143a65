import * as fs from 'fs';
import * as path from 'path';
import { formatFor, renderCommand } from '../../src/cli/render-command';
import { findBrowser } from '../../src/io/browser';
import { captureIO, referenceFile, scratch } from './helpers';

const agreement = referenceFile('marketing-sales');

it('picks the format from --format, else the --out extension, else Markdown', () => {
  expect(formatFor({ out: 'a.HTML' })).toBe('html');
  expect(formatFor({ out: 'a.htm' })).toBe('html');
  expect(formatFor({ out: 'a.pdf' })).toBe('pdf');
  expect(formatFor({ out: 'a.md' })).toBe('md');
  expect(formatFor({ out: 'a.txt' })).toBe('md');
  expect(formatFor({ out: '-' })).toBe('md');
  expect(formatFor({ format: 'html', out: 'a.md' })).toBe('html');
});

it('writes the file atomically and prints nothing', async () => {
  const dir = scratch('command');
  const c = captureIO();
  expect(await renderCommand({ file: agreement, out: path.join(dir, 'out.html') }, c.io)).toBe(0);
  expect(fs.readFileSync(path.join(dir, 'out.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  expect(c.stdout()).toBe('');
  expect(fs.readdirSync(dir)).toEqual(['out.html']);
});

it('refuses to write over its input, exit 2', async () => {
  const dir = scratch('command');
  const file = path.join(dir, 'a.sla.yaml');
  fs.copyFileSync(agreement, file);
  const c = captureIO(dir);
  await expect(renderCommand({ file: 'a.sla.yaml', out: file, format: 'md' }, c.io)).rejects.toMatchObject({ exitCode: 2 });
  expect(fs.readFileSync(file, 'utf8')).toBe(fs.readFileSync(agreement, 'utf8'));
});

it('reports an unwritable path, exit 2', async () => {
  const c = captureIO();
  await expect(renderCommand({ file: agreement, out: '/no/such/folder/x.md' }, c.io)).rejects.toMatchObject({
    exitCode: 2,
    message: expect.stringContaining('cannot write /no/such/folder/x.md'),
  });
});

it('refuses an agreement with errors, exit 1, listing them', async () => {
  const dir = scratch('command');
  fs.writeFileSync(path.join(dir, 'bad.sla.yaml'), 'sla: 1\nid: [unclosed\n');
  const c = captureIO(dir);
  await expect(renderCommand({ file: 'bad.sla.yaml' }, c.io)).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/bad\.sla\.yaml:\d+:\d+: /) });
});

it('rejects a bad --date or --locale, exit 2', async () => {
  const c = captureIO();
  await expect(renderCommand({ file: agreement, date: '2026-02-30' }, c.io)).rejects.toMatchObject({ exitCode: 2 });
  await expect(renderCommand({ file: agreement, locale: 'not a locale!' }, c.io)).rejects.toMatchObject({ exitCode: 2 });
});

it('names the paths it looked at when no browser is found, exit 2', async () => {
  expect(() => findBrowser({ CHROME_PATH: '/nowhere/chrome' })).toThrow(/CHROME_PATH is \/nowhere\/chrome/);
  const c = captureIO(undefined, { CHROME_PATH: '/nowhere/chrome' });
  await expect(renderCommand({ file: agreement, out: 'x.pdf' }, c.io)).rejects.toMatchObject({ exitCode: 2 });
});
