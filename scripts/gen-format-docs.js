#!/usr/bin/env node
'use strict';
// Writes the reference part of docs/format.md from the descriptions and
// examples in schemas/agreement.schema.json. The hand-written introduction
// above the marker line is kept as it is. `npm run gen` writes it.
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const root = path.join(__dirname, '..');
const OUT = path.join(root, 'docs/format.md');
const MARKER = '<!-- Everything below is generated from schemas/agreement.schema.json by scripts/gen-format-docs.js. -->';

function defName(ref) {
  return ref.replace('#/$defs/', '');
}

const anchor = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim() || '–';

function inlineYaml(value) {
  const text = YAML.stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  return text.replace(/\[ /g, '[').replace(/ \]/g, ']');
}

const SHORT_EXAMPLE = 90;

class FormatDocs {
  constructor(schema) {
    this.schema = schema;
    this.sections = [];
    this.formats = new Set();
    /** The heading each object definition is documented under (first place it appears). */
    this.headings = new Map();
  }

  def(name) {
    const d = this.schema.$defs[name];
    if (!d) throw new Error(`unknown $ref #/$defs/${name}`);
    return d;
  }

  /** The definition a property schema stands for, through its $ref. */
  resolve(s) {
    return s.$ref ? this.def(defName(s.$ref)) : s;
  }

  isFormat(d) {
    return typeof d['x-expected'] === 'string' && d.type === 'string';
  }

  isObject(d) {
    return d.type === 'object' && d.properties !== undefined;
  }

  headingOf(d, heading) {
    if (!this.headings.has(d)) this.headings.set(d, heading);
    return this.headings.get(d);
  }

  /** The type of a value as the reference tables show it. */
  typeOf(s, place) {
    if (s.const !== undefined) return `\`${inlineYaml(s.const)}\``;
    const d = this.resolve(s);
    if (d.enum) return 'one of ' + d.enum.map((v) => `\`${v}\``).join(', ');
    if (s.$ref && this.isFormat(d)) {
      this.formats.add(defName(s.$ref));
      return `[${d.title}](#${anchor(d.title)})`;
    }
    const union = d.oneOf || d.anyOf;
    if (union) {
      return union
        .map((b) => {
          const bd = this.resolve(b);
          if (!this.isObject(bd)) return this.typeOf(b, place);
          const heading = this.headingOf(bd, `${place} (${bd.title})`);
          return `mapping ([${heading}](#${anchor(heading)}))`;
        })
        .join(' or ');
    }
    if (d.title === 'Markdown') return 'text (Markdown)';
    if (Array.isArray(d.type)) return 'value';
    switch (d.type) {
      case 'string':
        return 'text';
      case 'number':
        return 'number';
      case 'integer':
        return 'whole number';
      case 'boolean':
        return '`true` or `false`';
      case 'array': {
        const item = this.typeOf(d.items, `${place}[]`);
        return item === 'value' ? 'list of values' : `list of ${item}`;
      }
      case 'object':
        if (d.properties) {
          const heading = this.headingOf(d, place);
          return `mapping ([${heading}](#${anchor(heading)}))`;
        }
        if (d.additionalProperties) return `mapping of names to ${this.typeOf(d.additionalProperties, `${place}.NAME`)}`;
        return 'mapping';
      default:
        return 'value';
    }
  }

  /** An example for a value: its own, else one built from its keys' examples. */
  exampleOf(s, depth = 0) {
    const d = this.resolve(s);
    const examples = s.examples || d.examples;
    if (examples && examples.length > 0) return examples[0];
    if (depth > 3) return undefined;
    if (d.type === 'array' && d.items) {
      const item = this.exampleOf(d.items, depth + 1);
      return item === undefined ? undefined : [item];
    }
    const union = d.oneOf || d.anyOf;
    if (union) return this.exampleOf(union[0], depth + 1);
    if (!this.isObject(d)) return undefined;
    const out = {};
    for (const [key, child] of Object.entries(d.properties)) {
      const value = this.exampleOf(child, depth + 1);
      if (value !== undefined) out[key] = value;
      else if ((d.required || []).includes(key)) return undefined;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  example(s) {
    const value = this.exampleOf(s);
    if (value === undefined) return '';
    const text = inlineYaml(value);
    return text.length <= SHORT_EXAMPLE || s.examples || this.resolve(s).examples ? `\`${text}\`` : '';
  }

  description(s) {
    return s.description || this.resolve(s).description || '';
  }

  /** Writes a section for an object definition, then for the objects below it. */
  object(place, d, heading) {
    const lines = [`## ${heading}`, '', d.description, ''];
    const required = new Set(d.required || []);
    lines.push('| key | type | required | description | example |', '| --- | --- | --- | --- | --- |');
    const children = [];
    for (const [key, s] of Object.entries(d.properties)) {
      const childPlace = `${place}${place ? '.' : ''}${key}`;
      const row = [`\`${key}\``, this.typeOf(s, childPlace), required.has(key) ? 'yes' : 'no', this.description(s), this.example(s)];
      lines.push(`| ${row.map(cell).join(' | ')} |`);
      children.push([childPlace, s]);
    }
    if (d.additionalProperties && d.additionalProperties !== false) {
      const row = ['*any other name*', this.typeOf(d.additionalProperties, `${place}.NAME`), 'no', this.description(d.additionalProperties), ''];
      lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    this.sections.push(lines.join('\n'));
    for (const [childPlace, s] of children) this.below(childPlace, s);
  }

  /** Follows lists, maps and unions down to the objects they hold, each documented once. */
  below(place, s) {
    const d = this.resolve(s);
    if (d.type === 'array' && d.items) return this.below(`${place}[]`, d.items);
    const union = d.oneOf || d.anyOf;
    if (union) return union.forEach((b) => this.below(place, b));
    if (d.type !== 'object') return undefined;
    if (d.properties) {
      if (this.done && this.done.has(d)) return undefined;
      (this.done = this.done || new Set()).add(d);
      return this.object(place, d, this.headingOf(d, place));
    }
    if (d.additionalProperties && d.additionalProperties !== true) this.below(`${place}.NAME`, d.additionalProperties);
    return undefined;
  }

  formatsSection() {
    const lines = ['## Value formats', '', 'Text values that must follow a pattern. When one does not, `sla lint` names the expected form.'];
    for (const name of [...this.formats].sort()) {
      const d = this.def(name);
      const examples = (d.examples || []).map((e) => `\`${inlineYaml(e)}\``).join(', ');
      lines.push('', `### ${d.title}`, '', d.description);
      if (examples) lines.push('', `Examples: ${examples}.`);
    }
    return lines.join('\n');
  }

  render() {
    this.object('', this.schema, 'Top-level keys');
    return `${this.sections.join('\n\n')}\n\n${this.formatsSection()}\n`;
  }
}

function generate(current) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/agreement.schema.json'), 'utf8'));
  const text = current !== undefined ? current : fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  const at = text.indexOf(MARKER);
  const intro = at >= 0 ? text.slice(0, at) : '# The agreement format\n\n';
  return `${intro}${MARKER}\n\n${new FormatDocs(schema).render()}`;
}

/** What `npm run gen` writes. */
function outputs() {
  return [{ file: OUT, text: generate() }];
}

module.exports = { generate, outputs, OUT, MARKER };
