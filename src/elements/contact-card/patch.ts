/**
 * What an inline edit sends and how the card shows it before the source answers: the patch a
 * field's draft makes, the contact with a patch applied (optimistic display), and the way back
 * when the source refuses (only the fields the patch touched, so a change that arrived from
 * elsewhere meanwhile is kept).
 */
import type { AttributeValue, Contact, ContactPatch } from '../../model/contact.js';

/** The contact fields edited inline, and custom attributes as `attributes.<key>`. */
export type EditableKey = 'name' | 'email' | 'phone' | 'language' | 'country' | `attributes.${string}`;

const ATTRIBUTE_PREFIX = 'attributes.';

/** The attribute key of `attributes.<key>`, else undefined. */
export function attributeKeyOf(field: string): string | undefined {
  return field.startsWith(ATTRIBUTE_PREFIX) ? field.slice(ATTRIBUTE_PREFIX.length) : undefined;
}

/** The text an editor starts from: the stored value (E.164 for a phone), '' when unset. */
export function draftOf(contact: Contact, field: EditableKey): string {
  const key = attributeKeyOf(field);
  if (key !== undefined) {
    const value = contact.attributes[key];
    return value === undefined ? '' : String(value);
  }
  return (contact[field as Exclude<EditableKey, `attributes.${string}`>] ?? '').toString();
}

/**
 * The patch a draft makes. An empty optional field clears it (`null`); an empty name stays ''
 * so that validation says it is required. Attribute values go as typed: validation converts
 * them to their type (`"42"` → 42, `"true"` → true).
 */
export function patchFor(field: EditableKey, draft: string): ContactPatch {
  const key = attributeKeyOf(field);
  if (key !== undefined) return { attributes: { [key]: draft.trim() === '' ? null : draft } as Record<string, AttributeValue | null> };
  if (field === 'name') return { name: draft };
  return { [field]: draft.trim() === '' ? null : draft } as ContactPatch;
}

/** The contact as it will be once the source accepts `patch` (already validated). */
export function applyPatch(contact: Contact, patch: ContactPatch): Contact {
  const next: Record<string, unknown> = { ...contact };
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'attributes') continue;
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  if (patch.attributes) {
    const attributes: Record<string, AttributeValue> = { ...contact.attributes };
    for (const [key, value] of Object.entries(patch.attributes)) {
      if (value === null) delete attributes[key];
      else attributes[key] = value;
    }
    next['attributes'] = attributes;
  }
  return next as unknown as Contact;
}

/** `current` with the fields `patch` touched put back as they were in `before`. */
export function revertPatch(current: Contact, before: Contact, patch: ContactPatch): Contact {
  const next: Record<string, unknown> = { ...current };
  const old = before as unknown as Record<string, unknown>;
  for (const field of Object.keys(patch)) {
    if (field === 'attributes') continue;
    if (old[field] === undefined) delete next[field];
    else next[field] = old[field];
  }
  if (patch.attributes) {
    const attributes: Record<string, AttributeValue> = { ...current.attributes };
    for (const key of Object.keys(patch.attributes)) {
      const value = before.attributes[key];
      if (value === undefined) delete attributes[key];
      else attributes[key] = value;
    }
    next['attributes'] = attributes;
  }
  return next as unknown as Contact;
}

/** Whether applying `patch` would change anything. */
export function changes(contact: Contact, patch: ContactPatch): boolean {
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'attributes') continue;
    const current = (contact as unknown as Record<string, unknown>)[field];
    if ((value ?? undefined) !== current) return true;
  }
  for (const [key, value] of Object.entries(patch.attributes ?? {})) {
    if ((value ?? undefined) !== contact.attributes[key]) return true;
  }
  return false;
}

/** A DOM id for a field: `attributes.plan` → `attributes-plan`. */
export function fieldDomId(field: string): string {
  return `field-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
