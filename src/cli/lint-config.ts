import { suggest } from '../core/suggest';
import { ConfigFinder } from '../io/config-files';
import { CONFIG_FILE, mergeConfigs, parseConfig, type LintConfig, type RuleSetting } from '../lint/config';
import { configurableRuleIds, ruleOptions } from '../lint/run';

/** The finder of `.slarc.yaml` files, reading them with lint's parser. */
export function lintConfigFinder(): ConfigFinder<LintConfig> {
  return new ConfigFinder(CONFIG_FILE, (text, file) => parseConfig(text, file, configurableRuleIds, suggest, ruleOptions));
}

/** The rule settings that apply to agreements in `dir`: nearer files override farther ones rule by rule. */
export function rulesFor(finder: ConfigFinder<LintConfig>, dir: string): Record<string, RuleSetting> {
  return mergeConfigs(finder.configsFor(dir));
}
