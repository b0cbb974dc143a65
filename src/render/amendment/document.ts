import { escapeMarkdown, tidyMarkdown } from '../format/markdown-text';
import type { AgreementInput } from '../agreement';
import { blackline } from './blackline';
import { clauseFinder } from './clauses';
import type { AmendmentInput, BlackSection, Instruction } from './model';

export interface AmendmentView {
  title: string;
  lang: string;
  particulars: string;
  instructions: Instruction[];
  blackline: BlackSection[];
}

function instructionText(summary: string): string {
  if (summary.startsWith('added: ')) return `${summary.slice(7)} is inserted`;
  if (summary.startsWith('removed: ')) return `${summary.slice(9)} is deleted`;
  const [before, after] = summary.replace(/ \(probable\)$/, '').split(' → ');
  return after === undefined ? summary : `${before} is replaced by ${after}`;
}

/** The amendment's content: particulars, numbered instructions by clause of the old contract, the blackline. */
export function buildAmendment(before: AgreementInput, after: AgreementInput, input: AmendmentInput, locale?: string): AmendmentView {
  const clause = clauseFinder(before, locale);
  const version = before.version || after.version ? `, version ${before.version ?? 'none'} → ${after.version ?? 'none'}` : '';
  return {
    title: `Amendment to the ${after.title}`,
    lang: locale ?? after.locale ?? 'en-GB',
    particulars: `Agreement ${after.id}${version}. Clause numbers refer to the agreement as it stood before this amendment; an appendix shows its text with deletions struck through and insertions underlined.`,
    instructions: input.changes.map((c) => ({
      clause: clause(c),
      text: `${c.title} (${c.path}): ${instructionText(c.summary)}.`,
      effects: c.effects.map((e) => e.text),
    })),
    blackline: blackline(input.oldContract, input.newContract),
  };
}

const ALLOW_MARKS = '<!-- markdownlint-configure-file {"MD033":{"allowed_elements":["del","ins"]}} -->';

/** The amendment as Markdown: <del> and <ins> mark the blackline (the one HTML it allows itself). */
export function amendmentMarkdown(view: AmendmentView): string {
  const lines = [ALLOW_MARKS, '', `# ${escapeMarkdown(view.title)}`, '', escapeMarkdown(view.particulars), '', '## 1. Amendments', ''];
  if (view.instructions.length === 0) lines.push('The agreement is not amended in substance.', '');
  view.instructions.forEach((x, i) => {
    const clause = x.clause.charAt(0).toUpperCase() + x.clause.slice(1);
    lines.push(`${i + 1}. ${escapeMarkdown(`${clause}: ${x.text}`)}`);
    for (const e of x.effects) lines.push(`   - ${escapeMarkdown(`Effect: ${e}.`)}`);
  });
  lines.push('', '## Appendix A. Blackline', '');
  if (view.blackline.length === 0) lines.push('The text of the agreement is unchanged.', '');
  for (const section of view.blackline) {
    lines.push(`### ${escapeMarkdown(section.heading)}`, '');
    for (const line of section.lines) {
      lines.push(line.parts.map((p) => (p.op === 'same' ? escapeMarkdown(p.text) : `<${p.op}>${escapeMarkdown(p.text)}</${p.op}>`)).join(''), '');
    }
  }
  return tidyMarkdown(lines.join('\n'));
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111;background:#fff}
del{text-decoration:line-through;color:#8b0000}ins{text-decoration:underline;color:#00479b}
ol li{margin-bottom:.5rem}.effect{color:#333}h3{margin-top:1.5rem}`;

/** The amendment as a standalone HTML page (also the source of the PDF). */
export function amendmentHtml(view: AmendmentView): string {
  const items = view.instructions
    .map((x) => {
      const clause = x.clause.charAt(0).toUpperCase() + x.clause.slice(1);
      const effects = x.effects.length > 0 ? `<ul>${x.effects.map((e) => `<li class="effect">Effect: ${esc(e)}.</li>`).join('')}</ul>` : '';
      return `<li>${esc(`${clause}: ${x.text}`)}${effects}</li>`;
    })
    .join('\n');
  const sections = view.blackline
    .map((s) => `<h3>${esc(s.heading)}</h3>\n${s.lines.map((l) => `<p>${l.parts.map((p) => (p.op === 'same' ? esc(p.text) : `<${p.op}>${esc(p.text)}</${p.op}>`)).join('')}</p>`).join('\n')}`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${esc(view.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(view.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(view.title)}</h1>
<p>${esc(view.particulars)}</p>
<h2>1. Amendments</h2>
${view.instructions.length === 0 ? '<p>The agreement is not amended in substance.</p>' : `<ol>\n${items}\n</ol>`}
<h2>Appendix A. Blackline</h2>
${sections || '<p>The text of the agreement is unchanged.</p>'}
</main>
</body>
</html>
`;
}
