import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { loadDocument } from '../../src/core/load';
import type { Agreement } from '../../src/core/model';
import { termOrder } from '../../src/render/view/annex';
import { buildView, slug } from '../../src/render/view/build-view';
import { FIXTURES, referenceFile } from './helpers';

const load = (file: string): Agreement => loadDocument(fs.readFileSync(file), file).data as unknown as Agreement;

it('leaves out absent sections and keeps numbering continuous', () => {
  const view = buildView(load(path.join(FIXTURES, 'sparse/sparse.sla.yaml')));
  expect(view.sections.map((s) => s.heading)).toEqual(['1. Services', '2. Service levels', '3. Definitions', '4. Measurement data']);
  expect(view.contents.map((c) => c.anchor)).toEqual(['1-services', '2-service-levels', '3-definitions', '4-measurement-data']);
});

it('sorts definitions alphabetically', () => {
  const view = buildView(load(path.join(FIXTURES, 'sparse/sparse.sla.yaml')));
  const defs = view.sections.find((s) => s.id === 'definitions') as unknown as { terms: Array<{ term: string }> };
  expect(defs.terms.map((t) => t.term)).toEqual(['alpha', 'Beta', 'Zeta']);
});

it('refers to sections by their number in the measurement sentences', () => {
  const view = buildView(load(referenceFile('managed-hosting')));
  const levels = view.sections.find((s) => s.id === 'service-levels') as unknown as { services: Array<{ metrics: Array<{ id: string; measured: string }> }> };
  const uptime = levels.services[0].metrics.find((m) => m.id === 'uptime-business');
  expect(uptime?.measured).toBe(
    'The share of Office hours (Mon–Fri 08:00–18:00, Europe/Berlin, excluding the holidays listed in section 4) in which Web shop hosting is not down, ' +
      'measured per calendar month from the downtime recorded in the “incidents” data; downtime in maintenance windows (section 5) is not counted.',
  );
});

it('makes GitHub-style anchors', () => {
  expect(slug('11. Review and amendment')).toBe('11-review-and-amendment');
  expect(slug('3. Über_Ämter & Co.')).toBe('3-über_ämter--co');
});

it('makes the same anchors for ASCII headings on its fast path as the Unicode rule does', () => {
  const unicodeRule = (h: string): string => h.toLowerCase().replace(/[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu, '').replace(/ /g, '-');
  fc.assert(
    fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (heading) => {
      expect(slug(heading)).toBe(unicodeRule(heading));
    }),
    { numRuns: 2000 },
  );
});

describe('the order of definition terms', () => {
  const term = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,12}$/);

  it.each(['en-GB', 'en-US', 'de-DE', 'de'])('is the collation of %s for plain ASCII terms, without a collator', (locale) => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    fc.assert(
      fc.property(term, term, (a, b) => {
        expect(Math.sign(termOrder(locale, [a, b])(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('collates other letters and locales', () => {
    // code units would put Öl after Zeta
    expect(['Zeta', 'Öl', 'Ober'].sort(termOrder('de-DE', ['Zeta', 'Öl', 'Ober']))).toEqual(['Ober', 'Öl', 'Zeta']);
    // Danish sorts "aa" as å, after z
    expect(['aa', 'z', 'b'].sort(termOrder('da-DK', ['aa', 'z', 'b']))).toEqual(['b', 'z', 'aa']);
  });
});
