import { meaning, stable } from './normalize';
import { similarity } from './words';

/** An item of a list (index) or an entry of a map (key), with the label paths show it by. */
export interface Keyed {
  label: string;
  index: number | string;
  value: unknown;
}

export interface Pair {
  before?: Keyed;
  after?: Keyed;
  /** Matched by similarity although its id or name differs. */
  renamed?: boolean;
  /** The field that names the item (`id`), left out when comparing a renamed pair. */
  keyField?: string;
}

type KeyFn = (item: unknown) => string | undefined;

const field = (name: string, type?: string): KeyFn => (item) => {
  const v = item && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined;
  return v === undefined || v === null ? undefined : type ? meaning(type, v) : String(v);
};

/** Natural keys of list items without an id, tried in order before similarity. */
const NATURAL: Readonly<Record<string, { keys: KeyFn[]; label: string }>> = {
  'metrics[].credits[]': { keys: [field('when', 'BandText'), field('credit', 'Percent')], label: 'when' },
  'escalation[]': { keys: [field('level')], label: 'level' },
  'calendars.*.holidays[]': { keys: [field('date'), field('name')], label: 'date' },
  'approvals[]': { keys: [field('party')], label: 'party' },
  'references[]': { keys: [field('title'), field('url')], label: 'title' },
  'notices.methods[]': { keys: [field('by')], label: 'by' },
  'parties[].contacts[]': { keys: [field('name'), field('email')], label: 'name' },
};

/** Items this similar (and no other pair as close) are the same item. */
export const SIMILAR = 0.6;

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function flatText(value: unknown, skip?: string): string {
  if (Array.isArray(value)) return value.map((v) => flatText(v)).join(' ');
  if (isRecord(value)) return Object.entries(value).filter(([k]) => k !== skip).map(([k, v]) => `${k} ${flatText(v)}`).join(' ');
  return String(value);
}

function shortLabel(value: unknown): string {
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : stable(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Pairs the items of two lists (or the entries of two maps): by id, then by
 * natural key (tiers by threshold, then by credit; escalation by level;
 * holidays by date ...), then by similarity: a unique pair at least 60%
 * alike is the same item, "renamed (probable)" when it has an id or a name.
 */
export function match(pattern: string, before: Array<[number | string, unknown]>, after: Array<[number | string, unknown]>, itemType?: string): Pair[] {
  const isMapEntries = pattern.endsWith('*');
  const sample = after[0]?.[1] ?? before[0]?.[1];
  const natural = NATURAL[pattern];
  const hasId = !isMapEntries && isRecord(sample) && 'id' in sample;
  const keys: KeyFn[] = isMapEntries ? [] : natural ? natural.keys : hasId ? [field('id')] : isRecord(sample) ? [(v) => stable(v)] : [(v) => meaning(itemType, v)];
  const label = (index: number | string, v: unknown): string => {
    if (isMapEntries) return String(index);
    const named = natural ? field(natural.label)(v) : hasId ? field('id')(v) : undefined;
    if (named !== undefined) return natural ? String((v as Record<string, unknown>)[natural.label]) : named;
    return isRecord(v) ? `#${Number(index) + 1}` : shortLabel(v);
  };
  const left: Keyed[] = before.map(([i, v]) => ({ index: i, value: v, label: label(i, v) }));
  const right: Keyed[] = after.map(([i, v]) => ({ index: i, value: v, label: label(i, v) }));
  const partner = new Map<Keyed, Pair>();
  const byRight = new Map<Keyed, Pair>();
  const pairUp = (l: Keyed, r: Keyed, extra: Partial<Pair> = {}) => {
    const p: Pair = { before: l, after: r, ...extra };
    partner.set(l, p);
    byRight.set(r, p);
  };
  if (isMapEntries) {
    const rights = new Map(right.map((r) => [r.label, r]));
    for (const l of left) if (rights.has(l.label)) pairUp(l, rights.get(l.label) as Keyed);
  }
  for (const key of keys) {
    const open = right.filter((r) => !byRight.has(r));
    const used = new Set<Keyed>();
    for (const l of left.filter((x) => !partner.has(x))) {
      const k = key(l.value);
      if (k === undefined) continue;
      const r = open.find((x) => !used.has(x) && key(x.value) === k);
      if (r) {
        used.add(r);
        pairUp(l, r);
      }
    }
  }
  const keyField = isMapEntries ? undefined : hasId ? 'id' : undefined;
  const canRename = isRecord(sample) || (typeof sample === 'string' && itemType !== 'Identifier' && !isMapEntries);
  if (canRename) {
    const ls = left.filter((x) => !partner.has(x));
    const rs = right.filter((x) => !byRight.has(x));
    const close = ls.map((l) => rs.filter((r) => similarity(flatText(l.value, keyField), flatText(r.value, keyField)) >= SIMILAR));
    ls.forEach((l, i) => {
      const [r] = close[i];
      if (close[i].length !== 1 || close.filter((c) => c.includes(r)).length !== 1) return;
      const named = isMapEntries || hasId;
      pairUp(l, r, named && l.label !== r.label ? { renamed: true, keyField } : {});
    });
  }
  const pairs: Pair[] = right.map((r) => byRight.get(r) ?? { after: r });
  for (const l of left) if (!partner.has(l)) pairs.push({ before: l });
  return pairs;
}
