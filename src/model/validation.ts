/**
 * Validation of what people type into a contact form (and what an import supplies): every
 * problem is a machine-readable `FieldError` next to its field, and a valid input comes back
 * normalised (trimmed, phone in E.164, attribute values in their type).
 */
import * as z from 'zod/mini';
import type {
  AttributeDefinition,
  AttributeValue,
  Contact,
  ContactDraft,
  ContactPatch,
} from './contact.js';
import type { FieldError, ValidationResult } from './field-error.js';
import { isCalendarDate } from './calendar.js';
import { normalizePhone } from './phone.js';
import { attributeField } from './query.js';
import { safeImageUrl, safeLinkUrl } from './url.js';

export const MAX_NAME_LENGTH = 255;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_TEXT_ATTRIBUTE_LENGTH = 2000;

const emailSchema = z.email();

type Errors = FieldError[];

function checkName(value: string | undefined, field: string, errors: Errors, required: boolean): string | undefined {
  const text = value?.trim() ?? '';
  if (!text) {
    if (required) errors.push({ field, code: 'required' });
    return undefined;
  }
  if (text.length > MAX_NAME_LENGTH) errors.push({ field, code: 'too-long', params: { max: MAX_NAME_LENGTH } });
  return text;
}

function checkEmail(value: string | undefined, errors: Errors): string | undefined {
  const text = value?.trim() ?? '';
  if (!text) return undefined;
  if (text.length > MAX_EMAIL_LENGTH) {
    errors.push({ field: 'email', code: 'too-long', params: { max: MAX_EMAIL_LENGTH } });
  } else if (!z.safeParse(emailSchema, text).success) {
    errors.push({ field: 'email', code: 'email-invalid' });
  }
  // The domain is case-insensitive; the local part is left as typed (RFC 5321).
  const at = text.lastIndexOf('@');
  return at < 0 ? text : text.slice(0, at + 1) + text.slice(at + 1).toLowerCase();
}

function checkPhone(value: string | undefined, errors: Errors): string | undefined {
  if (!value?.trim()) return undefined;
  const result = normalizePhone(value);
  if (result.ok) return result.e164;
  errors.push({ field: 'phone', code: result.code });
  return value.trim();
}

function checkCountry(value: string | undefined, errors: Errors): string | undefined {
  const text = value?.trim().toUpperCase();
  if (!text) return undefined;
  if (!/^[A-Z]{2}$/.test(text)) errors.push({ field: 'country', code: 'country-invalid' });
  return text;
}

function checkLanguage(value: string | undefined, errors: Errors): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    return Intl.getCanonicalLocales(text)[0];
  } catch {
    errors.push({ field: 'language', code: 'language-invalid' });
    return text;
  }
}

function checkAvatar(value: string | undefined, errors: Errors): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const url = safeImageUrl(text);
  if (!url) errors.push({ field: 'avatarUrl', code: 'url-invalid' });
  return url ?? text;
}

/**
 * Checks one custom attribute value against its definition and returns it in its type
 * (`"42"` → 42 for a number, `"true"` → true for a boolean), or a field error.
 */
export function checkAttributeValue(
  definition: AttributeDefinition,
  value: unknown,
): { ok: true; value: AttributeValue } | { ok: false; error: FieldError } {
  const field = attributeField(definition.key);
  const fail = (code: FieldError['code'], params?: FieldError['params']) =>
    ({ ok: false, error: params ? { field, code, params } : { field, code } }) as const;
  const text = typeof value === 'string' ? value.trim() : undefined;
  switch (definition.type) {
    case 'text':
      if (text === undefined) return fail('required');
      if (text.length > MAX_TEXT_ATTRIBUTE_LENGTH) return fail('too-long', { max: MAX_TEXT_ATTRIBUTE_LENGTH });
      return { ok: true, value: text };
    case 'number': {
      const number = typeof value === 'number' ? value : text ? Number(text) : Number.NaN;
      return Number.isFinite(number) ? { ok: true, value: number } : fail('number-invalid');
    }
    case 'date':
      return text !== undefined && isCalendarDate(text) ? { ok: true, value: text } : fail('date-invalid');
    case 'list':
      return text !== undefined && (definition.options ?? []).includes(text)
        ? { ok: true, value: text }
        : fail('option-invalid');
    case 'boolean':
      if (typeof value === 'boolean') return { ok: true, value };
      if (text === 'true' || text === 'false') return { ok: true, value: text === 'true' };
      return fail('boolean-invalid');
    case 'link': {
      const url = text ? safeLinkUrl(text) : undefined;
      return url ? { ok: true, value: url } : fail('url-invalid');
    }
  }
}

