import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind, type TextDocument } from './vendor';

/** The hint that lint's messages end with when a misspelt key, value or id has one close match. */
const DID_YOU_MEAN = /\(did you mean '([^'\n]+)'\?\)$/;

/**
 * "Change 'titel' to 'title'" for findings whose message suggests a
 * replacement. Offered only when the fix is certain: the finding's range
 * holds exactly the word the message quotes (quotes around a YAML scalar
 * stay), so the edit replaces that word and nothing else.
 */
export function quickFixes(doc: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    const hint = d.source === 'sla' ? DID_YOU_MEAN.exec(message) : null;
    if (!hint) continue;
    let start = doc.offsetAt(d.range.start);
    let end = doc.offsetAt(d.range.end);
    let word = doc.getText().slice(start, end);
    const quoted = word.length >= 2 && (word[0] === '"' || word[0] === "'") && word[word.length - 1] === word[0];
    if (quoted) {
      word = word.slice(1, -1);
      start++;
      end--;
    }
    const replacement = hint[1];
    if (word === '' || word === replacement || /['\n]/.test(word) || !message.includes(`'${word}'`)) continue;
    // A plain scalar takes the replacement as it is only if it needs no quotes.
    if (!quoted && !/^[\w./+-]+$/.test(replacement)) continue;
    actions.push({
      title: `Change '${word}' to '${replacement}'`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: replacement }] } },
    });
  }
  return actions;
}
