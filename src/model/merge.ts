/**
 * Merging two records of one customer. Pure, so the merge dialog's preview and the memory
 * source's merge are the same computation.
 */
import type { AttributeValue, Contact } from './contact.js';
import { EDITABLE_FIELDS, type EditableField } from './fields.js';
import { attributeField } from './query.js';

export type MergeSide = 'primary' | 'secondary';
export type MergeField = EditableField | `attributes.${string}`;
export type MergeChoices = Readonly<Partial<Record<MergeField, MergeSide>>>;

export interface MergeConflict {
  readonly field: MergeField;
  readonly primary: string | AttributeValue;
  readonly secondary: string | AttributeValue;
}

type FieldValue = string | AttributeValue | undefined;

function isEmpty(value: FieldValue): value is undefined | '' {
  return value === undefined || value === '';
}

function pick(field: MergeField, primary: FieldValue, secondary: FieldValue, choices: MergeChoices): FieldValue {
  const chosen = choices[field] === 'secondary' ? secondary : choices[field] === 'primary' ? primary : undefined;
  if (!isEmpty(chosen)) return chosen;
  return isEmpty(primary) ? secondary : primary;
}

function union<T>(first: readonly T[], second: readonly T[], key: (item: T) => string = String): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((item) => !seen.has(key(item)))];
}

/**
 * Fields where both records have different non-empty values: the agent picks which survives
 * (the default is the primary's).
 */
export function mergeConflicts(primary: Contact, secondary: Contact): MergeConflict[] {
  const conflicts: MergeConflict[] = [];
  for (const field of EDITABLE_FIELDS) {
    const [a, b] = [primary[field], secondary[field]];
    if (!isEmpty(a) && !isEmpty(b) && a !== b) conflicts.push({ field, primary: a, secondary: b });
  }
  const keys = union(Object.keys(primary.attributes), Object.keys(secondary.attributes));
  for (const key of keys) {
    const [a, b] = [primary.attributes[key], secondary.attributes[key]];
    if (!isEmpty(a) && !isEmpty(b) && a !== b) {
      conflicts.push({ field: attributeField(key), primary: a, secondary: b });
    }
  }
  return conflicts;
}

/**
 * The surviving record: the primary's id; per field the caller's choice, else the primary's
 * non-empty value, else the secondary's; labels, channels, attributes and conversation
 * statuses combined; the earliest creation and the latest activity; the source channel of the
 * older record (it is the channel of first contact). The primary's block state stays.
 */
export function mergeContactRecords(primary: Contact, secondary: Contact, choices: MergeChoices = {}): Contact {
  const merged: Contact = { ...primary };
  const writable = merged as Record<EditableField, string | undefined>;
  for (const field of EDITABLE_FIELDS) {
    const value = pick(field, primary[field], secondary[field], choices) as string | undefined;
    if (value === undefined) delete writable[field];
    else writable[field] = value;
  }
  const attributes: Record<string, AttributeValue> = {};
  for (const key of union(Object.keys(primary.attributes), Object.keys(secondary.attributes))) {
    const value = pick(attributeField(key), primary.attributes[key], secondary.attributes[key], choices);
    if (value !== undefined) attributes[key] = value;
  }
  merged.attributes = attributes;
  merged.labels = union(primary.labels, secondary.labels);
  merged.channels = union(primary.channels, secondary.channels, (c) => `${c.channel}:${c.identifier}`);
  merged.conversationStatuses = union(primary.conversationStatuses, secondary.conversationStatuses);
  const older = secondary.createdAt < primary.createdAt ? secondary : primary;
  merged.createdAt = older.createdAt;
  if (older.sourceChannel) merged.sourceChannel = older.sourceChannel;
  const [a, b] = [primary.lastActivityAt, secondary.lastActivityAt];
  merged.lastActivityAt = a && b ? (a > b ? a : b) : (a ?? b);
  return merged;
}
