import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinRules, findRule } from '../../../src/lint/rules';

const DOCS = resolve(__dirname, '../../../docs/rules');
const readme = readFileSync(join(DOCS, 'README.md'), 'utf8');

describe('the built-in rules', () => {
  it('have unique kebab-case ids, each found by id', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of builtinRules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(findRule(rule.id)).toBe(rule);
      expect(rule.description.length).toBeGreaterThan(20);
    }
    expect(findRule('toString')).toBeUndefined();
  });

  it.each(builtinRules.map((r) => [r.id, r] as const))('%s has a docs page with its severity, a bad and a good example and how to configure it', (id, rule) => {
    const file = join(DOCS, `${id}.md`);
    expect(existsSync(file)).toBe(true);
    const page = readFileSync(file, 'utf8');
    expect(page.split('\n')[0]).toBe(`# ${id}`);
    expect(page).toContain(`**Default severity:** ${rule.defaultSeverity}`);
    for (const section of ['## What it checks', '## Why', '## Bad', '## Good', '## Configuration']) expect(page).toContain(section);
    expect(page).toContain(`# sla-disable-next-line ${id} --`);
    expect(page).toContain(`  ${id}: off`);
  });

  it.each(builtinRules.map((r) => [r.id, r] as const))('%s is listed in the docs index with its severity and description', (id, rule) => {
    expect(readme).toContain(`| [${id}](${id}.md) | ${rule.defaultSeverity} | ${rule.description} |`);
  });
});
