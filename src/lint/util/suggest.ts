import { suggest } from '../../core/suggest';

/** `" (did you mean 'x'?)"` for the closest candidate, or '' when none is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hint = suggest(word, candidates);
  return hint === undefined ? '' : ` (did you mean '${hint}'?)`;
}
