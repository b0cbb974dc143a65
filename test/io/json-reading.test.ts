import { lineColumn, offsetOf, syntaxError } from '../../src/io/json-locate';
import { JsonValueSplitter, type JsonValueText } from '../../src/io/json-values';

function split(chunks: string[]): JsonValueText[] {
  const out: JsonValueText[] = [];
  const s = new JsonValueSplitter('f.json', (v) => out.push(v));
  for (const c of chunks) s.write(Buffer.from(c, 'utf8'));
  s.end();
  return out;
}

describe('cutting JSON values out of a byte stream', () => {
  it('reads JSON lines, documents one after another and pretty-printed ones alike, whatever the chunks', () => {
    const text = '\uFEFF{"a":1}\n{"b":"}{"}\r\n\n  [1,\n  {"c":"\\"]"}]{"d":"é"}\n';
    const whole = split([text]);
    expect(whole.map((v) => [v.text, v.line, v.column, v.index])).toEqual([
      ['{"a":1}', 1, 1, 0],
      ['{"b":"}{"}', 2, 1, 1],
      ['[1,\n  {"c":"\\"]"}]', 4, 3, 2],
      ['{"d":"é"}', 5, 15, 3],
    ]);
    const bytes = Buffer.from(text, 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const out: JsonValueText[] = [];
      const s = new JsonValueSplitter('f.json', (v) => out.push(v));
      s.write(bytes.subarray(0, cut));
      s.write(bytes.subarray(cut));
      s.end();
      expect(out).toEqual(whole);
    }
  });

  it('ends a value at each line break in JSON lines, so one broken line spoils only itself', () => {
    const out: JsonValueText[] = [];
    const s = new JsonValueSplitter('f.jsonl', (v) => out.push(v), true);
    s.write(Buffer.from('{"a":1}\r\n{"b":[1,\r\n{"c":"}"}\n{"d":'));
    s.end();
    expect(out.map((v) => [v.text, v.line, v.column])).toEqual([
      ['{"a":1}', 1, 1],
      ['{"b":[1,', 2, 1],
      ['{"c":"}"}', 3, 1],
      ['{"d":', 4, 1],
    ]);
  });

  it('says where a file that is not JSON goes wrong', () => {
    expect(() => split(['{"a":1}\nid,name\n'])).toThrow('f.json:2:1: expected a JSON object or array here, found \'i\'');
    expect(() => split(['[{"a":1},\n'])).toThrow('f.json:1:1: a JSON array that is never closed (the file ends inside it)');
  });
});

describe('finding places in a JSON text', () => {
  const text = '{\n  "incidents": [\n    {"id": 1, "service": {"summary": "API"}},\n    {"id": 2, "created_at": "soon"}\n  ]\n}';

  it('finds the value at a path, or the deepest part that exists', () => {
    const place = (path: (string | number)[]) => lineColumn(text, offsetOf(text, path), 1, 1);
    expect(place(['incidents', 1, 'created_at'])).toEqual({ line: 4, column: 29 });
    expect(place(['incidents', 0, 'service', 'summary'])).toEqual({ line: 3, column: 38 });
    expect(place(['incidents', 1, 'resolved_at'])).toEqual({ line: 4, column: 5 });
    expect(lineColumn('ab\ncd', 4, 7, 3)).toEqual({ line: 8, column: 2 });
  });

  it('names the first syntax error and its place', () => {
    expect(syntaxError('{"a": 1 "b": 2}')).toEqual({ at: 8, reason: "expected ',' or '}' after a value, found '\"'" });
    expect(syntaxError('[1, 2,]')).toEqual({ at: 6, reason: "unexpected ']' where a value is expected" });
    expect(syntaxError('[1, 2 3]')).toEqual({ at: 6, reason: "expected ',' or ']' after a value, found '3'" });
    expect(syntaxError('{"a": [1, {"b": 2}]')).toEqual({ at: 19, reason: "expected ',' or '}' after a value, found the end of the text" });
    expect(syntaxError('{"a": "x\ny"}')).toEqual({ at: 8, reason: 'a control character inside a string (a line break must be written \\n)' });
    expect(syntaxError('{"a": tru}')).toEqual({ at: 6, reason: "unexpected 't' where a value is expected" });
    expect(syntaxError('{"a": 1} 2')).toEqual({ at: 9, reason: "unexpected '2' after the value" });
  });
});
