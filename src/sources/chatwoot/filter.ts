/**
 * A `ContactQuery` as Chatwoot asks it (query mode `'chatwoot'`): the plain list (with
 * `labels[]`), `GET /contacts/search?q=`, or `POST /contacts/filter` with a flat list of
 * `{ attribute_key, filter_operator, values, query_operator }` joined left to right.
 *
 * What Chatwoot cannot express is refused with an `invalid` error naming the condition
 * (`conditions.2`) and why, never dropped: a filter that silently ignored a condition would
 * show people who do not match. Chatwoot's operators per attribute are in its
 * `lib/filters/filter_keys.yml`; dates compare in the Chatwoot server's time zone.
 */
import { addCalendarDays } from '../../model/calendar.js';
import type { AttributeDefinition } from '../../model/contact.js';
import type { FieldError } from '../../model/field-error.js';
import { phoneDigits } from '../../model/phone.js';
import { attributeKeyOf, type Condition, type ContactQuery } from '../../model/query.js';
import { SourceError } from '../errors.js';

export interface ChatwootCondition {
  attribute_key: string;
  filter_operator: string;
  values: (string | number | boolean)[];
  query_operator?: 'and' | 'or';
  custom_attribute_type?: string;
}

export type ChatwootRequest =
  | { readonly kind: 'list'; readonly labels: readonly string[] }
  | { readonly kind: 'search'; readonly q: string }
  | { readonly kind: 'filter'; readonly payload: ChatwootCondition[] };

/** Chatwoot's `sort` parameter for the model's sort. */
export function chatwootSort(sort: ContactQuery['sort']): string {
  const field = { name: 'name', createdAt: 'created_at', lastActivityAt: 'last_activity_at' }[sort?.field ?? 'lastActivityAt'];
  return `${(sort?.direction ?? 'desc') === 'desc' ? '-' : ''}${field}`;
}

function refuse(field: string, why: string): never {
  const error: FieldError = { field, code: 'option-invalid', params: { value: why } };
  throw new SourceError('invalid', { message: `Chatwoot cannot filter by this: ${field} (${why})`, fieldErrors: [error] });
}

export function toChatwootRequest(query: ContactQuery, definitions: readonly AttributeDefinition[]): ChatwootRequest {
  const search = query.search?.trim() ?? '';
  const conditions = query.conditions ?? [];
  const labels = query.labels ?? [];
  if (search) {
    if (conditions.length || labels.length) refuse('search', 'Chatwoot searches or filters, not both at once');
    return { kind: 'search', q: search };
  }
  if (!conditions.length && (labels.length <= 1 || query.labelMatch !== 'all')) return { kind: 'list', labels };

  const match = query.match ?? 'all';
  const groups: ChatwootCondition[][] = [];
  if (labels.length) {
    if (match === 'any' && conditions.length) refuse('labels', 'quick labels with "match any" conditions');
    groups.push(
      query.labelMatch === 'all'
        ? labels.map((label) => ({ attribute_key: 'labels', filter_operator: 'equal_to', values: [label] }))
        : [{ attribute_key: 'labels', filter_operator: 'equal_to', values: [...labels] }],
    );
  }
  conditions.forEach((condition, index) => {
    const parts = translate(condition, `conditions.${index}`, definitions);
    // Chatwoot joins left to right with AND before OR: a pair that must hold together only
    // stays together when everything is joined with AND.
    if (parts.length > 1 && match === 'any') refuse(`conditions.${index}`, 'needs two Chatwoot conditions, which "match any" would split');
    groups.push(parts);
  });
  const joiner = match === 'any' ? 'or' : 'and';
  const parts = groups.flat();
  // The last condition has no operator after it (Chatwoot's UI sends none there).
  const payload = parts.map((part, index): ChatwootCondition => (index < parts.length - 1 ? { ...part, query_operator: joiner } : part));
  return { kind: 'filter', payload };
}

