/**
 * A lossless round trip of the query model through URL search params, so a host can deep-link
 * a filtered view and the browser's back button restores it:
 *
 * `?q=olena&label=vip&label=lead&labels=all&match=any&sort=-createdAt&c=lastActivityAt~more-than-days-ago~30`
 *
 * Each condition is one `c` param: `field~operator[~value]`; the operator decides how the value
 * reads (`OPERATORS`), so no type information is needed to decode. Lists are comma-separated,
 * with `%` and `,` inside an item escaped; an empty list has no value part (`labels~has-any`).
 */
import {
  OPERATORS,
  SORT_FIELDS,
  type Condition,
  type ConditionField,
  type ConditionValue,
  type ContactQuery,
  type Operator,
  type SortField,
} from './query.js';

export interface QueryParamOptions {
  /** Prepended to every param name, so the query can share a URL with the host's own params. */
  readonly prefix?: string;
}

const PARAM_NAMES = ['q', 'label', 'labels', 'match', 'sort', 'c'] as const;

function escapeItem(item: string): string {
  return item.replace(/%/g, '%25').replace(/,/g, '%2C');
}

function unescapeItem(item: string): string {
  return item.replace(/%2C/gi, ',').replace(/%25/g, '%');
}

function encodeValue(operator: Operator, value: ConditionValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  switch (OPERATORS[operator]) {
    case 'none':
      return undefined;
    case 'strings': {
      // An empty list is written without a value, so that `field~op~` can mean `['']`.
      const items = value as readonly string[];
      return items.length ? items.map(escapeItem).join(',') : undefined;
    }
    case 'number-range':
    case 'date-range':
      return (value as readonly (string | number)[]).join(',');
    default:
      return String(value);
  }
}

/** A number as written; a missing one is NaN (reported by `conditionErrors`), never 0. */
function decodeNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * The value of a condition; `text` is undefined when the param has no value part. A value that
 * does not fit its shape decodes to one `conditionErrors` reports, never to a different filter.
 */
function decodeValue(operator: Operator, text: string | undefined): ConditionValue | undefined {
  switch (OPERATORS[operator]) {
    case 'none':
      return undefined;
    case 'text':
    case 'date':
      return text ?? '';
    case 'number':
    case 'days':
      return decodeNumber(text ?? '');
    case 'number-range': {
      const parts = (text ?? '').split(',');
      return parts.length === 2 ? [decodeNumber(parts[0]!), decodeNumber(parts[1]!)] : [Number.NaN, Number.NaN];
    }
    case 'date-range': {
      const parts = (text ?? '').split(',');
      return parts.length === 2 ? [parts[0]!, parts[1]!] : ['', ''];
    }
    case 'strings':
      return text === undefined ? [] : text.split(',').map(unescapeItem);
  }
}

export function encodeCondition(condition: Condition): string {
  const value = encodeValue(condition.operator, condition.value);
  return value === undefined
    ? `${condition.field}~${condition.operator}`
    : `${condition.field}~${condition.operator}~${value}`;
}

/** Reads one `c` param; undefined for something no version of this library wrote. */
export function decodeCondition(text: string): Condition | undefined {
  const first = text.indexOf('~');
  if (first <= 0) return undefined;
  const second = text.indexOf('~', first + 1);
  const field = text.slice(0, first) as ConditionField;
  const operator = text.slice(first + 1, second < 0 ? undefined : second);
  if (!Object.hasOwn(OPERATORS, operator)) return undefined;
  const op = operator as Operator;
  if (OPERATORS[op] === 'none') return { field, operator: op };
  const value = decodeValue(op, second < 0 ? undefined : text.slice(second + 1));
  return value === undefined ? { field, operator: op } : { field, operator: op, value };
}

/** The query as search params (only what the query sets). */
export function queryToSearchParams(query: ContactQuery, options: QueryParamOptions = {}): URLSearchParams {
  const prefix = options.prefix ?? '';
  const params = new URLSearchParams();
  if (query.search !== undefined) params.set(`${prefix}q`, query.search);
  for (const label of query.labels ?? []) params.append(`${prefix}label`, label);
  if (query.labelMatch) params.set(`${prefix}labels`, query.labelMatch);
  if (query.match) params.set(`${prefix}match`, query.match);
  if (query.sort) {
    params.set(`${prefix}sort`, `${query.sort.direction === 'desc' ? '-' : ''}${query.sort.field}`);
  }
  for (const condition of query.conditions ?? []) params.append(`${prefix}c`, encodeCondition(condition));
  return params;
}

/** Reads a query back; params it does not know, and malformed ones, are ignored. */
export function queryFromSearchParams(
  params: URLSearchParams | string,
  options: QueryParamOptions = {},
): ContactQuery {
  const prefix = options.prefix ?? '';
  const source = typeof params === 'string' ? new URLSearchParams(params) : params;
  const query: {
    -readonly [K in keyof ContactQuery]: ContactQuery[K];
  } = {};
  const search = source.get(`${prefix}q`);
  if (search !== null) query.search = search;
  const labels = source.getAll(`${prefix}label`);
  if (labels.length) query.labels = labels;
  const labelMatch = source.get(`${prefix}labels`);
  if (labelMatch === 'any' || labelMatch === 'all') query.labelMatch = labelMatch;
  const match = source.get(`${prefix}match`);
  if (match === 'any' || match === 'all') query.match = match;
  const sort = source.get(`${prefix}sort`);
  if (sort) {
    const field = sort.replace(/^-/, '');
    if ((SORT_FIELDS as readonly string[]).includes(field)) {
      query.sort = { field: field as SortField, direction: sort.startsWith('-') ? 'desc' : 'asc' };
    }
  }
  const conditions = source
    .getAll(`${prefix}c`)
    .map(decodeCondition)
    .filter((condition): condition is Condition => condition !== undefined);
  if (conditions.length) query.conditions = conditions;
  return query;
}

/**
 * `current` with the query's params replaced and every other param kept, for writing the
 * query into the page's URL without disturbing the host's own params.
 */
export function withQueryParams(
  current: URLSearchParams | string,
  query: ContactQuery,
  options: QueryParamOptions = {},
): URLSearchParams {
  const prefix = options.prefix ?? '';
  const result = new URLSearchParams(current);
  for (const name of PARAM_NAMES) result.delete(`${prefix}${name}`);
  for (const [name, value] of queryToSearchParams(query, options)) result.append(name, value);
  return result;
}
