import { childShape, isMap, itemShape, ROOT, shapeOf, type Shape } from './shape';
import { match, type Keyed } from './match';
import { meaning } from './normalize';

type At = ReadonlyArray<string | number>;

/** Which item of the agreement an edit lies in, by id, for the classifiers. */
export interface Scope {
  metric?: string;
  service?: string;
  party?: string;
  calendar?: string;
  window?: string;
}

/** A difference found by the walk, before it is classified. */
export interface Edit {
  op: 'added' | 'removed' | 'changed' | 'renamed';
  /** Where, with list items as `[]` and map entries as `*`: `metrics[].credits[].credit`. */
  pattern: string;
  /** Where, by ids: `metrics[uptime].credits[< 99%].credit`. */
  path: string;
  oldAt: At | null;
  newAt: At | null;
  old: unknown;
  new: unknown;
  /** The schema type of the value (`Duration`, `Target`, `Markdown` ...), when it has one. */
  type?: string;
  scope: Scope;
  /** For `renamed`: matched by similarity, not by key. */
  probable?: boolean;
}

interface Here {
  pattern: string;
  path: string;
  oldAt: At | null;
  newAt: At | null;
  scope: Scope;
}

/** Values compared whole, by meaning, though they are objects or lists. */
const WHOLE: Readonly<Record<string, string>> = { 'calendars.*.hours': 'Hours', 'metrics[].window': 'MetricWindow' };

/** The scope an item of these lists or maps opens. */
const SCOPES: Readonly<Record<string, keyof Scope>> = {
  'metrics[]': 'metric',
  'services[]': 'service',
  'parties[]': 'party',
  'calendars.*': 'calendar',
  'maintenance.windows[]': 'window',
};

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Every difference between two agreements' data, guided by the schema. */
export function walk(before: unknown, after: unknown): Edit[] {
  const out: Edit[] = [];
  value(ROOT, before, after, { pattern: '', path: '', oldAt: [], newAt: [], scope: {} }, out);
  return out;
}

function join(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

function value(shape: Shape, a: unknown, b: unknown, here: Here, out: Edit[]): void {
  if (a === undefined && b === undefined) return;
  const s = shapeOf(shape, b !== undefined ? b : a);
  const whole = WHOLE[here.pattern];
  if (!whole && (Array.isArray(a) || Array.isArray(b)) && (a === undefined || Array.isArray(a)) && (b === undefined || Array.isArray(b))) {
    return list(s, (a as unknown[]) ?? [], (b as unknown[]) ?? [], here, out);
  }
  if (!whole && (isRecord(a) || isRecord(b)) && (a === undefined || isRecord(a)) && (b === undefined || isRecord(b))) {
    return isMap(s) ? map(s, a ?? {}, b ?? {}, here, out) : record(s, a ?? {}, b ?? {}, here, out);
  }
  const type = whole ?? s.type;
  if (meaning(type, a) === meaning(type, b)) return;
  const op = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  out.push({ op, ...here, oldAt: a === undefined ? null : here.oldAt, newAt: b === undefined ? null : here.newAt, old: a, new: b, type });
}

function record(shape: Shape, a: Record<string, unknown>, b: Record<string, unknown>, here: Here, out: Edit[], skip?: string): void {
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
  for (const key of keys) {
    if (key === skip) continue;
    const at = (side: At | null, obj: Record<string, unknown>) => (side && key in obj ? [...side, key] : side);
    value(childShape(shape, key), a[key], b[key], { ...here, pattern: join(here.pattern, key), path: join(here.path, key), oldAt: at(here.oldAt, a), newAt: at(here.newAt, b) }, out);
  }
}

function entry(shape: Shape, item: Keyed, here: Here, pattern: string, path: string): Here {
  const scopeKey = SCOPES[pattern];
  const scope = scopeKey ? { ...here.scope, [scopeKey]: item.label } : here.scope;
  void shape;
  return { pattern, path, oldAt: here.oldAt, newAt: here.newAt, scope };
}

function map(shape: Shape, a: Record<string, unknown>, b: Record<string, unknown>, here: Here, out: Edit[]): void {
  const pattern = join(here.pattern, '*');
  const pairs = match(pattern, Object.entries(a), Object.entries(b), childShape(shape, '').type);
  const inner = childShape(shape, '');
  for (const p of pairs) {
    const label = p.after?.label ?? p.before?.label ?? '';
    const base = entry(inner, (p.after ?? p.before) as Keyed, here, pattern, join(here.path, label));
    const at = { oldAt: p.before && here.oldAt ? [...here.oldAt, p.before.label] : null, newAt: p.after && here.newAt ? [...here.newAt, p.after.label] : null };
    emitPair(inner, p, { ...base, ...at }, here, out);
  }
}

function list(shape: Shape, a: unknown[], b: unknown[], here: Here, out: Edit[]): void {
  const pattern = `${here.pattern}[]`;
  const inner = itemShape(shape);
  const pairs = match(pattern, a.map((v, i) => [i, v]), b.map((v, i) => [i, v]), shapeOf(inner, b[0] ?? a[0]).type);
  for (const p of pairs) {
    const label = p.after?.label ?? p.before?.label ?? '';
    const base = entry(inner, (p.after ?? p.before) as Keyed, here, pattern, `${here.path}[${label}]`);
    const at = { oldAt: p.before && here.oldAt ? [...here.oldAt, p.before.index] : null, newAt: p.after && here.newAt ? [...here.newAt, p.after.index] : null };
    emitPair(inner, p, { ...base, ...at }, here, out);
  }
}

/** A matched pair is compared inside; an unmatched item is added or removed whole. */
function emitPair(inner: Shape, p: ReturnType<typeof match>[number], here: Here, parent: Here, out: Edit[]): void {
  const { before, after } = p;
  if (before && after) {
    if (p.renamed) {
      out.push({ op: 'renamed', ...here, old: before.label, new: after.label, probable: true });
    }
    if (isRecord(before.value) && isRecord(after.value) && !WHOLE[here.pattern]) {
      const s = shapeOf(inner, after.value);
      if (isMap(s)) map(s, before.value, after.value, here, out);
      else record(s, before.value, after.value, here, out, p.renamed ? p.keyField : undefined);
    } else value(inner, before.value, after.value, here, out);
    return;
  }
  const item = (before ?? after) as Keyed;
  const type = shapeOf(inner, item.value).type;
  if (before) out.push({ op: 'removed', ...here, newAt: parent.newAt, old: before.value, new: undefined, type });
  else out.push({ op: 'added', ...here, old: undefined, new: item.value, type });
}
