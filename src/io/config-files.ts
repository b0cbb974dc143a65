import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE, mergeConfigs, parseConfig, type LintConfig, type RuleSetting } from '../lint/config';

interface Found {
  dir: string;
  config: LintConfig;
  ignores?: (relative: string) => boolean;
}

type Suggest = (w: string, c: readonly string[]) => string | undefined;

/**
 * Finds the config files that apply to a folder: `.slarc.yaml` in it and in
 * each parent, up to one that says `root: true`. Parsed configs are cached
 * per folder, so linting a thousand files reads each config once.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, Found[]>();

  constructor(
    private readonly knownRules: readonly string[],
    private readonly suggest: Suggest,
  ) {}

  rulesFor(dir: string): Record<string, RuleSetting> {
    return mergeConfigs(this.chain(path.resolve(dir)).map((f) => f.config));
  }

  /** Whether a config that applies to `file` lists it under `ignore`. */
  isIgnored(file: string): boolean {
    const abs = path.resolve(file);
    return this.chain(path.dirname(abs)).some((f) => {
      if (f.config.ignore.length === 0) return false;
      // picomatch loads only for a config that has `ignore`
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      f.ignores ??= (require('picomatch') as typeof import('picomatch'))(f.config.ignore, { dot: true });
      return f.ignores(path.relative(f.dir, abs).split(path.sep).join('/'));
    });
  }

  private chain(dir: string): Found[] {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = path.join(dir, CONFIG_FILE);
    let own: Found | undefined;
    if (fs.existsSync(file)) own = { dir, config: parseConfig(fs.readFileSync(file, 'utf8'), file, this.knownRules, this.suggest) };
    const parent = path.dirname(dir);
    const above = own?.config.root || parent === dir ? [] : this.chain(parent);
    const result = own ? [...above, own] : above;
    this.byDir.set(dir, result);
    return result;
  }
}
