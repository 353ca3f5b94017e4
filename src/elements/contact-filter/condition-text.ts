/**
 * Conditions in words, in the active locale: the names of the fields and operators a filter
 * builder offers, and a whole condition as one short sentence for its chip
 * ("Last activity: more than 30 days ago", "Labels: has any of VIP, Lead", "Blocked: yes",
 * "Plan (custom): is any of Pro").
 *
 * Values are formatted through `src/i18n/format.ts` (numbers, calendar dates, lists), channels
 * and conversation statuses by their shared names. Counts of days go through
 * `Intl.NumberFormat`'s day unit, which knows each language's plural forms ("1 day", "30 days",
 * "30 днів"). Text a person typed and label names are customer data: returned as text, never
 * markup.
 */
import { msg, str } from '@lit/localize';
import { formatDate, formatList, formatNumber } from '../../i18n/format.js';
import { channelName, contactFieldName, conversationStatusName } from '../../i18n/messages.js';
import { isChannel } from '../../model/channels.js';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../../model/channels.js';
import type { AttributeDefinition } from '../../model/contact.js';
import {
  OPERATORS,
  attributeKeyOf,
  fieldTypeOf,
  type Condition,
  type ConditionField,
  type FieldType,
  type Operator,
  type StandardField,
} from '../../model/query.js';

/** The name of a standard field, as the field chooser and the chips show it. */
export function standardFieldName(field: StandardField): string {
  switch (field) {
    case 'name':
    case 'email':
    case 'phone':
    case 'labels':
      return contactFieldName(field);
    case 'id':
      return msg('Contact ID', { id: 'contact-filter.field.id' });
    case 'createdAt':
      return msg('Created', { id: 'contact-filter.field.created-at', desc: 'When the contact was created.' });
    case 'lastActivityAt':
      return msg('Last activity', { id: 'contact-filter.field.last-activity-at' });
    case 'blocked':
      return msg('Blocked', { id: 'contact-filter.field.blocked', desc: 'Filter field: whether the contact is blocked.' });
    case 'sourceChannel':
      return msg('Source channel', {
        id: 'contact-filter.field.source-channel',
        desc: 'The channel of the contact’s first conversation.',
      });
    case 'conversationStatus':
      return msg('Conversation status', { id: 'contact-filter.field.conversation-status' });
  }
}

/** A custom attribute's name as defined (its key while the definitions are not known). */
export function attributeName(key: string, definitions: readonly AttributeDefinition[] = []): string {
  return definitions.find((definition) => definition.key === key)?.displayName || key;
}

/**
 * A field's name for a sentence: standard fields by name, custom attributes marked
 * "(custom)", so "Plan (custom)" never passes for a built-in field.
 */
export function conditionFieldName(field: ConditionField, definitions: readonly AttributeDefinition[] = []): string {
  const key = attributeKeyOf(field);
  if (key === undefined) return standardFieldName(field as StandardField);
  const name = attributeName(key, definitions);
  return msg(str`${name} (custom)`, { id: 'contact-filter.field.custom', desc: 'A custom attribute in a filter chip.' });
}

