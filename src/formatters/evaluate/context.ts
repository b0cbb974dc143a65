import type { ReportContext } from './types';

type Plain = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const list = (v: unknown): Plain[] => (Array.isArray(v) ? v.filter((x): x is Plain => typeof x === 'object' && x !== null) : []);

/** Picks the names and the reporting promise out of an agreement's plain data. */
export function reportContext(data: Plain): ReportContext {
  const services: ReportContext['services'] = {};
  for (const s of list(data.services)) {
    const id = str(s.id);
    if (id) services[id] = { name: str(s.name) ?? id };
  }
  const metrics: ReportContext['metrics'] = {};
  for (const m of list(data.metrics)) {
    const id = str(m.id);
    if (id) metrics[id] = { name: str(m.name) ?? id, service: str(m.service), owner: str(m.owner) };
  }
  const r = typeof data.reporting === 'object' && data.reporting !== null ? (data.reporting as Plain) : null;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x)) : v === undefined ? [] : [String(v)]);
  return {
    id: str(data.id) ?? '',
    title: str(data.title) ?? '',
    version: str(data.version),
    parties: list(data.parties).map((p) => ({ id: str(p.id) ?? '', name: str(p.name) ?? str(p.id) ?? '', role: str(p.role) ?? '' })),
    services,
    metrics,
    reporting: r ? { every: str(r.every), due: str(r.due), to: strings(r.to), contents: strings(r.contents) } : null,
  };
}
