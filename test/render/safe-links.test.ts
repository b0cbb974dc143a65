import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { sanitizeProse } from '../../src/render/format/markdown-text';
import { proseToHtml } from '../../src/render/format/prose-html';
import { escapeBrackets, escapeUnescaped, hasUnsafeLinks, SAFE_LINK } from '../../src/render/format/safe-links';

/** A CommonMark renderer that keeps every link and image: what a reader's viewer might do with the Markdown. */
const viewer = new MarkdownIt('default', { html: false, linkify: false });
viewer.validateLink = () => true;

/** Every href and src in HTML, entities decoded the way a browser would. */
function targets(html: string): { href: string[]; img: number } {
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return { href: [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!)), img: (html.match(/<img/g) ?? []).length };
}

const HOSTILE = [
  '[x](java&#115;cript:alert(1))',
  '[x](&#x6A;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x]( javascript:alert(1) )',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](vbscript:msgbox)',
  '[x](file:///etc/passwd)',
  '[x](relative/page.html)',
  '[x][s]\n\n[s]: javascript:alert(2)',
  '[s]: javascript:alert(2)',
  '[s]: <java&#115;cript:alert(2)> "title"',
  '![](https://tracker.example/pixel.png)',
  '![alt][p]\n\n[p]: https://tracker.example/p.png',
  '\\\\[x](javascript:alert(1))',
  'a [safe](https://example.com) and a [bad](javascript:alert(1))',
];

describe('links in Markdown prose follow the HTML rules', () => {
  it.each(HOSTILE)('%j is found unsafe, and its sanitized Markdown renders nothing live', (md) => {
    expect(hasUnsafeLinks(md)).toBe(true);
    const out = sanitizeProse(md);
    expect(hasUnsafeLinks(out)).toBe(false);
    const { href, img } = targets(viewer.render(out));
    expect(img).toBe(0);
    expect(href.every((h) => SAFE_LINK.test(h))).toBe(true);
  });

  it.each([
    'plain text',
    'a [link](https://example.com/a_b) and [mail](mailto:a@b.example) and [here](#section)',
    '[ref][r]\n\n[r]: https://example.com "title"',
    '\\[not a link\\](javascript:alert(1))',
    '`[code](javascript:alert(1))`',
    '<https://example.com/auto>',
  ])('%j stays as written', (md) => {
    expect(hasUnsafeLinks(md)).toBe(false);
    expect(sanitizeProse(md)).toBe(md);
  });

  it('keeps the text readable: brackets escaped, nothing dropped', () => {
    expect(sanitizeProse('A [bad link](javascript:alert(3)) and ![img](https://t.example/p.png).')).toBe(
      'A \\[bad link\\](javascript:alert(3)) and !\\[img\\](https://t.example/p.png).',
    );
    // a bracket after an escaped backslash is live: it gets its own backslash
    expect(escapeBrackets('\\\\[x\\]')).toBe('\\\\\\[x\\]');
  });

  it('the HTML output already drops the same targets (one rule, two formats)', () => {
    for (const md of HOSTILE) {
      const { href, img } = targets(proseToHtml(md));
      expect(img).toBe(0);
      expect(href.every((h) => SAFE_LINK.test(h))).toBe(true);
    }
  });

  it('no sanitized prose renders a live unsafe link or an image, for any mix of Markdown (property)', () => {
    const piece = fc.constantFrom(
      '[', ']', '(', ')', '<', '>', '!', '\\', '`', ' ', '\n', '\n\n', ':', '&#115;', '&colon;', '"', "'",
      'javascript:alert(1)', 'java', 'script', 'https://ok.example/x', 'mailto:a@b.example', '#frag', '[s]: ', 'data:x', 'x', '|', '*',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (parts, inline) => {
        const out = sanitizeProse(parts.join(''), inline);
        const { href, img } = targets(viewer.render(out));
        expect(img).toBe(0);
        expect(href.filter((h) => !SAFE_LINK.test(h))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes in one pass: each character is looked at once at most, however many backslashes precede it', () => {
    let calls = 0;
    const text = `${'\\'.repeat(99_999)}[${'<'.repeat(100_000)}`;
    const out = escapeUnescaped(text, (t, i) => (calls++, t[i] === '[' || t[i] === '<'));
    expect(calls).toBe(100_000);
    // an odd run of backslashes escapes the [ already; each < gets one
    expect(out.length).toBe(text.length + 100_000);
  });

  it('takes 400,000 brackets, backslashes and angle brackets (a backtracking pass would not finish)', () => {
    const n = 400_000;
    expect(sanitizeProse('<'.repeat(n))).toBe('\\<'.repeat(n));
    expect(sanitizeProse('<https:'.repeat(n / 8)).length).toBe((n / 8) * 8);
    expect(sanitizeProse(`${'\\'.repeat(n)}[x](javascript:1)`)).toBe(`${'\\'.repeat(n)}\\[x\\](javascript:1)`);
    expect(hasUnsafeLinks(sanitizeProse(`${'['.repeat(n / 4)}](javascript:1)`))).toBe(false);
  });
});
