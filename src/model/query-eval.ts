/**
 * Evaluates the query model in memory: validation of conditions, a compiled predicate and a
 * comparator. Pure; the memory source runs it over precomputed search keys.
 */
import { isCalendarDate, startOfCalendarDate } from './calendar.js';
import type { AttributeDefinition, Contact } from './contact.js';
import type { FieldError } from './field-error.js';
import { phoneDigits } from './phone.js';
import {
  DEFAULT_SORT,
  OPERATORS,
  OPERATORS_BY_TYPE,
  attributeKeyOf,
  fieldTypeOf,
  type Condition,
  type ContactQuery,
  type ContactSort,
  type FieldType,
} from './query.js';
import { foldText, matchesSearchPlan, planSearch, searchKeysOf, type SearchKeys, type SearchPlan } from './search.js';

const DAY_MS = 86_400_000;

export interface EvaluationContext {
  /** The moment "in the last N days" and block expiry are measured from. */
  readonly now?: Date;
  readonly definitions?: readonly AttributeDefinition[];
}

/**
 * Problems with one condition, as field errors on `value` (or `field`/`operator`), so a filter
 * builder can show them next to the input and leave the condition out until it is fixed.
 */
export function conditionErrors(
  condition: Condition,
  definitions: readonly AttributeDefinition[] = [],
): FieldError[] {
  const type = fieldTypeOf(condition.field, definitions);
  if (!type) return [{ field: 'field', code: 'attribute-unknown' }];
  if (!OPERATORS_BY_TYPE[type].includes(condition.operator)) return [{ field: 'operator', code: 'required' }];
  const value = condition.value;
  switch (OPERATORS[condition.operator]) {
    case 'none':
      return [];
    case 'text':
      return typeof value === 'string' && value.trim() ? [] : [{ field: 'value', code: 'required' }];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : [{ field: 'value', code: 'number-invalid' }];
    case 'days':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? []
        : [{ field: 'value', code: 'number-invalid' }];
    case 'number-range': {
      if (!isPair(value) || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
        return [{ field: 'value', code: 'number-invalid' }];
      }
      return (value[0] as number) > (value[1] as number) ? [{ field: 'value', code: 'range-reversed' }] : [];
    }
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? [] : [{ field: 'value', code: 'date-invalid' }];
    case 'date-range': {
      if (!isPair(value) || !value.every((d) => typeof d === 'string' && isCalendarDate(d))) {
        return [{ field: 'value', code: 'date-invalid' }];
      }
      return (value[0] as string) > (value[1] as string) ? [{ field: 'value', code: 'range-reversed' }] : [];
    }
    case 'strings':
      return Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'string')
        ? []
        : [{ field: 'value', code: 'required' }];
  }
}

/** Errors of every condition of a query, with fields named `conditions.<index>.<part>`. */
export function queryErrors(query: ContactQuery, definitions: readonly AttributeDefinition[] = []): FieldError[] {
  return (query.conditions ?? []).flatMap((condition, index) =>
    conditionErrors(condition, definitions).map((error) => ({
      ...error,
      field: `conditions.${index}.${error.field}`,
    })),
  );
}

function isPair(value: unknown): value is readonly [unknown, unknown] {
  return Array.isArray(value) && value.length === 2;
}

type ContactPredicate = (contact: Contact, keys: SearchKeys) => boolean;

/**
 * Where a compiled query reads its rows from. `compileQuery` reads each contact directly; the
 * memory source's index reads columns it precomputed, by row number. Every value is derived by
 * one function, named by its key (same key, same function), so the two cannot disagree.
 */
export interface QueryRows<Row> {
  /** A test of the search plan on a row. An index may answer it for all rows up front. */
  search(plan: SearchPlan): (row: Row) => boolean;
  /** A value derived from a row's contact. */
  values<V>(key: string, derive: (contact: Contact) => V): (row: Row) => V;
  /** A number derived from a row's contact (NaN when absent), for a typed column. */
  numbers(key: string, derive: (contact: Contact) => number): (row: Row) => number;
  /**
   * A test of the values derived from a row's contact: whether they include any of `wanted`,
   * or (`every`) all of them. An index can keep the values as bit masks.
   */
  includes(
    key: string,
    derive: (contact: Contact) => readonly unknown[],
    wanted: readonly string[],
    every: boolean,
  ): (row: Row) => boolean;
}

type RowTest<Row> = (row: Row) => boolean;

