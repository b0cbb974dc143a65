import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import type { Finding } from '../../src/core/diagnostic';
import { loadDocument } from '../../src/core/load';
import { lintDocument } from '../../src/lint/run';
import { REFERENCE } from '../helpers/reference';

/*
 * loadDocument never throws: random bytes, YAML-ish text, deep nesting and
 * huge scalars all become findings, each with a position inside the file.
 * The whole lint run (schema and rules) on what loads must not throw either.
 * Fixed runs and seeds, so a failure reproduces.
 */

const SEED = 8;
const reference = fs.readFileSync(path.join(REFERENCE, 'managed-hosting.sla.yaml'), 'utf8');

function expectValidPositions(findings: readonly Finding[], bytes: Uint8Array): void {
  const text = new TextDecoder('utf-8').decode(bytes);
  const lines = text.split('\n');
  const widest = Math.max(...lines.map((l) => l.length));
  for (const f of findings) {
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(/\n\s+at /);
    expect(['error', 'warning']).toContain(f.severity);
    const { start, end } = f.range;
    for (const p of [start, end]) {
      expect(Number.isInteger(p.line) && Number.isInteger(p.column)).toBe(true);
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines.length);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeLessThanOrEqual(widest + 2);
    }
    expect(end.line > start.line || (end.line === start.line && end.column >= start.column)).toBe(true);
  }
}

function check(bytes: Uint8Array): Finding[] {
  const doc = loadDocument(bytes, 'fuzz.sla.yaml');
  expectValidPositions(doc.findings, bytes);
  const findings = lintDocument(doc, { rules: {}, fileExists: () => false });
  expectValidPositions(findings, bytes);
  return findings;
}

// Pieces of agreements and of YAML that break them.
const piece = fc.oneof(
  fc.constantFrom(
    'sla: 1\n', 'id: X\n', 'title: T\n', 'metrics:\n', '  - id: m\n', '    target: ">= 99%"\n', '    credits: [{ when: "< 99%", credit: 5% }]\n',
    'term: { start: 2026-01-01, end: 2026-12-31 }\n', 'timezone: Europe/Berlin\n', 'a: &x [1, 2]\n', 'b: *x\n', '*y\n', '? k\n: v\n',
    '- \n', '  ', '\t', ':', ': ', '[', ']', '{', '}', ',', '"', "'", '#', '&', '*', '!', '!!str ', '|\n', '>-\n', '---\n', '...\n',
    '%YAML 1.2\n', '\r\n', '\n', '\u0000', '\ufeff', '\u2028', 'ü', '😀', '\uFFFD', 'k: v\nk: w\n', 'x: 1e400\n', 'y: 0x1F\n', '~: ~\n',
  ),
  fc.string({ maxLength: 8 }),
);

describe('loadDocument (fuzz)', () => {
  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void check(bytes)), { numRuns: 200, seed: SEED });
  });

  it('never throws on YAML-ish text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => void check(Buffer.from(pieces.join(''), 'utf8'))),
      { numRuns: 300, seed: SEED },
    );
  });

  it('never throws on a reference agreement with a piece cut, repeated or inserted', () => {
    fc.assert(
      fc.property(fc.nat({ max: reference.length }), fc.nat({ max: 200 }), piece, fc.constantFrom('cut', 'repeat', 'insert'), (at, length, inserted, how) => {
        const head = reference.slice(0, at);
        const tail = reference.slice(at);
        const text = how === 'cut' ? head + tail.slice(length) : how === 'repeat' ? head + tail.slice(0, length) + tail : head + inserted + tail;
        void check(Buffer.from(text, 'utf8'));
      }),
      { numRuns: 80, seed: SEED },
    );
  });

  it('refuses deep nesting with a position, however deep', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{a: ', '- '), fc.boolean(), (depth, open, closed) => {
        const close = open === '[' ? ']' : open === '{a: ' ? '}' : '';
        const nested = open === '- ' ? Array.from({ length: Math.min(depth, 500) }, (_, i) => `${' '.repeat(2 * i)}- `).join('\n') : open.repeat(depth);
        const text = `sla: 1\nx: ${open === '- ' ? '\n' : ''}${nested}1${closed ? close.repeat(depth) : ''}\n`;
        const findings = check(Buffer.from(text, 'utf8'));
        if ((open === '- ' ? Math.min(depth, 500) : depth) >= 64) expect(findings.some((f) => f.ruleId === 'yaml-syntax' && f.severity === 'error')).toBe(true);
      }),
      { numRuns: 20, seed: SEED },
    );
  });

  it('reads huge scalars and keys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.constantFrom('key', 'plain', 'quoted', 'block'), (size, where) => {
        const big = 'x'.repeat(size);
        const text =
          where === 'key' ? `sla: 1\n${big}: 1\n` : where === 'plain' ? `sla: 1\ntitle: ${big}\n` : where === 'quoted' ? `sla: 1\ntitle: "${big}\n` : `sla: 1\ntitle: |\n  ${big}\n`;
        void check(Buffer.from(text, 'utf8'));
      }),
      { numRuns: 12, seed: SEED },
    );
  });
});
