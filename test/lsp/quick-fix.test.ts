import type { Diagnostic } from 'vscode-languageserver';
import { quickFixes } from '../../src/cli/lsp/quick-fix';
import { TextDocument } from '../../src/cli/lsp/vendor';

const doc = (text: string) => TextDocument.create('file:///a.sla.yaml', 'yaml', 1, text);
/** A diagnostic over the first occurrence of `word` in `text`. */
function over(text: string, word: string, message: string, source = 'sla'): Diagnostic {
  const d = doc(text);
  const start = text.indexOf(word);
  return { range: { start: d.positionAt(start), end: d.positionAt(start + word.length) }, message, source, severity: 1, code: 'schema' };
}

describe('quick fixes', () => {
  it('replace the word the message quotes with the one it suggests', () => {
    const text = 'sla: 1\ntimezone: Europe/Berln\n';
    const d = over(text, 'Europe/Berln', "unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?)");
    const [fix] = quickFixes(doc(text), [d]);
    expect(fix.edit!.changes!['file:///a.sla.yaml']).toEqual([{ range: d.range, newText: 'Europe/Berlin' }]);
    expect(fix.diagnostics).toEqual([d]);
  });

  it('are offered only when the fix is certain', () => {
    const text = "status: actve\nowner: 'a: b'\nkind: avail\n";
    const none = [
      // the message names another word than the range holds
      over(text, 'actve', "expected 'active' here (did you mean 'active'?)"),
      // no suggestion
      over(text, 'actve', "expected one of draft, active at status, got 'actve'"),
      // not sla's
      over(text, 'actve', "unknown value 'actve' (did you mean 'active'?)", 'yaml'),
      // a plain scalar that would need quotes after the change
      over(text, 'avail', "unknown kind 'avail' (did you mean 'a: vail'?)"),
    ];
    expect(quickFixes(doc(text), none)).toEqual([]);
    const quoted = over(text, "'a: b'", "unknown party 'a: b' (did you mean 'a: c'?)");
    expect(quickFixes(doc(text), [quoted])[0].edit!.changes!['file:///a.sla.yaml'][0].newText).toBe('a: c');
  });
});
