import { isValidZone } from '../../time';
import type { NodePath } from '../../core/diagnostic';
import type { Rule } from '../rule';
import { keysOf, view } from '../util/agreement';
import { didYouMean } from '../util/suggest';

let zoneNames: readonly string[] | undefined;
const knownZones = (): readonly string[] => (zoneNames ??= ['UTC', ...Intl.supportedValuesOf('timeZone')]);

// Names outside Intl's canonical list (Etc/UTC, UTC) cost isValidZone an
// Intl formatter each time; a run over many files asks about the same few.
const verdicts = new Map<string, boolean>();
function validZone(zone: string): boolean {
  let valid = verdicts.get(zone);
  if (valid === undefined) verdicts.set(zone, (valid = isValidZone(zone)));
  return valid;
}

export const validTimezone: Rule = {
  id: 'valid-timezone',
  description: 'The agreement, calendar and data source timezones are IANA zones.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const check = (path: NodePath, zone: unknown, owner: string): void => {
      if (typeof zone !== 'string' || validZone(zone)) return;
      context.report(path, `${owner} timezone '${zone}' is not an IANA time zone such as Europe/Berlin or Etc/UTC${didYouMean(zone, knownZones())}`);
    };
    check(['timezone'], agreement.timezone, 'the agreement');
    for (const name of keysOf(agreement.calendars)) check(['calendars', name, 'timezone'], agreement.calendars?.[name]?.timezone, `calendar '${name}'`);
    for (const name of keysOf(agreement.data)) check(['data', name, 'timezone'], agreement.data?.[name]?.timezone, `data source '${name}'`);
  },
};
