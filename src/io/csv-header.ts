import { clipInput, hasControls } from '../core/control-chars';
import { InputError } from '../core/errors';

/** How many of a file's header names a message lists. */
export const LISTED_NAMES = 8;

/**
 * Checks a header row for the columns a reader wants: each present, and
 * present once (two columns of one name leave it unclear which is meant)
 * unless it is wanted as many times, one column each.
 * Messages echo the header only as a few short, escaped names, and not at
 * all when the first line does not look like text: a file that is not CSV
 * (a binary, /proc/self/environ) must not end up in a CI log.
 */
export function checkHeader(file: string, names: readonly string[], wanted: readonly string[]): void {
  const missing = wanted.filter((w) => !names.includes(w));
  if (missing.length > 0) {
    const which = missing.map((m) => `'${m}'`).join(', ');
    throw new InputError(`${file}: no column ${which} (${describeHeader(names)})`);
  }
  const times = new Map<string, number>();
  for (const w of wanted) times.set(w, (times.get(w) ?? 0) + 1);
  for (const [w, n] of times) {
    // a name wanted once reads one column; wanted as often as it repeats, each (Jira's repeated columns)
    if (n > 1) continue;
    const first = names.indexOf(w);
    const second = names.indexOf(w, first + 1);
    if (second >= 0) {
      throw new InputError(`${file}: columns ${first + 1} and ${second + 1} are both named '${w}'; rename one so that it is clear which to read`);
    }
  }
}

/** The header for a message: "columns: a, b, … (12 in all)", or why it is not shown. */
export function describeHeader(names: readonly string[]): string {
  if (names.some((n) => hasControls(n) || n.includes('\uFFFD'))) {
    return 'the first line is not a CSV header: it holds control characters or bytes that are not UTF-8; is this the right file?';
  }
  const shown = names.slice(0, LISTED_NAMES).map((n) => clipInput(n));
  const more = names.length > LISTED_NAMES ? `, … (${names.length} in all)` : '';
  return `columns: ${shown.join(', ')}${more}`;
}
