import schema from '../../schemas/agreement.schema.json';

/**
 * The agreement's JSON Schema as a guide for the walk: which values are
 * lists, maps or records, and what type a leaf has (`Duration`, `Target`,
 * `Markdown` ...). Keys the schema does not know yet are walked by the shape
 * of their values, so a key added to the format later is compared too.
 */
export interface Shape {
  /** The `$defs` name the value was reached through, if any. */
  type?: string;
  node: SchemaNode;
}

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  required?: string[];
}

const DEFS = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;

export const ROOT: Shape = { node: schema as unknown as SchemaNode };
export const UNKNOWN: Shape = { node: {} };

function resolve(shape: Shape): Shape {
  let { node, type } = shape;
  for (let n = 0; node.$ref && n < 10; n++) {
    type = node.$ref.replace('#/$defs/', '');
    node = DEFS[type] ?? {};
  }
  return { node, type };
}

function fits(node: SchemaNode, value: unknown): boolean {
  const r = resolve({ node }).node;
  const t = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
  const types = r.type === undefined ? [] : Array.isArray(r.type) ? r.type : [r.type];
  if (r.oneOf || r.anyOf) return (r.oneOf ?? r.anyOf ?? []).some((b) => fits(b, value));
  if (types.length > 0 && !types.includes(t) && !(t === 'number' && types.includes('integer'))) return false;
  if (t === 'object' && r.required) return r.required.every((k) => k in (value as object));
  return true;
}

/** The shape of a value: unions resolved by the value's own shape. */
export function shapeOf(shape: Shape, value: unknown): Shape {
  let s = resolve(shape);
  const union = s.node.oneOf ?? s.node.anyOf;
  if (union) {
    const branch = union.find((b) => fits(b, value));
    if (branch) s = resolve({ node: branch, type: s.type });
  }
  return s;
}

/** What a key of a record or map holds. */
export function childShape(shape: Shape, key: string): Shape {
  const props = shape.node.properties;
  if (props && Object.prototype.hasOwnProperty.call(props, key)) return { node: props[key] };
  const extra = shape.node.additionalProperties;
  return extra && typeof extra === 'object' ? { node: extra } : UNKNOWN;
}

/** Whether the object is a map (names chosen by the author) rather than a record of fixed keys. */
export function isMap(shape: Shape): boolean {
  const extra = shape.node.additionalProperties;
  return !!extra && typeof extra === 'object' && !shape.node.properties;
}

export function itemShape(shape: Shape): Shape {
  return shape.node.items ? { node: shape.node.items } : UNKNOWN;
}
