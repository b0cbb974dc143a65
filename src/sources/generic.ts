import { InputError } from '../core/errors';
import type { SourcePlan } from '../rows';
import { cellText, lookup, RecordError, type PathPart } from './records';
import type { Invalid, RecordTransform } from './transform';

/**
 * JSON records as rows: each column of the plan is a path into the record
 * (records.ts, columnPath). A missing key is an empty cell, as JSON's null;
 * a column no record of the file has is a mistake in the agreement, and
 * stops the run when the file ends.
 */
export function genericRecords(plan: SourcePlan, invalid: Invalid): RecordTransform {
  const columns = plan.columns;
  const found = new Uint8Array(columns.length);
  let records = 0;
  let firstKeys: string[] = [];
  return {
    push(record, emit) {
      if (records++ === 0 && typeof record.value === 'object' && record.value !== null) firstKeys = Object.keys(record.value).slice(0, 12);
      const cells: string[] = [];
      const paths: PathPart[][] = [];
      for (let k = 0; k < columns.length; k++) {
        const { value, path } = lookup(record.value, columns[k]!);
        if (value !== undefined) found[k] = 1;
        const text = cellText(value);
        if (text === null) {
          const inside = `${columns[k]}.${firstKey(value)}`;
          invalid(new RecordError(record, path, `'${columns[k]}' is ${Array.isArray(value) ? 'a list of objects' : 'an object'}, not a value: name a value inside it, such as '${inside}'`));
          return;
        }
        cells.push(text);
        paths.push(path);
      }
      emit({ cells, origin: (field) => ({ record, at: paths[field] ?? [] }) });
    },
    end() {
      if (records === 0) return;
      const missing = columns.filter((_, k) => found[k] === 0);
      if (missing.length > 0) {
        throw new InputError(
          `data source '${plan.name}': no record has ${missing.map((m) => `'${m}'`).join(', ')}` +
            (firstKeys.length > 0 ? ` (the first record has ${firstKeys.join(', ')})` : ''),
        );
      }
    },
  };
}

function firstKey(v: unknown): string {
  const o = Array.isArray(v) ? (v.find((x) => typeof x === 'object' && x !== null) as object | undefined) : (v as object);
  const key = o ? Object.keys(o)[0] : undefined;
  return key ?? 'key';
}

