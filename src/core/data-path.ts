/**
 * Where a data source's `file` points, judged from its text alone. An
 * agreement may come from a pull request and be evaluated by a CI job that
 * holds secrets, so `sla evaluate` reads data files only from the agreement's
 * folder and below, and not from hidden files or folders (`.git/config`,
 * `.env`: where CI checkouts keep credentials). The `data-file-inside` lint
 * rule says the same from the text; evaluate also resolves symbolic links.
 */
export type DataPathProblem = 'absolute' | 'parent' | 'hidden';

const DRIVE = /^[A-Za-z]:/;

/** Why a path written in an agreement leaves the agreement's folder, or null when it stays inside. */
export function dataPathProblem(written: string): DataPathProblem | null {
  if (written.startsWith('/') || written.startsWith('\\') || DRIVE.test(written)) return 'absolute';
  const parts = written.split(/[\\/]+/);
  if (parts.includes('..')) return 'parent';
  if (parts.some((p) => p.startsWith('.') && p !== '.')) return 'hidden';
  return null;
}

/** The problem in words, for messages: "... reads X, <this>". */
export const DATA_PATH_WORDS: Record<DataPathProblem, string> = {
  absolute: "an absolute path outside the agreement's folder",
  parent: "a path that climbs out of the agreement's folder with ..",
  hidden: 'a hidden file or folder (such as .git or .env, where CI keeps credentials)',
};
