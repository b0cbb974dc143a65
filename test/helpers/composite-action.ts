import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

/**
 * Runs a composite GitHub Action's shell steps as the runner does: each `run`
 * in `bash --noprofile --norc -eo pipefail`, with GITHUB_OUTPUT (a fresh file
 * per step), GITHUB_PATH (lines prepended to PATH for the steps after),
 * GITHUB_ACTION_PATH, GITHUB_WORKSPACE and RUNNER_TEMP, `${{ }}` expressions
 * in `env`, `with`, `if` and the outputs, and no step after a failed one.
 * Steps that `uses:` another action cannot run here: they are recorded with
 * their evaluated `with:` and whether their `if:` held.
 */

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

export interface StepRun {
  name: string;
  /** `ran` (a shell step), `used` (another action, whose `if` held), `skipped`. */
  status: 'ran' | 'used' | 'skipped';
  code?: number;
  stdout?: string;
  stderr?: string;
  uses?: string;
  with?: Record<string, string>;
}

export interface ActionRun {
  steps: StepRun[];
  outputs: Record<string, string>;
  /** The exit code of the step that failed the action, or 0. */
  code: number;
}

type Context = { inputs: Record<string, string>; steps: Record<string, { outputs: Record<string, string> }>; github: Record<string, string>; runner: Record<string, string> };

function lookup(context: Context, dotted: string): string {
  const parts = dotted.split('.');
  let value: unknown = context;
  for (const p of parts) {
    if (value === null || typeof value !== 'object' || !(p in (value as object))) {
      if (parts[0] === 'steps' || parts[0] === 'inputs') return '';
      throw new Error(`this runner emulation does not know \`${dotted}\``);
    }
    value = (value as Record<string, unknown>)[p];
  }
  return String(value);
}

/** The small expression language the action uses: contexts, 'strings', ==, !=, && and ||. */
function evaluate(expression: string, context: Context): string | boolean {
  const expr = expression.trim();
  if (expr.includes('||')) return expr.split('||').some((e) => truthy(evaluate(e, context)));
  if (expr.includes('&&')) return expr.split('&&').every((e) => truthy(evaluate(e, context)));
  const cmp = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(expr);
  if (cmp) {
    const equal = operand(cmp[1], context) === operand(cmp[3], context);
    return cmp[2] === '==' ? equal : !equal;
  }
  return operand(expr, context);
}

function operand(text: string, context: Context): string {
  const t = text.trim();
  if (/^'.*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^[\w-]+(\.[\w-]+)+$/.test(t)) return lookup(context, t);
  throw new Error(`this runner emulation cannot evaluate \`${t}\``);
}

const truthy = (v: string | boolean): boolean => v !== false && v !== '' && v !== 'false';

function interpolate(text: string, context: Context): string {
  return text.replace(/\$\{\{(.+?)\}\}/g, (_, e: string) => String(evaluate(e, context)));
}

function condition(step: Step, context: Context): boolean {
  if (step.if === undefined) return true;
  const expr = step.if.replace(/^\s*\$\{\{(.*)\}\}\s*$/, '$1');
  return truthy(evaluate(expr, context));
}

export function loadAction(file: string): Action {
  return parse(fs.readFileSync(file, 'utf8')) as Action;
}

export function runCompositeAction(
  file: string,
  options: { inputs: Record<string, string>; workspace: string; runnerTemp: string; env: NodeJS.ProcessEnv },
): ActionRun {
  const action = loadAction(file);
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  for (const name of Object.keys(options.inputs)) if (!(name in action.inputs)) throw new Error(`the action has no input '${name}'`);
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, options.inputs[k] ?? v.default ?? '']));
  const actionPath = path.dirname(path.resolve(file));
  const context: Context = { inputs, steps: {}, github: { action_path: actionPath, workspace: options.workspace }, runner: { temp: options.runnerTemp } };
  const githubPath = path.join(options.runnerTemp, '_github_path');
  fs.writeFileSync(githubPath, '');
  const steps: StepRun[] = [];
  let code = 0;
  action.runs.steps.forEach((step, i) => {
    const name = step.name ?? step.uses ?? `step ${i + 1}`;
    if (code !== 0 || !condition(step, context)) {
      steps.push({ name, status: 'skipped', uses: step.uses });
      return;
    }
    if (step.uses) {
      const withInputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), context)]));
      steps.push({ name, status: 'used', uses: step.uses, with: withInputs });
      return;
    }
    if (step.shell !== 'bash') throw new Error(`step '${name}': this runner emulation runs shell: bash only`);
    const output = path.join(options.runnerTemp, `_github_output_${i}`);
    fs.writeFileSync(output, '');
    const script = path.join(options.runnerTemp, `_step_${i}.sh`);
    fs.writeFileSync(script, step.run ?? '');
    const added = fs.readFileSync(githubPath, 'utf8').split('\n').filter((l) => l !== '').reverse();
    const env: NodeJS.ProcessEnv = {
      ...options.env,
      PATH: [...added, options.env.PATH ?? ''].join(path.delimiter),
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: output,
      GITHUB_PATH: githubPath,
      RUNNER_TEMP: options.runnerTemp,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), context)])),
    };
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: options.workspace, env, encoding: 'utf8' });
    steps.push({ name, status: 'ran', code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    if (step.id) {
      const outputs = Object.fromEntries(
        fs
          .readFileSync(output, 'utf8')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      context.steps[step.id] = { outputs };
    }
    if (r.status !== 0) code = r.status ?? -1;
  });
  const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([k, v]) => [k, interpolate(v.value, context)]));
  return { steps, outputs, code };
}
