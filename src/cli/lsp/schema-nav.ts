import type { DataPath } from './yaml-nav';

/** The parts of a JSON Schema (schemas/agreement.schema.json) that editors use. */
export interface JsonSchema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  'x-expected'?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  $defs?: Record<string, JsonSchema>;
}

export interface KeyInfo {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/**
 * Answers "what may stand here" for a data path in an agreement, from the
 * agreement schema: the keys a mapping may have, the values a key may take,
 * and the description of a key. A union (oneOf, anyOf) answers with all of
 * its branches.
 */
export class SchemaNav {
  constructor(private readonly root: JsonSchema) {}

  /** Follows local `$ref`s (`#/$defs/Name`). */
  resolve(schema: JsonSchema): JsonSchema {
    let s = schema;
    for (let hops = 0; s.$ref && hops < 16; hops++) s = this.root.$defs?.[s.$ref.replace('#/$defs/', '')] ?? {};
    return s;
  }

  /** The schema itself, resolved, and every branch of its unions, recursively. */
  branches(schema: JsonSchema): JsonSchema[] {
    const s = this.resolve(schema);
    const union = [...(s.oneOf ?? []), ...(s.anyOf ?? [])];
    return [s, ...union.flatMap((b) => this.branches(b))];
  }

  /** The schemas that may describe the node at `path`, unresolved (a property's own description wins over its $ref's). */
  at(path: DataPath): JsonSchema[] {
    let current: JsonSchema[] = [this.root];
    for (const part of path) {
      const next: JsonSchema[] = [];
      for (const b of current.flatMap((s) => this.branches(s))) {
        if (typeof part === 'number') {
          if (b.items) next.push(b.items);
        } else if (b.properties && Object.hasOwn(b.properties, part)) next.push(b.properties[part]);
        else if (typeof b.additionalProperties === 'object') next.push(b.additionalProperties);
      }
      current = next;
    }
    return current;
  }

  /** The keys a mapping at `path` may hold, in schema order. */
  keys(path: DataPath): KeyInfo[] {
    const out = new Map<string, KeyInfo>();
    for (const b of this.at(path).flatMap((s) => this.branches(s))) {
      for (const [name, schema] of Object.entries(b.properties ?? {})) {
        const required = b.required?.includes(name) ?? false;
        const seen = out.get(name);
        if (!seen) out.set(name, { name, schema, required });
        else seen.required ||= required;
      }
    }
    return [...out.values()];
  }

  /** The fixed values a scalar at `path` may take: enums, consts, true and false. */
  values(path: DataPath): string[] {
    const out = new Set<string>();
    for (const b of this.at(path).flatMap((s) => this.branches(s))) {
      for (const v of b.enum ?? []) out.add(String(v));
      if (b.const !== undefined) out.add(String(b.const));
      if (b.type === 'boolean') ['true', 'false'].forEach((v) => out.add(v));
    }
    return [...out];
  }

  /** The description of what stands at `path`: its own, else its definition's. */
  describe(path: DataPath): string | undefined {
    for (const s of this.at(path)) {
      const text = s.description ?? this.resolve(s).description;
      if (text) return text;
    }
    return undefined;
  }

  /** A short phrase for the expected value (`a duration like 30m`, `one of month, quarter`), if the schema says one. */
  expected(schema: JsonSchema): string | undefined {
    const s = this.resolve(schema);
    if (s['x-expected']) return s['x-expected'];
    if (s.enum) return `one of ${s.enum.map(String).join(', ')}`;
    if (s.type === 'array') return 'a list';
    if (s.type === 'object') return 'a mapping';
    if (s.type === 'boolean') return 'true or false';
    return undefined;
  }
}