function checkAttributes(
  attributes: Readonly<Record<string, unknown>> | undefined,
  definitions: readonly AttributeDefinition[],
  errors: Errors,
  allowNull: boolean,
): Record<string, AttributeValue | null> | undefined {
  if (!attributes) return undefined;
  const result: Record<string, AttributeValue | null> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const definition = definitions.find((d) => d.key === key);
    if (!definition) {
      errors.push({ field: attributeField(key), code: 'attribute-unknown' });
      continue;
    }
    if (value === null || value === undefined || value === '') {
      if (allowNull) result[key] = null;
      continue;
    }
    const checked = checkAttributeValue(definition, value);
    if (checked.ok) result[key] = checked.value;
    else errors.push(checked.error);
  }
  return result;
}

function checkLabels(labels: readonly string[] | undefined): string[] | undefined {
  if (!labels) return undefined;
  return [...new Set(labels.map((label) => label.trim()).filter(Boolean))];
}

function requireEmailOrPhone(email: string | undefined, phone: string | undefined, errors: Errors): void {
  if (email || phone) return;
  errors.push({ field: 'email', code: 'email-or-phone-required' });
  errors.push({ field: 'phone', code: 'email-or-phone-required' });
}

/** Removes undefined entries so a normalised draft compares equal to a hand-written one. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Validates and normalises a new contact: a name, and an email or a phone, are required. */
export function validateContactDraft(
  draft: ContactDraft,
  definitions: readonly AttributeDefinition[] = [],
): ValidationResult<ContactDraft> {
  const errors: Errors = [];
  const name = checkName(draft.name, 'name', errors, true);
  const firstName = checkName(draft.firstName, 'firstName', errors, false);
  const lastName = checkName(draft.lastName, 'lastName', errors, false);
  const email = checkEmail(draft.email, errors);
  const phone = checkPhone(draft.phone, errors);
  requireEmailOrPhone(email, phone, errors);
  const value = compact<ContactDraft>({
    ...draft,
    name: name ?? '',
    firstName,
    lastName,
    email,
    phone,
    avatarUrl: checkAvatar(draft.avatarUrl, errors),
    country: checkCountry(draft.country, errors),
    language: checkLanguage(draft.language, errors),
    labels: checkLabels(draft.labels),
    attributes: checkAttributes(draft.attributes, definitions, errors, false) as
      | Record<string, AttributeValue>
      | undefined,
  });
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** The value a patch gives an optional text field: unchanged, cleared (null) or checked. */
function patched<T>(value: string | null | undefined, check: (v: string) => T): T | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || !value.trim()) return null;
  return check(value);
}

/**
 * Validates and normalises a change to `current`. The email-or-phone rule stops a change from
 * removing the last way to reach a contact; a contact that came in with neither (web chat,
 * Instagram) can still be renamed.
 */
export function validateContactPatch(
  patch: ContactPatch,
  current: Pick<Contact, 'email' | 'phone'>,
  definitions: readonly AttributeDefinition[] = [],
): ValidationResult<ContactPatch> {
  const errors: Errors = [];
  const value: ContactPatch = compact<ContactPatch>({
    ...patch,
    name: patch.name === undefined ? undefined : (checkName(patch.name, 'name', errors, true) ?? ''),
    firstName: patched(patch.firstName, (v) => checkName(v, 'firstName', errors, false) ?? null),
    lastName: patched(patch.lastName, (v) => checkName(v, 'lastName', errors, false) ?? null),
    email: patched(patch.email, (v) => checkEmail(v, errors) ?? null),
    phone: patched(patch.phone, (v) => checkPhone(v, errors) ?? null),
    avatarUrl: patched(patch.avatarUrl, (v) => checkAvatar(v, errors) ?? null),
    country: patched(patch.country, (v) => checkCountry(v, errors) ?? null),
    language: patched(patch.language, (v) => checkLanguage(v, errors) ?? null),
    attributes: checkAttributes(patch.attributes, definitions, errors, true),
  });
  if ((current.email || current.phone) && (value.email !== undefined || value.phone !== undefined)) {
    const email = value.email === undefined ? current.email : (value.email ?? undefined);
    const phone = value.phone === undefined ? current.phone : (value.phone ?? undefined);
    requireEmailOrPhone(email, phone, errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
