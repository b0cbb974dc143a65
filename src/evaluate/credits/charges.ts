import { dec, type Dec } from '../../core/decimal';
import { InputError } from '../../core/errors';
import { RowError } from '../../rows';
import { textEquals, type RowCells } from '../../rows/cells';
import { parsePeriodLabel, type KindPeriod, type Zone } from '../../time';
import type { ConditionMap } from '../../core/row-filter';
import { compileConditions } from '../conditions';
import { decimalCell } from '../decimal-cell';
import type { SourceFrame } from '../source';

/** One row of a `charges` source: an amount paid for a billing period, for a resource or for the whole service. */
export interface Charge {
  resource: string | null;
  billing: KindPeriod;
  amount: Dec;
}

interface ChargesState {
  resources: (string | null)[];
  labels: string[];
  amounts: string[];
}

/**
 * The charges rows of one service (docs/semantics.md, credit base): read
 * from a source of kind `charges`, those whose `service` column names the
 * service (when the source maps one) and that pass the base's `where`.
 * Period labels are read in the agreement's zone; a `currency` column must
 * hold the agreement's currency.
 */
export class ServiceCharges {
  readonly rows: Charge[] = [];
  private readonly labels = new Map<string, KindPeriod>();

  constructor(
    private readonly zone: Zone,
    readonly service: string,
  ) {}

  /** Registers the reader of the service's rows on the charges source. */
  read(source: SourceFrame, where: ConditionMap | undefined, currency: string | undefined): void {
    const need = (role: string): number => {
      const name = source.role(role);
      if (!name) throw new InputError(`data source '${source.name}' maps no '${role}' column (the charges of service '${this.service}' need period and amount)`);
      return source.column(name);
    };
    const periodCol = need('period');
    const amountCol = need('amount');
    const resourceName = source.role('resource');
    const resourceCol = resourceName ? source.column(resourceName) : -1;
    const currencyName = source.role('currency');
    const currencyCol = currencyName ? source.column(currencyName) : -1;
    const serviceName = source.role('service');
    const serviceCol = serviceName ? source.column(serviceName) : -1;
    const isService = textEquals(this.service);
    const matches = compileConditions(where, (name) => source.column(name), { lists: source.lists });
    const cell = decimalCell();
    let pending: Charge | null = null;
    source.consumers.push({
      take: (cells: RowCells) => {
        if (serviceCol >= 0 && !isService(cells, serviceCol)) return false;
        if (matches && !matches(cells)) return false;
        const billing = this.period(cells.text(periodCol), periodCol);
        source.decimal(cells, amountCol, cell);
        const amount = cell.fast ? { m: BigInt(cell.mantissa), e: cell.scale } : dec(cells.text(amountCol));
        if (amount.m < 0n) throw new RowError(amountCol, 'a charge cannot be negative');
        if (currencyCol >= 0 && currency !== undefined && cells.text(currencyCol).trim() !== currency) {
          throw new RowError(currencyCol, `the charge is not in ${currency}, the agreement's currency`);
        }
        pending = { resource: resourceCol >= 0 ? cells.text(resourceCol) : null, billing, amount };
        return true;
      },
      apply: () => {
        if (pending) this.rows.push(pending);
      },
    });
  }

  /** The resources charged for a billing period that meets [from, to). */
  resources(from: number, to: number): string[] {
    const names = new Set<string>();
    for (const r of this.rows) if (r.resource !== null && r.billing.start < to && r.billing.end > from) names.add(r.resource);
    return [...names];
  }

  private period(label: string, column: number): KindPeriod {
    const text = label.trim();
    let p = this.labels.get(text);
    if (!p) {
      const parsed = parsePeriodLabel(text, this.zone);
      if (!parsed) throw new RowError(column, 'not a billing period: use a label such as 2026-01, 2026-Q2, 2026, 2026-W05 or 2026-01-15');
      p = { kind: parsed.kind, label: parsed.label, start: parsed.start, end: parsed.end };
      this.labels.set(text, p);
    }
    return p;
  }

  exportState(): ChargesState {
    return {
      resources: this.rows.map((r) => r.resource),
      labels: this.rows.map((r) => r.billing.label),
      amounts: this.rows.map((r) => `${r.amount.m}e-${r.amount.e}`),
    };
  }

  importState(state: ChargesState): void {
    state.labels.forEach((label, k) => {
      const [m, e] = state.amounts[k]!.split('e-');
      this.rows.push({ resource: state.resources[k]!, billing: this.period(label, 0), amount: { m: BigInt(m!), e: Number(e) } });
    });
  }
}
