import { checkTemplates, MAX_TEMPLATE_DEPTH, MAX_TEMPLATE_EXPRESSIONS } from '../../src/render/template-limits';

const t = (text: string, file = 'tpl/services.hbs') => ({ name: 'services', file, text });
const nested = (n: number) => '{{#if a}}\n'.repeat(n) + 'x' + '{{/if}}'.repeat(n);

describe('checkTemplates', () => {
  it(`passes blocks nested ${MAX_TEMPLATE_DEPTH} deep, with else, inverse blocks and comments that look like blocks`, () => {
    expect(() => checkTemplates([t(nested(MAX_TEMPLATE_DEPTH))])).not.toThrow();
    const text = `${nested(MAX_TEMPLATE_DEPTH - 1)}{{#if b}}{{else}}{{^}}{{/if}}{{^c}}y{{/c}}{{!-- {{#if d}} --}}{{! {{#e}} }}`;
    expect(() => checkTemplates([t(text)])).not.toThrow();
  });

  it('refuses one level deeper, naming file and line', () => {
    expect(() => checkTemplates([t(nested(MAX_TEMPLATE_DEPTH + 1))])).toThrow(
      `template error: tpl/services.hbs:${MAX_TEMPLATE_DEPTH + 1}: the template nests blocks and subexpressions more than ${MAX_TEMPLATE_DEPTH} deep`,
    );
    expect(() => checkTemplates([t(nested(5000))])).toThrow(/services\.hbs:33: /);
  });

  it('counts subexpressions inside a block towards the depth', () => {
    const sub = (n: number) => `{{title ${'(concat '.repeat(n)}x${')'.repeat(n)}}}`;
    expect(() => checkTemplates([t(`{{#if a}}${sub(MAX_TEMPLATE_DEPTH - 1)}{{/if}}`)])).not.toThrow();
    expect(() => checkTemplates([t(`{{#if a}}${sub(MAX_TEMPLATE_DEPTH)}{{/if}}`)])).toThrow(/more than 32 deep/);
  });

  it(`refuses more than ${MAX_TEMPLATE_EXPRESSIONS} expressions over all the custom templates`, () => {
    const half = '{{title}}\n'.repeat(MAX_TEMPLATE_EXPRESSIONS / 2);
    expect(() => checkTemplates([t(half), t(half, 'tpl/title.hbs')])).not.toThrow();
    expect(() => checkTemplates([t(half), t(`${half}{{title}}`, 'tpl/title.hbs')])).toThrow(
      `template error: tpl/title.hbs:${MAX_TEMPLATE_EXPRESSIONS / 2 + 1}: the template brings the templates of --template to more than 5,000 {{...}} expressions, the most sla compiles`,
    );
  });
});
