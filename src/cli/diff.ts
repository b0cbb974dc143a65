import { Option, type Command } from 'commander';
import { isSlaError, UsageError } from '../core/errors';
import { diffFormatNames, failOnNames, type DiffFormatName, type FailOn } from '../formatters/diff/names';
import { parseDate } from '../time/civil';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

const EXAMPLES = `
Examples:
  $ sla diff old/shop.sla.yaml shop.sla.yaml          two files
  $ sla diff main:agreements/shop.sla.yaml agreements/shop.sla.yaml
                                                      the file on main (read with git show) and the work tree
  $ git show HEAD~1:shop.sla.yaml | sla diff - shop.sla.yaml
  $ sla diff origin/main:shop.sla.yaml shop.sla.yaml --format markdown --out amendment.md
                                                      a pull-request comment
  $ sla diff v1.sla.yaml v2.sla.yaml --fail-on review --accepted accepted-changes.yaml
  $ sla render shop.sla.yaml --amendment main:shop.sla.yaml --out amendment.pdf
                                                      the amendment as a document

Each change says whom it favours (the customer, the provider, neither, or
review) and, where it can, its effect in numbers; see docs/diff.md and
docs/changes/. Wording-only changes are hidden unless --all.
Exit codes: 0 nothing trips --fail-on; 1 a change or lifecycle check trips it;
2 usage error, or a side that cannot be read or is not a valid agreement.
`;

interface Flags {
  format: DiffFormatName;
  failOn: FailOn;
  all: boolean;
  accepted?: string;
  out?: string;
  today?: string;
  gitDriver: boolean;
}

/**
 * As git's external diff driver (diff.sla.command = "sla diff --git-driver"),
 * git passes PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE; git
 * stops at a driver that fails, so problems are printed and the exit is 0.
 */
async function asGitDriver(args: string[], flags: Flags, io: CliIO): Promise<number> {
  const [file, oldFile, , , newFile] = args;
  if (args.length < 7) throw new UsageError('--git-driver takes the 7 arguments git passes to an external diff driver');
  io.stdout.write(`diff --sla a/${file} b/${file}\n`);
  if (oldFile === '/dev/null' || newFile === '/dev/null') {
    io.stdout.write(`${oldFile === '/dev/null' ? 'new' : 'deleted'} agreement ${file}\n`);
    return 0;
  }
  const { diffCommand } = await import('./diff-command');
  try {
    await diffCommand({ before: oldFile, after: newFile, format: 'text', failOn: 'never', all: flags.all, names: { before: `a/${file}`, after: `b/${file}` } }, io);
  } catch (e) {
    if (!isSlaError(e)) throw e;
    io.stdout.write(`sla: ${e.message}\n`);
  }
  return 0;
}

export function registerDiff(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .command('diff')
    .description('explain an amendment: what changed between two versions of an agreement, and whom it favours')
    .argument('<old>', 'the agreement before: a file, - for standard input, or REV:PATH (read with git show)')
    .argument('<new>', 'the agreement after: a file, - or REV:PATH')
    .argument('[git-args...]')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...diffFormatNames]).default('text'))
    .addOption(new Option('--fail-on <when>', 'exit 1 on changes unfavourable to the customer (and lifecycle problems), also on those for review, on any change, or never').choices([...failOnNames]).default('unfavourable'))
    .option('-a, --all', 'show wording-only changes too', false)
    .option('--accepted <file>', 'a YAML file of accepted changes (fingerprint and reason): shown, marked accepted, never failing')
    .option('-o, --out <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--today <YYYY-MM-DD>', "the day of the review, for the amendment-notice check (default: today's date)")
    .addOption(new Option('--git-driver', 'run as git external diff driver (see docs/diff.md)').default(false).hideHelp())
    .addHelpText('after', EXAMPLES)
    .action(async (before: string, after: string, rest: string[], flags: Flags) => {
      if (flags.gitDriver) return setExitCode(await asGitDriver([before, after, ...rest], flags, io));
      if (rest.length > 0) throw new UsageError(`sla diff takes two agreements, got ${2 + rest.length} arguments`);
      const { diffCommand } = await import('./diff-command');
      if (flags.today !== undefined && parseDate(flags.today) === null) throw new UsageError(`--today expects a date as YYYY-MM-DD, got '${flags.today}'`);
      setExitCode(await diffCommand({ before, after, format: flags.format, failOn: flags.failOn, all: flags.all, accepted: flags.accepted, out: flags.out, today: flags.today }, io));
    });
}
