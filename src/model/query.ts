/**
 * The query model: what a person asks the contact list for. Plain data, so it can be sent to a
 * backend, stored as a saved segment and round-tripped through URL search params
 * (`query-url.ts`); evaluated in memory by `query-eval.ts`.
 */
import type { AttributeDefinition } from './contact.js';

export const SORT_FIELDS = ['name', 'createdAt', 'lastActivityAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';
export interface ContactSort {
  readonly field: SortField;
  readonly direction: SortDirection;
}

/** The order lists use when a query names none: most recently active first. */
export const DEFAULT_SORT: ContactSort = { field: 'lastActivityAt', direction: 'desc' };

/** Standard fields a condition can test; custom attributes are `attributes.<key>`. */
export const STANDARD_FIELDS = [
  'name',
  'email',
  'phone',
  'id',
  'createdAt',
  'lastActivityAt',
  'labels',
  'blocked',
  'sourceChannel',
  'conversationStatus',
] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];
export type AttributeField = `attributes.${string}`;
export type ConditionField = StandardField | AttributeField;

/** The kind of value a field holds; it decides the operators and the value input. */
export const FIELD_TYPES = [
  'text',
  'number',
  'date',
  'labels',
  'boolean',
  'list',
  'channel',
  'conversation-status',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * Every operator, each with one value shape, so a condition can be decoded (from a URL, from
 * JSON) without knowing the field's type.
 */
export const OPERATORS = {
  // no value
  'is-empty': 'none',
  'is-not-empty': 'none',
  'is-true': 'none',
  'is-false': 'none',
  'has-no-labels': 'none',
  // text
  is: 'text',
  'is-not': 'text',
  contains: 'text',
  'not-contains': 'text',
  'starts-with': 'text',
  // number
  eq: 'number',
  neq: 'number',
  lt: 'number',
  gt: 'number',
  between: 'number-range',
  // date (calendar dates `YYYY-MM-DD`, in the evaluating user's time zone)
  before: 'date',
  after: 'date',
  on: 'date',
  'date-between': 'date-range',
  'in-last-days': 'days',
  'more-than-days-ago': 'days',
  // labels, list options, channels, statuses
  'has-any': 'strings',
  'has-all': 'strings',
  'has-none': 'strings',
  'any-of': 'strings',
  'none-of': 'strings',
} as const;
export type Operator = keyof typeof OPERATORS;
export type OperatorValueShape = (typeof OPERATORS)[Operator];

/** Operators offered per field type, in the order a chooser lists them. */
export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly Operator[]>> = {
  text: ['contains', 'not-contains', 'is', 'is-not', 'starts-with', 'is-empty', 'is-not-empty'],
  number: ['eq', 'neq', 'lt', 'gt', 'between', 'is-empty', 'is-not-empty'],
  date: [
    'in-last-days',
    'more-than-days-ago',
    'before',
    'after',
    'on',
    'date-between',
    'is-empty',
    'is-not-empty',
  ],
  labels: ['has-any', 'has-all', 'has-none', 'has-no-labels'],
  boolean: ['is-true', 'is-false'],
  list: ['any-of', 'none-of', 'is-empty', 'is-not-empty'],
  channel: ['any-of', 'none-of', 'is-empty', 'is-not-empty'],
  'conversation-status': ['any-of', 'none-of'],
};

export type ConditionValue = string | number | readonly [number, number] | readonly [string, string] | readonly string[];

export interface Condition {
  readonly field: ConditionField;
  readonly operator: Operator;
  /** Shape given by `OPERATORS[operator]`; absent for operators that take none. */
  readonly value?: ConditionValue;
}

export interface ContactQuery {
  /** Full-text search over name, email, phone (any formatting) and custom attribute values. */
  readonly search?: string;
  /** Quick filter by label names. */
  readonly labels?: readonly string[];
  /** How the quick-filter labels combine: any of them (default) or all of them. */
  readonly labelMatch?: 'any' | 'all';
  /** Advanced conditions. */
  readonly conditions?: readonly Condition[];
  /** How conditions combine: all must hold (default) or any one. */
  readonly match?: 'all' | 'any';
  readonly sort?: ContactSort;
}

export const EMPTY_QUERY: ContactQuery = {};

const STANDARD_FIELD_TYPES: Readonly<Record<StandardField, FieldType>> = {
  name: 'text',
  email: 'text',
  phone: 'text',
  id: 'text',
  createdAt: 'date',
  lastActivityAt: 'date',
  labels: 'labels',
  blocked: 'boolean',
  sourceChannel: 'channel',
  conversationStatus: 'conversation-status',
};

const ATTRIBUTE_FIELD_TYPES: Readonly<Record<AttributeDefinition['type'], FieldType>> = {
  text: 'text',
  link: 'text',
  number: 'number',
  date: 'date',
  list: 'list',
  boolean: 'boolean',
};

export function isStandardField(field: string): field is StandardField {
  return (STANDARD_FIELDS as readonly string[]).includes(field);
}

export function attributeField(key: string): AttributeField {
  return `attributes.${key}`;
}

/** The attribute key of an `attributes.<key>` field, else undefined. */
export function attributeKeyOf(field: string): string | undefined {
  return field.startsWith('attributes.') ? field.slice('attributes.'.length) : undefined;
}

/**
 * The type of a field, or undefined for an attribute the definitions do not know (a condition
 * on it cannot be evaluated, and is reported rather than silently dropped).
 */
export function fieldTypeOf(
  field: ConditionField,
  definitions: readonly AttributeDefinition[] = [],
): FieldType | undefined {
  if (isStandardField(field)) return STANDARD_FIELD_TYPES[field];
  const key = attributeKeyOf(field);
  const definition = definitions.find((d) => d.key === key);
  return definition ? ATTRIBUTE_FIELD_TYPES[definition.type] : undefined;
}

/** True when the query asks for nothing beyond sorting (the whole list). */
export function isEmptyQuery(query: ContactQuery): boolean {
  return (
    !query.search?.trim() && !(query.labels?.length ?? 0) && !(query.conditions?.length ?? 0)
  );
}