/** The value a condition tests, read from the contact. */
function reader(field: Condition['field']): (contact: Contact) => unknown {
  const key = attributeKeyOf(field);
  if (key !== undefined) return (contact) => contact.attributes[key];
  switch (field) {
    case 'name':
      return (c) => c.name;
    case 'email':
      return (c) => c.email;
    case 'phone':
      return (c) => c.phone;
    case 'id':
      return (c) => c.id;
    case 'createdAt':
      return (c) => c.createdAt;
    case 'lastActivityAt':
      return (c) => c.lastActivityAt;
    case 'labels':
      return (c) => c.labels;
    case 'sourceChannel':
      return (c) => c.sourceChannel;
    case 'conversationStatus':
      return (c) => c.conversationStatuses;
    default:
      return () => undefined;
  }
}

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function compileText<Row>(condition: Condition, rows: QueryRows<Row>): RowTest<Row> {
  const read = reader(condition.field);
  const isPhone = condition.field === 'phone';
  // A phone typed with spaces or dashes is compared by its digits.
  const normalise = (text: string) => (isPhone && /\d/.test(text) ? phoneDigits(text) : foldText(text));
  const operand = normalise(String(condition.value ?? '').trim());
  const text = rows.values(`text:${condition.field}`, (c) => {
    const value = read(c);
    return value === undefined || value === null ? '' : normalise(String(value));
  });
  switch (condition.operator) {
    case 'is':
      return (row) => text(row) === operand;
    case 'is-not':
      return (row) => text(row) !== operand;
    case 'contains':
      return (row) => text(row).includes(operand);
    case 'not-contains':
      return (row) => !text(row).includes(operand);
    case 'starts-with':
      return (row) => text(row).startsWith(operand);
    default:
      return () => true;
  }
}

/** Numbers compare as NaN when absent: NaN equals nothing and is neither below nor above. */
function compileNumber<Row>(condition: Condition, rows: QueryRows<Row>): RowTest<Row> {
  const read = reader(condition.field);
  const number = rows.numbers(`number:${condition.field}`, (c) => {
    const value = read(c);
    return typeof value === 'number' ? value : Number.NaN;
  });
  const operand = condition.value;
  switch (condition.operator) {
    case 'eq':
      return (row) => number(row) === operand;
    case 'neq':
      return (row) => number(row) !== operand;
    case 'lt':
      return (row) => number(row) < (operand as number);
    case 'gt':
      return (row) => number(row) > (operand as number);
    case 'between': {
      const [low, high] = operand as readonly [number, number];
      return (row) => {
        const value = number(row);
        return value >= low && value <= high;
      };
    }
    default:
      return () => true;
  }
}

/**
 * Date conditions. Instants (created, last activity) are compared with the local day's bounds;
 * calendar-date attributes (`YYYY-MM-DD`) are compared as dates. "In the last N days" and
 * "more than N days ago" count from `now`; a contact without the date matches neither.
 */
function compileDate<Row>(condition: Condition, rows: QueryRows<Row>, now: Date): RowTest<Row> {
  const read = reader(condition.field);
  const isAttribute = attributeKeyOf(condition.field) !== undefined;
  // Both kinds reduce to a comparable number: epoch ms for instants, local-midnight ms for
  // dates; NaN without one, which no range contains.
  const time = rows.numbers(`time:${condition.field}`, (c) => {
    const value = read(c);
    if (value instanceof Date) return value.getTime();
    if (isAttribute && typeof value === 'string') return startOfCalendarDate(value)?.getTime() ?? Number.NaN;
    return Number.NaN;
  });
  const dayStart = (text: string) => startOfCalendarDate(text)!.getTime();
  const nextDayStart = (text: string) => {
    const start = startOfCalendarDate(text)!;
    return new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1).getTime();
  };
  const within = (low: number, high: number) => (row: Row) => {
    const t = time(row);
    return t >= low && t < high;
  };
  const operand = condition.value;
  switch (condition.operator) {
    case 'before':
      return within(-Infinity, dayStart(operand as string));
    case 'after':
      return within(nextDayStart(operand as string), Infinity);
    case 'on':
      return within(dayStart(operand as string), nextDayStart(operand as string));
    case 'date-between': {
      const [from, to] = operand as readonly [string, string];
      return within(dayStart(from), nextDayStart(to));
    }
    case 'in-last-days':
    case 'more-than-days-ago': {
      const days = operand as number;
      if (isAttribute) {
        // Calendar dates count whole local days, from N days before today up to today (a date
        // still ahead is not "in the last N days"). Counting days on the calendar, not in 24-hour
        // steps, keeps the bound right across daylight-saving changes.
        const threshold = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days).getTime();
        const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
        return condition.operator === 'in-last-days' ? within(threshold, tomorrow) : within(-Infinity, threshold);
      }
      // Instants count from this moment.
      const threshold = now.getTime() - days * DAY_MS;
      return condition.operator === 'in-last-days' ? within(threshold, Infinity) : within(-Infinity, threshold);
    }
    default:
      return () => true;
  }
}

function compileStrings<Row>(condition: Condition, rows: QueryRows<Row>): RowTest<Row> {
  const read = reader(condition.field);
  const values = (c: Contact): readonly unknown[] => {
    const value = read(c);
    return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  };
  const includes = (every: boolean) =>
    rows.includes(`values:${condition.field}`, values, condition.value as readonly string[], every);
  switch (condition.operator) {
    case 'has-any':
    case 'any-of':
      return includes(false);
    case 'has-none':
    case 'none-of': {
      const some = includes(false);
      return (row) => !some(row);
    }
    case 'has-all':
      return includes(true);
    default:
      return () => true;
  }
}

/** Block state as one number: NaN unblocked, Infinity forever, else the end of the block. */
function blockedUntil(contact: Contact): number {
  const block = contact.block;
  if (!block) return Number.NaN;
  return block.until === null ? Infinity : block.until.getTime();
}