/** An operator's name in the operator chooser. The field's type words "empty" for dates. */
export function operatorName(operator: Operator, type?: FieldType): string {
  switch (operator) {
    case 'is-empty':
      return type === 'date'
        ? msg('is not set', { id: 'contact-filter.op.date-is-empty', desc: 'A date condition: no date.' })
        : msg('is empty', { id: 'contact-filter.op.is-empty' });
    case 'is-not-empty':
      return type === 'date'
        ? msg('is set', { id: 'contact-filter.op.date-is-not-empty', desc: 'A date condition: has a date.' })
        : msg('is not empty', { id: 'contact-filter.op.is-not-empty' });
    case 'is-true':
      return msg('yes', { id: 'contact-filter.op.is-true', desc: 'A yes/no condition holds.' });
    case 'is-false':
      return msg('no', { id: 'contact-filter.op.is-false', desc: 'A yes/no condition does not hold.' });
    case 'has-no-labels':
      return msg('has no labels', { id: 'contact-filter.op.has-no-labels' });
    case 'is':
      return msg('is', { id: 'contact-filter.op.is', desc: 'Text condition: equals exactly.' });
    case 'is-not':
      return msg('is not', { id: 'contact-filter.op.is-not' });
    case 'contains':
      return msg('contains', { id: 'contact-filter.op.contains' });
    case 'not-contains':
      return msg('does not contain', { id: 'contact-filter.op.not-contains' });
    case 'starts-with':
      return msg('starts with', { id: 'contact-filter.op.starts-with' });
    case 'eq':
      return msg('equals', { id: 'contact-filter.op.eq', desc: 'Number condition.' });
    case 'neq':
      return msg('does not equal', { id: 'contact-filter.op.neq', desc: 'Number condition.' });
    case 'lt':
      return msg('is less than', { id: 'contact-filter.op.lt', desc: 'Number condition.' });
    case 'gt':
      return msg('is greater than', { id: 'contact-filter.op.gt', desc: 'Number condition.' });
    case 'between':
    case 'date-between':
      return msg('is between', { id: 'contact-filter.op.between', desc: 'Number or date condition: within a range.' });
    case 'before':
      return msg('is before', { id: 'contact-filter.op.before', desc: 'Date condition.' });
    case 'after':
      return msg('is after', { id: 'contact-filter.op.after', desc: 'Date condition.' });
    case 'on':
      return msg('is on', { id: 'contact-filter.op.on', desc: 'Date condition: on this day.' });
    case 'in-last-days':
      return msg('in the last … days', { id: 'contact-filter.op.in-last-days', desc: 'Date condition; the number is typed next to it.' });
    case 'more-than-days-ago':
      return msg('more than … days ago', { id: 'contact-filter.op.more-than-days-ago', desc: 'Date condition; the number is typed next to it.' });
    case 'has-any':
      return msg('has any of', { id: 'contact-filter.op.has-any', desc: 'Labels condition.' });
    case 'has-all':
      return msg('has all of', { id: 'contact-filter.op.has-all', desc: 'Labels condition.' });
    case 'has-none':
      return msg('has none of', { id: 'contact-filter.op.has-none', desc: 'Labels condition.' });
    case 'any-of':
      return msg('is any of', { id: 'contact-filter.op.any-of', desc: 'Condition on a field with one value from a list.' });
    case 'none-of':
      return msg('is none of', { id: 'contact-filter.op.none-of', desc: 'Condition on a field with one value from a list.' });
  }
}

/** One value of a `strings` condition, named: channels and statuses in words, labels and options as they are. */
export function choiceName(type: FieldType | undefined, value: string): string {
  if (type === 'channel' && isChannel(value)) return channelName(value);
  if (type === 'conversation-status' && (CONVERSATION_STATUSES as readonly string[]).includes(value)) {
    return conversationStatusName(value as ConversationStatus);
  }
  return value;
}

/** "30 days", in the language's plural form. */
export function formatDays(days: number): string {
  return formatNumber(days, { style: 'unit', unit: 'day', unitDisplay: 'long' });
}

/**
 * The condition's operator and value as the end of a sentence: "contains “olena”",
 * "more than 30 days ago", "is between 5 and 250", "has any of VIP or Lead", "yes".
 */
