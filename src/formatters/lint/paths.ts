import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Files that are not on disk keep their name as given. */
const isPseudo = (file: string): boolean => file === '<stdin>' || file === '-';

/** A path relative to `cwd`, with forward slashes, for people and CI annotations. */
export function displayPath(file: string, cwd: string): string {
  if (isPseudo(file)) return file;
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === '' || path.isAbsolute(relative)) return file.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/**
 * A URI for SARIF: relative to `cwd` (to be read against %SRCROOT%) when the
 * file lies on the same root, else an absolute file URI (a Windows path on
 * another drive has no relative form).
 */
export function sarifLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (isPseudo(file)) return { uri: encodeURIComponent(file) };
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  const uri = relative.split(path.sep).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

/** The file URI of a folder, ending in a slash as SARIF requires of base URIs. */
export function folderUri(folder: string): string {
  const href = pathToFileURL(path.resolve(folder)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
