import fc from 'fast-check';
import { clipInput, escapeControls, hasControls, quoteInput, safeJson, withoutControls } from '../../src/core/control-chars';
import { xmlProblem, TERMINAL_CONTROL } from '../helpers/well-formed';

/** Strings of any UTF-16 units, lone surrogates and controls included. */
const anyText = fc.string({ unit: 'binary' });
const controlHeavy = fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), fc.constantFrom('\u202e', '\u2066', '\u2028', '\ud800', '\udc00', '\ufffe', 'é', '😀')) });

describe('escapeControls', () => {
  it('shows each unsafe character as a visible escape and keeps tab, line feed and ordinary text', () => {
    expect(escapeControls('a\u001b[2Jb')).toBe('a\\u001B[2Jb');
    expect(escapeControls('x\u0000y\u009bz\r')).toBe('x\\u0000y\\u009Bz\\u000D');
    expect(escapeControls('evil\u202eexe.txt')).toBe('evil\\u202Eexe.txt');
    expect(escapeControls('lone \ud800 and \udfff')).toBe('lone \\uD800 and \\uDFFF');
    // noncharacters: HTML parse errors in every plane
    expect(escapeControls('\ufdd0\uffff\u{1FFFE}\u{10FFFF}\u{1F600}')).toBe('\\uFDD0\\uFFFF\\u{1FFFE}\\u{10FFFF}\u{1F600}');
    expect(escapeControls('tab\tnew\nline 😀 Straße €')).toBe('tab\tnew\nline 😀 Straße €');
  });

  it('leaves nothing a terminal or XML 1.0 would take as control, for any input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, controlHeavy), (s) => {
        const out = escapeControls(s);
        expect(out).not.toMatch(TERMINAL_CONTROL);
        expect(hasControls(out)).toBe(false);
        expect(xmlProblem(`<a>${out.replace(/[<&]/g, '')}</a>`)).toBeNull();
        // a text without unsafe characters comes back as it was
        expect(escapeControls(out)).toBe(out);
      }),
      { numRuns: 500 },
    );
  });
});

describe('clipInput and quoteInput', () => {
  it('cut at 40 code points with an ellipsis, escape controls and show line breaks', () => {
    expect(quoteInput('fast')).toBe('"fast"');
    expect(clipInput('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
    expect(clipInput('x'.repeat(40))).toBe('x'.repeat(40));
    expect(clipInput('😀'.repeat(40))).toBe('😀'.repeat(40));
    expect(clipInput('😀'.repeat(41))).toBe(`${'😀'.repeat(40)}…`);
    expect(clipInput('a\nb\tc\u001b')).toBe('a\\nb\\tc\\u001B');
  });

  it('never echoes more than the limit of a long cell (property)', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 60 }), (s, max) => {
        const out = clipInput(s, max);
        expect(out).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
        // each kept code point escapes to at most 10 characters (\u{10FFFE}), plus the ellipsis
        expect(out.length).toBeLessThanOrEqual(max * 10 + 1);
      }),
    );
    // the counterexample CI found: an astral noncharacter is the longest escape
    expect(clipInput('\u{10FFFE}', 1)).toBe('\\u{10FFFE}');
    const huge = `${'s'.repeat(39)}SECRET${'t'.repeat(1_000_000)}`;
    expect(clipInput(huge)).toBe(`${'s'.repeat(39)}S…`);
  });
});

describe('withoutControls', () => {
  it('escapes strings at any depth, keys included, and returns clean values themselves', () => {
    const clean = { a: ['x', { b: 'y' }], n: 1, t: true, z: null };
    expect(withoutControls(clean)).toBe(clean);
    const dirty = { title: 'T\u001b[31m', list: ['ok', { ['k\u0007']: 'v\u009b' }], n: 2 };
    expect(withoutControls(dirty)).toEqual({ title: 'T\\u001B[31m', list: ['ok', { 'k\\u0007': 'v\\u009B' }], n: 2 });
    expect(dirty.title).toBe('T\u001b[31m');
  });

  it('leaves class instances alone (they are not plain data)', () => {
    class Box {
      constructor(readonly text: string) {}
    }
    const box = new Box('\u001b');
    expect(withoutControls({ box }).box).toBe(box);
  });
});

describe('safeJson', () => {
  const text = fc.oneof(anyText, controlHeavy, fc.string());
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, text, fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('node')), fc.dictionary(text, tie('node'))),
  })).node;

  it('is the JSON of withoutControls, for any value and indentation (property)', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2), (v, space) => {
        expect(safeJson(v, space)).toBe(JSON.stringify(withoutControls(v), null, space));
      }),
      { numRuns: 500 },
    );
  });

  it('escapes what JSON leaves as itself and what it escapes alike', () => {
    expect(safeJson({ a: 'x\u202ey', b: 'tab\there', c: 'esc\u001b', d: 'quote"' })).toBe('{"a":"x\\\\u202Ey","b":"tab\\there","c":"esc\\\\u001B","d":"quote\\""}');
    // neither needs a backslash in JSON: DEL is ASCII, NEL (a C1 control) is not
    expect(safeJson({ a: 'del\u007f' })).toBe('{"a":"del\\\\u007F"}');
    expect(safeJson({ b: 'nel\u0085', c: 'café' })).toBe('{"b":"nel\\\\u0085","c":"café"}');
    const clean = { results: [{ metric: 'm', resource: 'i-1', value: 99.5 }] };
    expect(safeJson(clean, 2)).toBe(JSON.stringify(clean, null, 2));
  });
});
