import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE, mergeConfigs, parseConfig, type LintConfig, type RuleSetting } from '../lint/config';

type Suggest = (w: string, c: readonly string[]) => string | undefined;

/**
 * Finds the config files that apply to a folder: `.slarc.yaml` in it and in
 * each parent, up to one that says `root: true`. Parsed configs are cached
 * per folder, so linting a thousand files reads each config once.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, LintConfig[]>();

  constructor(
    private readonly knownRules: readonly string[],
    private readonly suggest: Suggest,
  ) {}

  rulesFor(dir: string): Record<string, RuleSetting> {
    return mergeConfigs(this.chain(path.resolve(dir)));
  }

  private chain(dir: string): LintConfig[] {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = path.join(dir, CONFIG_FILE);
    let own: LintConfig | undefined;
    if (fs.existsSync(file)) own = parseConfig(fs.readFileSync(file, 'utf8'), file, this.knownRules, this.suggest);
    const parent = path.dirname(dir);
    const above = own?.root || parent === dir ? [] : this.chain(parent);
    const result = own ? [...above, own] : above;
    this.byDir.set(dir, result);
    return result;
  }
}
