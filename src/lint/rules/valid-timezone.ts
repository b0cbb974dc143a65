import { isValidZone } from '../../time';
import type { NodePath } from '../../core/diagnostic';
import type { Rule } from '../rule';
import { keysOf, view } from '../util/agreement';
import { didYouMean } from '../util/suggest';

let zoneNames: readonly string[] | undefined;
const knownZones = (): readonly string[] => (zoneNames ??= ['UTC', ...Intl.supportedValuesOf('timeZone')]);

export const validTimezone: Rule = {
  id: 'valid-timezone',
  description: 'The agreement, calendar and data source timezones are IANA zones.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const check = (path: NodePath, zone: unknown, owner: string): void => {
      if (typeof zone !== 'string' || isValidZone(zone)) return;
      context.report(path, `${owner} timezone '${zone}' is not an IANA time zone such as Europe/Berlin or Etc/UTC${didYouMean(zone, knownZones())}`);
    };
    check(['timezone'], agreement.timezone, 'the agreement');
    for (const name of keysOf(agreement.calendars)) check(['calendars', name, 'timezone'], agreement.calendars?.[name]?.timezone, `calendar '${name}'`);
    for (const name of keysOf(agreement.data)) check(['data', name, 'timezone'], agreement.data?.[name]?.timezone, `data source '${name}'`);
  },
};
