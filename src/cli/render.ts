import { Option, type Command } from 'commander';
import type { CliIO } from './io';
import type { SetExitCode } from './program';
import type { RenderCommandOptions } from './render-command';

export type RenderFormatName = 'md' | 'html' | 'pdf';
export const RENDER_FORMATS: readonly RenderFormatName[] = ['md', 'html', 'pdf'];

const EXAMPLES = `
Examples:
  $ sla render shop.sla.yaml                        Markdown to standard output
  $ sla render shop.sla.yaml --out shop.html        format from the extension (.md, .html, .pdf)
  $ sla render shop.sla.yaml --out shop.pdf --date 2026-11-22
                                                    a PDF (needs Chromium; CHROME_PATH to choose one)
  $ sla render shop.sla.yaml --template my-templates/ --locale de-DE --format html
  $ SLA_BROWSER_TIMEOUT=120 sla render big.sla.yaml --out big.pdf
                                                    give Chromium 120 s to start, and 120 s to print (default 30)
  $ sla render shop.sla.yaml --amendment main:shop.sla.yaml --out amendment.pdf
                                                    the amendment from main's version, with a blackline

Templates: files in --template DIR (or DIR/md, DIR/html) replace the built-in
partial of the same name, e.g. DIR/services.hbs; see docs/templates.md.
Exit codes: 0 written; 1 the agreement has errors; 2 usage, template or I/O error.
`;

export function registerRender(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .command('render')
    .description('write the contract document (Markdown, HTML or PDF)')
    .argument('<file>', 'the agreement, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from --out, else md)').choices([...RENDER_FORMATS]))
    .option('-o, --out <file>', 'write to a file (atomically); - for standard output')
    .option('-t, --template <dir>', 'a folder of .hbs files that replace built-in partials by name')
    .option('--locale <locale>', "how dates, numbers and money are written (default: the agreement's locale)")
    .option('--date <YYYY-MM-DD>', 'print "Issued <date>" (without it the document carries no date)')
    .option('--amendment <old>', 'write the amendment from <old> (a file, - or REV:PATH) to <file> instead: instructions by clause and a blackline')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, opts: Omit<RenderCommandOptions, 'file'>) => {
      const { renderCommand } = await import('./render-command');
      setExitCode(await renderCommand({ file, ...opts }, io));
    });
}
