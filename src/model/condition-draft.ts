/**
 * Conditions while a person builds them: a filter builder edits a field, an operator and a value
 * one at a time, and a condition is only applied once it is complete and valid.
 *
 * ```ts
 * let draft = newCondition('lastActivityAt', definitions);   // { operator: 'in-last-days', value: NaN }
 * draft = withOperator(draft, 'more-than-days-ago');          // the number stays: same shape
 * draft = { ...draft, value: 30 };
 * draftErrors(draft, definitions);                           // [] → apply it
 * ```
 *
 * Pure: the words for fields, operators and values live with the element that shows them.
 */
import { conditionErrors } from './query-eval.js';
import type { AttributeDefinition } from './contact.js';
import type { FieldError } from './field-error.js';
import {
  OPERATORS,
  OPERATORS_BY_TYPE,
  fieldTypeOf,
  isStandardField,
  type Condition,
  type ConditionField,
  type ConditionValue,
  type Operator,
} from './query.js';

/**
 * The value an operator starts with before anything is typed: empty text, a number not yet given
 * (NaN), an empty list. Never a valid value, so a fresh condition is never applied by accident.
 */
export function emptyValueOf(operator: Operator): ConditionValue | undefined {
  switch (OPERATORS[operator]) {
    case 'none':
      return undefined;
    case 'text':
    case 'date':
      return '';
    case 'number':
    case 'days':
      return Number.NaN;
    case 'number-range':
      return [Number.NaN, Number.NaN];
    case 'date-range':
      return ['', ''];
    case 'strings':
      return [];
  }
}

/** A condition on `field` with the field type's first operator and an empty value. */
export function newCondition(field: ConditionField, definitions: readonly AttributeDefinition[] = []): Condition {
  const type = fieldTypeOf(field, definitions);
  const operator = type ? OPERATORS_BY_TYPE[type][0]! : 'is-not-empty';
  return withValue({ field, operator }, emptyValueOf(operator));
}

/**
 * The condition moved to another field: the operator is kept when the new field offers it (text
 * to text), and the value too when it still makes sense (the same kind of value, and not a
 * choice from the old field's own options); otherwise the new field's defaults.
 */
export function withField(
  condition: Condition,
  field: ConditionField,
  definitions: readonly AttributeDefinition[] = [],
): Condition {
  if (field === condition.field) return condition;
  const type = fieldTypeOf(field, definitions);
  if (!type || !OPERATORS_BY_TYPE[type].includes(condition.operator)) return newCondition(field, definitions);
  const keepsValue = OPERATORS[condition.operator] !== 'strings' && fieldTypeOf(condition.field, definitions) === type;
  return withValue({ field, operator: condition.operator }, keepsValue ? condition.value : emptyValueOf(condition.operator));
}

/** The condition with another operator: the value stays when the new operator takes the same kind. */
export function withOperator(condition: Condition, operator: Operator): Condition {
  if (operator === condition.operator) return condition;
  const sameShape = OPERATORS[operator] === OPERATORS[condition.operator];
  return withValue({ field: condition.field, operator }, sameShape ? condition.value : emptyValueOf(operator));
}

function withValue(condition: Condition, value: ConditionValue | undefined): Condition {
  return value === undefined ? { field: condition.field, operator: condition.operator } : { ...condition, value };
}

/** Whether nothing at all was given for a condition that takes a value (a row never filled in). */
export function hasNoValue(condition: Condition): boolean {
  const value = condition.value;
  if (OPERATORS[condition.operator] === 'none') return false;
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  return value.every((item) => (typeof item === 'number' ? Number.isNaN(item) : item.trim() === ''));
}

/** Whether the value was left empty: nothing typed, or one end of a range missing. */
function isBlank(value: ConditionValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  return value.length === 0 || value.some((item) => (typeof item === 'number' ? Number.isNaN(item) : item.trim() === ''));
}

/**
 * What is wrong with a condition being built, as field errors on `value` (shown next to the
 * input). An empty value is `required` whatever its type ("Enter a number" would be odd for a
 * box left empty). While the attribute definitions are still loading (`definitions`
 * undefined), a condition on a custom attribute is taken as it is, not reported as unknown.
 */
export function draftErrors(
  condition: Condition,
  definitions: readonly AttributeDefinition[] | undefined,
): FieldError[] {
  if (definitions === undefined && !isStandardField(condition.field)) return [];
  const errors = conditionErrors(condition, definitions);
  if (errors.length && errors[0]!.field === 'value' && isBlank(condition.value)) {
    return [{ field: 'value', code: 'required' }];
  }
  return errors;
}

/** Whether a condition being built is complete and valid, so the filter may apply it. */
export function isApplicable(condition: Condition, definitions: readonly AttributeDefinition[] | undefined): boolean {
  return draftErrors(condition, definitions).length === 0;
}
