import type { AgreementInput } from '../agreement';
import { durationWords, isZeroDuration } from '../words/duration';
import { humanize, text, type ViewContext } from './context';

const TYPES: Record<string, string> = {
  customer: 'Customer-based service level agreement',
  service: 'Service-based service level agreement (applies to every customer of the service)',
  'multi-level': 'Multi-level service level agreement',
  internal: 'Internal agreement between departments (operational level agreement)',
};

function termWords(a: AgreementInput, ctx: ViewContext): string {
  const { start, end } = a.term ?? {};
  if (start && end) return `${ctx.fmt.date(start)} to ${ctx.fmt.date(end)} (inclusive)`;
  if (start) return `from ${ctx.fmt.date(start)}, until terminated`;
  return end ? `until ${ctx.fmt.date(end)} (inclusive)` : '';
}

function renewalWords(a: AgreementInput, ctx: ViewContext): string | null {
  const renewal = a.term?.renewal;
  if (!renewal) return null;
  const zero = isZeroDuration(renewal.notice);
  const ahead = zero ? 'before the end of the term' : `at least ${durationWords(renewal.notice, ctx.fmt)} before the end of the term`;
  const notice = renewal.notice ? ` unless either party gives notice ${ahead}` : '';
  return renewal.automatic ? `Renews automatically for the same term${notice}.` : `Does not renew automatically${notice ? `; notice to end it is due ${ahead}` : ''}.`;
}

/** The title block: who agrees to what, for how long. Always present. */
export function buildTitle(ctx: ViewContext, issued: string | null): Record<string, unknown> {
  const a = ctx.agreement;
  const facts: Array<{ label: string; value: string }> = [];
  const add = (label: string, value: unknown): void => {
    if (value !== undefined && value !== null && value !== '') facts.push({ label, value: String(value) });
  };
  add('Agreement number', a.id);
  add('Version', a.version);
  add('Status', a.status ? humanize(a.status) : undefined);
  add('Type', a.type ? TYPES[a.type] ?? humanize(a.type) : undefined);
  add('Term', termWords(a, ctx));
  add('Renewal', renewalWords(a, ctx));
  add('Effective from', a.effective ? ctx.fmt.date(a.effective) : undefined);
  add('Time zone', a.timezone);
  add('Currency', a.currency);
  add('Locale', ctx.fmt.locale);
  add('Format', a.sla !== undefined ? `sla ${a.sla}` : undefined);
  return {
    title: text(a.title || a.id || 'Service Level Agreement'),
    facts,
    issued: issued ? `Issued ${ctx.fmt.date(issued)}` : null,
    parties: (a.parties ?? []).map((p) => ({
      id: p.id,
      role: humanize(p.role ?? p.id),
      name: text(p.name ?? p.id),
      address: p.address ?? null,
      contacts: (p.contacts ?? []).map((c) => ({
        name: text(c.name),
        role: c.role ?? null,
        email: c.email ?? null,
        phone: c.phone ?? null,
      })),
    })),
  };
}
