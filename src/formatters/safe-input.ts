import { withoutControls, type OwnsSafety } from '../core/control-chars';

/**
 * A registry whose formatters see their input with every control character
 * escaped (core/control-chars.ts): agreement text and data cells reach
 * terminals, CI logs, XML, HTML and JSON, and none of those may carry an
 * escape sequence or a character XML 1.0 cannot hold. One wrapper here, so
 * a new format cannot forget it (one that escapes its own output says so
 * with `ownsSafety`: the JSON of a large report). `options` says which options carry
 * agreement text (options may hold getters that must not be read early).
 */
export function withSafeInput<I, O, R extends Record<string, (input: I, options: O) => string>>(registry: R, options: (o: O) => O = (o) => o): R {
  const out: Record<string, (input: I, options: O) => string> = {};
  for (const [name, format] of Object.entries(registry)) {
    const owns = (format as Partial<OwnsSafety>).ownsSafety === true;
    out[name] = owns ? (input, o) => format(input, options(o)) : (input, o) => format(withoutControls(input), options(o));
  }
  return out as R;
}
