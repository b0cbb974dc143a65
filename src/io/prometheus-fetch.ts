import { InputError } from '../core/errors';
import { roleColumn } from '../core/source-formats';
import type { SourcePlan } from '../rows';
import { parseDuration } from '../time';

/** Prometheus answers at most 11,000 points per series (api/v1/query_range); chunks stay below. */
export const POINTS_PER_CHUNK = 10_000;
const DEFAULT_STEP = 60_000;
const DEFAULT_TIMEOUT = 60_000;

export interface RangeFetch {
  /** The server, without a trailing slash. */
  url: string;
  /** The series selectors to query: the source's columns but its time. */
  queries: string[];
  step: number;
  timeout: number;
  /** The instants of the first and last sample, UTC ms, on the step grid. */
  start: number;
  end: number;
}

/** What to ask a source's server for, over [from, to] (the evaluated range up to --as-of). */
export function rangeFetch(plan: SourcePlan, from: number, to: number): RangeFetch {
  const p = plan.def?.prometheus;
  if (!p?.url) throw new InputError(`data source '${plan.name}' names no prometheus.url to fetch from`);
  const step = p.step ? (parseDuration(p.step) ?? NaN) : DEFAULT_STEP;
  const timeout = p.timeout ? (parseDuration(p.timeout) ?? NaN) : DEFAULT_TIMEOUT;
  if (!(step >= 1000)) throw new InputError(`data source '${plan.name}': prometheus.step '${p.step}' is not a duration of a second or more`);
  if (!(timeout > 0)) throw new InputError(`data source '${plan.name}': prometheus.timeout '${p.timeout}' is not a duration`);
  const time = roleColumn(plan.def!, 'time') ?? 'time';
  return {
    url: p.url.replace(/\/+$/, ''),
    queries: plan.columns.filter((c) => c !== time),
    step,
    timeout,
    start: Math.floor(from / step) * step,
    end: Math.ceil(to / step) * step,
  };
}

/** The requests a fetch makes: per chunk of at most POINTS_PER_CHUNK steps, one per query. */
export function fetchRequests(f: RangeFetch): { query: string; start: number; end: number }[] {
  const out: { query: string; start: number; end: number }[] = [];
  const span = (POINTS_PER_CHUNK - 1) * f.step;
  for (let s = f.start; s < f.end || (s === f.start && s === f.end); s += span) {
    const e = Math.min(f.end, s + span);
    for (const query of f.queries) out.push({ query, start: s, end: e });
  }
  return out;
}

const seconds = (ms: number): string => String(ms / 1000);

/** The envelope of every answer of Prometheus' HTTP API. */
interface PromResponse {
  status?: string;
  errorType?: string;
  error?: string;
  warnings?: unknown;
  data?: { resultType?: string };
}

function describeFailure(e: unknown, url: string, timeout: number): InputError {
  const err = e as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return new InputError(`Prometheus at ${url} did not answer within ${timeout / 1000} s (prometheus.timeout)`);
  const code = err?.cause?.code;
  const why =
    code === 'ECONNREFUSED' ? 'connection refused'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'no such host'
    : code === 'ECONNRESET' ? 'the connection was reset'
    : code === 'EHOSTUNREACH' || code === 'ENETUNREACH' ? 'host unreachable'
    : (err?.cause?.message ?? err?.message ?? 'the request failed');
  return new InputError(`cannot reach Prometheus at ${url}: ${why}`);
}

/**
 * Runs a source's range queries against its server, chunk by chunk, and
 * yields each answer's body (the JSON the file form holds): the reader
 * then takes them as one file. Stops with a clear message when the server
 * cannot be reached, does not answer in time, refuses a query (its own
 * error message), or answers with partial data (warnings).
 */
export async function* fetchRange(f: RangeFetch, onRequest?: (done: number, total: number) => void): AsyncGenerator<Buffer> {
  const requests = fetchRequests(f);
  let done = 0;
  for (const r of requests) {
    const q = new URLSearchParams({ query: r.query, start: seconds(r.start), end: seconds(r.end), step: seconds(f.step) });
    const address = `${f.url}/api/v1/query_range?${q.toString()}`;
    let response: Response;
    let body: string;
    try {
      response = await fetch(address, { signal: AbortSignal.timeout(f.timeout), headers: { accept: 'application/json' } });
      body = await response.text();
    } catch (e) {
      throw describeFailure(e, f.url, f.timeout);
    }
    let json: PromResponse | null = null;
    try {
      json = JSON.parse(body) as PromResponse;
    } catch {
      json = null;
    }
    if (!response.ok || json?.status === 'error') {
      const said = json?.error ? `${json.errorType ? `${json.errorType}: ` : ''}${json.error}` : body.replace(/\s+/g, ' ').trim();
      throw new InputError(`Prometheus at ${f.url} answered ${response.status} to ${JSON.stringify(r.query)}: ${said.slice(0, 300) || response.statusText}`);
    }
    if (json === null) throw new InputError(`Prometheus at ${f.url} answered ${JSON.stringify(r.query)} with something that is not JSON`);
    if (Array.isArray(json.warnings) && json.warnings.length > 0) {
      throw new InputError(`Prometheus at ${f.url} answered ${JSON.stringify(r.query)} with partial data: ${json.warnings.map(String).join('; ').slice(0, 300)}`);
    }
    if (json.data?.resultType !== 'matrix') throw new InputError(`Prometheus at ${f.url} answered ${JSON.stringify(r.query)} with a ${json.data?.resultType ?? 'result'} instead of a range query's matrix`);
    onRequest?.(++done, requests.length);
    yield Buffer.from(body, 'utf8');
  }
}
