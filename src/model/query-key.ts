/**
 * A query's identity: two queries that ask for the same contacts in the same order get the same
 * key, whatever their key order or absent-versus-empty parts. Lists compare keys, not objects,
 * before refetching: an element gets its own query back through its panel as a new object.
 */
import { DEFAULT_SORT, type ContactQuery } from './query.js';

/**
 * A stable string for `query`: object keys sorted; `undefined`, empty search, empty lists and
 * defaults (`labelMatch: 'any'`, `match: 'all'`, the default sort) left out.
 */
export function queryKey(query: ContactQuery): string {
  const sort = query.sort ?? DEFAULT_SORT;
  const normal: Record<string, unknown> = {
    search: query.search || undefined,
    labels: query.labels?.length ? query.labels : undefined,
    labelMatch: query.labels?.length && query.labelMatch === 'all' ? 'all' : undefined,
    conditions: query.conditions?.length ? query.conditions : undefined,
    match: query.conditions?.length && query.match === 'any' ? 'any' : undefined,
    sort: sort.field === DEFAULT_SORT.field && sort.direction === DEFAULT_SORT.direction ? undefined : sort,
  };
  return canonicalJson(normal);
}

/** True when the two queries ask for the same contacts in the same order. */
export function sameQuery(a: ContactQuery, b: ContactQuery): boolean {
  return a === b || queryKey(a) === queryKey(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
