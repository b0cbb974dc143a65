import type { AgreementInput } from '../agreement';
import { buildView } from '../view/build-view';
import type { AmendmentChange } from './model';

/** The contract section each top-level key of the agreement is written in. */
const SECTION_OF: Readonly<Record<string, string>> = {
  purpose: 'purpose',
  objectives: 'purpose',
  services: 'services',
  calendars: 'calendars',
  maintenance: 'maintenance',
  credits: 'credits',
  escalation: 'escalation',
  reporting: 'reporting',
  review: 'review',
  exclusions: 'exclusions',
  disputes: 'disputes',
  indemnity: 'indemnity',
  notices: 'notices',
  definitions: 'definitions',
  references: 'references',
  data: 'measurement-data',
  approvals: 'approvals',
};

/**
 * Where a change is written in the contract as it stood, as "clause 3 (Service
 * levels)"; changes of the particulars (term, version, parties) point at the
 * title page. Credit tiers are clauses of the credits section.
 */
export function clauseFinder(agreement: AgreementInput, locale?: string): (change: AmendmentChange) => string {
  const view = buildView(agreement, { locale });
  const byId = new Map(view.sections.map((s) => [s.id, s]));
  const owners = new Map((agreement.parties ?? []).map((p) => [p.id, p.role]));
  const metricOwner = new Map((agreement.metrics ?? []).map((m) => [m.id, owners.get(m.owner ?? '')]));
  return (change) => {
    const top = /^[A-Za-z]+/.exec(change.path)?.[0] ?? '';
    let id = SECTION_OF[top];
    if (top === 'metrics') {
      const metric = /^metrics\[([^\]]+)\]/.exec(change.path)?.[1] ?? '';
      id = /\.(credits|earnBack)/.test(change.path) ? 'credits' : metricOwner.get(metric) === 'customer' ? 'obligations' : 'service-levels';
    }
    if (top === 'parties' && /\.responsibilities/.test(change.path)) id = 'responsibilities';
    const section = id ? byId.get(id) : undefined;
    return section ? `clause ${section.number} (${section.title})` : 'the particulars of the agreement';
  };
}