function compileCondition<Row>(condition: Condition, type: FieldType, rows: QueryRows<Row>, now: Date): RowTest<Row> {
  const read = reader(condition.field);
  switch (condition.operator) {
    case 'is-empty':
    case 'is-not-empty': {
      const empty = rows.values(`empty:${condition.field}`, (c) => isEmptyValue(read(c)));
      return condition.operator === 'is-empty' ? empty : (row) => !empty(row);
    }
    case 'has-no-labels':
      return rows.values('no-labels', (c) => c.labels.length === 0);
    case 'is-true':
    case 'is-false': {
      let truth: RowTest<Row>;
      if (condition.field === 'blocked') {
        // As `isBlocked`: forever, or until a time still ahead of now.
        const until = rows.numbers('blocked-until', blockedUntil);
        const nowMs = now.getTime();
        truth = (row) => {
          const end = until(row);
          return end === Infinity || end > nowMs;
        };
      } else {
        truth = rows.values(`true:${condition.field}`, (c) => read(c) === true);
      }
      return condition.operator === 'is-true' ? truth : (row) => !truth(row);
    }
  }
  switch (type) {
    case 'text':
      return compileText(condition, rows);
    case 'number':
      return compileNumber(condition, rows);
    case 'date':
      return compileDate(condition, rows, now);
    default:
      return compileStrings(condition, rows);
  }
}

/**
 * Compiles a query into a test of rows read through `rows`. Conditions with errors
 * (`queryErrors`) are left out: the caller validates first and reports them (the memory source
 * rejects such a query).
 */
export function compileRowQuery<Row>(
  query: ContactQuery,
  rows: QueryRows<Row>,
  context: EvaluationContext = {},
): RowTest<Row> {
  const now = context.now ?? new Date();
  const definitions = context.definitions ?? [];
  const tests: RowTest<Row>[] = [];

  const plan = planSearch(query.search);
  if (plan) tests.push(rows.search(plan));

  const labels = query.labels ?? [];
  if (labels.length) {
    const labelCondition: Condition = {
      field: 'labels',
      operator: query.labelMatch === 'all' ? 'has-all' : 'has-any',
      value: labels,
    };
    tests.push(compileCondition(labelCondition, 'labels', rows, now));
  }

  const conditions = (query.conditions ?? [])
    .filter((condition) => conditionErrors(condition, definitions).length === 0)
    .map((condition) => compileCondition(condition, fieldTypeOf(condition.field, definitions)!, rows, now));
  if (conditions.length === 1) tests.push(conditions[0]!);
  else if (conditions.length) {
    tests.push(
      query.match === 'any'
        ? (row) => conditions.some((test) => test(row))
        : (row) => conditions.every((test) => test(row)),
    );
  }

  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  if (tests.length === 2) {
    const [first, second] = tests as [RowTest<Row>, RowTest<Row>];
    return (row) => first(row) && second(row);
  }
  return (row) => tests.every((test) => test(row));
}

interface KeyedContact {
  contact: Contact;
  keys: SearchKeys;
}

/** Rows that are contacts with their search keys: values are derived on every read. */
const CONTACT_ROWS: QueryRows<KeyedContact> = {
  search: (plan) => (row) => matchesSearchPlan(plan, row.keys),
  values: (_, derive) => (row) => derive(row.contact),
  numbers: (_, derive) => (row) => derive(row.contact),
  includes: (_, derive, wanted, every) => {
    const wantedSet = new Set(wanted);
    if (every) {
      return (row) => {
        const have = new Set(derive(row.contact));
        return [...wantedSet].every((value) => have.has(value));
      };
    }
    return (row) => derive(row.contact).some((value) => wantedSet.has(value as string));
  },
};

/**
 * Compiles a query into a predicate over a contact and its search keys. Conditions with errors
 * (`queryErrors`) are left out: the caller validates first and reports them.
 */
export function compileQuery(query: ContactQuery, context: EvaluationContext = {}): ContactPredicate {
  const test = compileRowQuery(query, CONTACT_ROWS, context);
  return (contact, keys) => test({ contact, keys });
}

/** Convenience for one contact (tests, small lists): computes the search keys itself. */
export function matchesQuery(contact: Contact, query: ContactQuery, context: EvaluationContext = {}): boolean {
  return compileQuery(query, context)(contact, searchKeysOf(contact));
}

const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The order of a sorted list: by the sort field, contacts without a value last in either
 * direction, then by id so the order is total (paging needs that).
 */
export function compareContacts(sort: ContactSort = DEFAULT_SORT): (a: Contact, b: Contact) => number {
  const direction = sort.direction === 'asc' ? 1 : -1;
  const byId = (a: Contact, b: Contact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort.field === 'name') {
    return (a, b) => direction * nameCollator.compare(a.name, b.name) || byId(a, b);
  }
  const field = sort.field;
  return (a, b) => {
    const x = a[field]?.getTime();
    const y = b[field]?.getTime();
    if (x === y) return byId(a, b);
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return direction * (x - y) || byId(a, b);
  };
}