export function conditionPhrase(condition: Condition, definitions: readonly AttributeDefinition[] = []): string {
  const type = fieldTypeOf(condition.field, definitions);
  const value = condition.value;
  switch (OPERATORS[condition.operator]) {
    case 'none':
      return operatorName(condition.operator, type);
    case 'text':
      return textPhrase(condition.operator, String(value ?? ''));
    case 'number':
      return numberPhrase(condition.operator, formatNumber(Number(value)));
    case 'number-range': {
      const [from, to] = (value as readonly number[] | undefined) ?? [];
      const low = formatNumber(Number(from));
      const high = formatNumber(Number(to));
      return msg(str`is between ${low} and ${high}`, { id: 'contact-filter.phrase.between' });
    }
    case 'date': {
      const date = formatDate(String(value ?? ''));
      if (condition.operator === 'before') return msg(str`is before ${date}`, { id: 'contact-filter.phrase.before' });
      if (condition.operator === 'after') return msg(str`is after ${date}`, { id: 'contact-filter.phrase.after' });
      return msg(str`is on ${date}`, { id: 'contact-filter.phrase.on' });
    }
    case 'date-range': {
      const [from, to] = (value as readonly string[] | undefined) ?? [];
      const start = formatDate(from ?? '');
      const end = formatDate(to ?? '');
      return msg(str`is between ${start} and ${end}`, { id: 'contact-filter.phrase.date-between' });
    }
    case 'days': {
      const days = formatDays(Number(value));
      return condition.operator === 'in-last-days'
        ? msg(str`in the last ${days}`, { id: 'contact-filter.phrase.in-last-days', desc: 'The placeholder is a number of days: "30 days".' })
        : msg(str`more than ${days} ago`, { id: 'contact-filter.phrase.more-than-days-ago', desc: 'The placeholder is a number of days: "30 days".' });
    }
    case 'strings': {
      const names = ((value as readonly string[] | undefined) ?? []).map((item) => choiceName(type, item));
      // "has all of VIP and Lead", "has any of VIP or Lead", "is none of Open or Pending".
      return choicesPhrase(condition.operator, formatList(names, condition.operator === 'has-all' ? 'conjunction' : 'disjunction'));
    }
  }
}

function textPhrase(operator: Operator, text: string): string {
  switch (operator) {
    case 'is':
      return msg(str`is “${text}”`, { id: 'contact-filter.phrase.is' });
    case 'is-not':
      return msg(str`is not “${text}”`, { id: 'contact-filter.phrase.is-not' });
    case 'not-contains':
      return msg(str`does not contain “${text}”`, { id: 'contact-filter.phrase.not-contains' });
    case 'starts-with':
      return msg(str`starts with “${text}”`, { id: 'contact-filter.phrase.starts-with' });
    default:
      return msg(str`contains “${text}”`, { id: 'contact-filter.phrase.contains' });
  }
}

function numberPhrase(operator: Operator, number: string): string {
  switch (operator) {
    case 'neq':
      return msg(str`does not equal ${number}`, { id: 'contact-filter.phrase.neq' });
    case 'lt':
      return msg(str`is less than ${number}`, { id: 'contact-filter.phrase.lt' });
    case 'gt':
      return msg(str`is greater than ${number}`, { id: 'contact-filter.phrase.gt' });
    default:
      return msg(str`equals ${number}`, { id: 'contact-filter.phrase.eq' });
  }
}

function choicesPhrase(operator: Operator, list: string): string {
  switch (operator) {
    case 'has-all':
      return msg(str`has all of ${list}`, { id: 'contact-filter.phrase.has-all' });
    case 'has-none':
      return msg(str`has none of ${list}`, { id: 'contact-filter.phrase.has-none' });
    case 'any-of':
      return msg(str`is any of ${list}`, { id: 'contact-filter.phrase.any-of' });
    case 'none-of':
      return msg(str`is none of ${list}`, { id: 'contact-filter.phrase.none-of' });
    default:
      return msg(str`has any of ${list}`, { id: 'contact-filter.phrase.has-any' });
  }
}

/** The whole condition for its chip: "Last activity: more than 30 days ago". */
export function conditionText(condition: Condition, definitions: readonly AttributeDefinition[] = []): string {
  const field = conditionFieldName(condition.field, definitions);
  const phrase = conditionPhrase(condition, definitions);
  return msg(str`${field}: ${phrase}`, { id: 'contact-filter.condition', desc: 'A filter condition: field, then what it must be.' });
}