function translate(condition: Condition, name: string, definitions: readonly AttributeDefinition[]): ChatwootCondition[] {
  const { field, operator } = condition;
  const value = condition.value;
  const one = (attribute_key: string, filter_operator: string, values: (string | number | boolean)[] = []): ChatwootCondition[] => [
    { attribute_key, filter_operator, values },
  ];
  const text = String(value ?? '');
  const textOps: Record<string, string> = { is: 'equal_to', 'is-not': 'not_equal_to', contains: 'contains', 'not-contains': 'does_not_contain' };
  switch (field) {
    case 'name':
    case 'email':
      if (textOps[operator]) return one(field, textOps[operator]!, [text]);
      return refuse(name, `${field} ${operator}`);
    case 'phone': {
      // Chatwoot prepends "+" to phone values for equal_to and starts_with.
      const digits = phoneDigits(text);
      if (operator === 'starts-with') return one('phone_number', 'starts_with', [digits]);
      if (textOps[operator]) return one('phone_number', textOps[operator]!, [digits]);
      return refuse(name, `phone ${operator}`);
    }
    case 'labels': {
      const labels = [...((value as readonly string[] | undefined) ?? [])];
      if (operator === 'has-any') return one('labels', 'equal_to', labels);
      if (operator === 'has-none') return one('labels', 'not_equal_to', labels);
      if (operator === 'has-no-labels') return one('labels', 'is_not_present');
      if (operator === 'has-all') return labels.map((label) => ({ attribute_key: 'labels', filter_operator: 'equal_to', values: [label] }));
      return refuse(name, `labels ${operator}`);
    }
    case 'blocked':
      if (operator === 'is-true' || operator === 'is-false') return one('blocked', 'equal_to', [operator === 'is-true']);
      return refuse(name, `blocked ${operator}`);
    case 'createdAt':
    case 'lastActivityAt':
      return dates(field === 'createdAt' ? 'created_at' : 'last_activity_at', condition, name);
    default:
      break;
  }
  const key = attributeKeyOf(field);
  const definition = definitions.find((d) => d.key === key);
  if (!key || !definition) return refuse(name, `Chatwoot has no contact filter on ${field}`);
  const custom = (filter_operator: string, values: (string | number | boolean)[] = []): ChatwootCondition[] => [
    { attribute_key: key, filter_operator, values, custom_attribute_type: 'contact_attribute' },
  ];
  if (operator === 'is-empty') return custom('is_not_present');
  if (operator === 'is-not-empty') return custom('is_present');
  switch (definition.type) {
    case 'text':
    case 'link':
      if (textOps[operator]) return custom(textOps[operator]!, [text]);
      break;
    case 'number': {
      const numberOps: Record<string, string> = { eq: 'equal_to', neq: 'not_equal_to', lt: 'is_less_than', gt: 'is_greater_than' };
      if (numberOps[operator]) return custom(numberOps[operator]!, [Number(value)]);
      if (operator === 'between') {
        const [low, high] = value as readonly [number, number];
        // Inclusive bounds with strict operators: only exact for whole numbers.
        if (!Number.isInteger(low) || !Number.isInteger(high)) break;
        return [...custom('is_greater_than', [low - 1]), ...custom('is_less_than', [high + 1])];
      }
      break;
    }
    case 'boolean':
      if (operator === 'is-true' || operator === 'is-false') return custom('equal_to', [operator === 'is-true']);
      break;
    case 'list': {
      const options = (value as readonly string[] | undefined) ?? [];
      // Chatwoot compares a custom attribute with the first value only.
      if (options.length === 1 && operator === 'any-of') return custom('equal_to', [options[0]!]);
      if (options.length === 1 && operator === 'none-of') return custom('not_equal_to', [options[0]!]);
      break;
    }
    case 'date':
      return dates(key, condition, name, true);
  }
  return refuse(name, `${field} ${operator}`);
}

/**
 * Calendar-date conditions as Chatwoot's strict `is_greater_than` / `is_less_than` /
 * `days_before`. "On a day" and "between two days" need an inclusive bound Chatwoot's strict
 * operators cannot give at day precision, so they are refused rather than widened by a day.
 */
function dates(key: string, condition: Condition, name: string, custom = false): ChatwootCondition[] {
  const make = (filter_operator: string, values: (string | number)[]): ChatwootCondition => ({
    attribute_key: key,
    filter_operator,
    values,
    ...(custom ? { custom_attribute_type: 'contact_attribute' } : {}),
  });
  const day = String(condition.value ?? '');
  switch (condition.operator) {
    case 'before':
      return [make('is_less_than', [day])];
    case 'after':
      return [make('is_greater_than', [addCalendarDays(day, 1) ?? day])];
    case 'more-than-days-ago':
      return [make('days_before', [Number(condition.value)])];
    default:
      return refuse(name, `${key} ${condition.operator}`);
  }
}
