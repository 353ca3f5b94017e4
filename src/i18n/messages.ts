/**
 * Messages shared by every element, written once: field errors, source errors and the names of
 * channels, statuses, attribute types and contact fields.
 *
 * Each is a function so the text is looked up when called, in the locale active then. Ids are
 * stable (`error.network`), so rewording the English text keeps the translations attached.
 * Plurals: @lit/localize has no plural rules, so sentences are worded to need none, and counts
 * of time go through `Intl.RelativeTimeFormat`, which knows each language's plural forms.
 */
import { msg, str } from '@lit/localize';
import type { AttributeType, Channel, ConversationStatus } from '../model/channels.js';
import type { EditableField } from '../model/fields.js';
import type { FieldError } from '../model/field-error.js';
import type { ContactStatus } from '../model/status.js';
import type { SourceError } from '../sources/errors.js';
import { formatNumber, formatRelativeUnit } from './format.js';

/** Field (`email`, `attributes.birthday`) → the label the form shows for it. */
export type FieldLabels = Readonly<Record<string, string>>;

/**
 * What is wrong with a field, in the active locale. Without `labels` the message is meant to
 * sit next to its input ("Enter a valid email address"); with a label for the field it stands
 * on its own ("Email: Enter a valid email address"), for summaries and banners.
 */
export function fieldErrorMessage(error: FieldError, labels?: FieldLabels): string {
  const text = fieldErrorText(error);
  const label = labels?.[error.field];
  return label ? msg(str`${label}: ${text}`, { id: 'field-error.labelled' }) : text;
}

function fieldErrorText(error: FieldError): string {
  const params = error.params ?? {};
  switch (error.code) {
    case 'required':
      return msg('This field is required', { id: 'field-error.required' });
    case 'email-or-phone-required':
      return msg('Enter an email address or a phone number', { id: 'field-error.email-or-phone-required' });
    case 'email-invalid':
      return msg('Enter a valid email address, like name@example.com', { id: 'field-error.email-invalid' });
    case 'phone-invalid':
      return msg('Enter a valid phone number', { id: 'field-error.phone-invalid' });
    case 'phone-needs-country-code':
      return msg('Start with + and the country code, like +380', { id: 'field-error.phone-needs-country-code' });
    case 'phone-unknown-country-code':
      return msg('No country uses this calling code', { id: 'field-error.phone-unknown-country-code' });
    case 'phone-too-short':
      return msg('This phone number is too short', { id: 'field-error.phone-too-short' });
    case 'phone-too-long':
      return msg('This phone number is too long', { id: 'field-error.phone-too-long' });
    case 'too-long': {
      const max = params['max'];
      if (max === undefined) return msg('This is too long', { id: 'field-error.too-long' });
      const limit = typeof max === 'number' ? formatNumber(max) : max;
      return msg(str`Too long: ${limit} characters at most`, { id: 'field-error.too-long-max' });
    }
    case 'url-invalid':
      return msg('Enter a full link, starting with https://', { id: 'field-error.url-invalid' });
    case 'country-invalid':
      return msg('Enter a two-letter country code, like UA', { id: 'field-error.country-invalid' });
    case 'language-invalid':
      return msg('Enter a language code, like uk or en-US', { id: 'field-error.language-invalid' });
    case 'number-invalid':
      return msg('Enter a number', { id: 'field-error.number-invalid' });
    case 'date-invalid':
      return msg('Enter a valid date', { id: 'field-error.date-invalid' });
    case 'boolean-invalid':
      return msg('Choose yes or no', { id: 'field-error.boolean-invalid' });
    case 'option-invalid': {
      const value = params['value'];
      if (value === undefined || value === '') {
        return msg('Choose one of the listed options', { id: 'field-error.option-invalid' });
      }
      return msg(str`“${value}” is not one of the allowed values`, { id: 'field-error.option-invalid-value' });
    }
    case 'attribute-unknown':
      return msg('This custom attribute does not exist', { id: 'field-error.attribute-unknown' });
    case 'taken': {
      const contactName = params['contactName'];
      if (contactName === undefined || contactName === '') {
        return msg('Another contact already has this', { id: 'field-error.taken' });
      }
      return msg(str`Already used by ${contactName}`, { id: 'field-error.taken-by' });
    }
    case 'range-reversed':
      return msg('The start must come before the end', { id: 'field-error.range-reversed' });
  }
}

/**
 * Why a request to the data source failed, in the active locale: specific enough that a person
 * knows what to do next (sign in, wait, reload). `aborted` errors are never shown, but still
 * get a message so that nothing ever renders an empty banner.
 */
export function sourceErrorMessage(error: SourceError): string {
  switch (error.kind) {
    case 'network':
      return msg('You are offline or the server cannot be reached', { id: 'error.network' });
    case 'timeout':
      return msg('The server took too long to answer', { id: 'error.timeout' });
    case 'unauthorized':
      return msg('Your session has expired: sign in again', { id: 'error.unauthorized' });
    case 'forbidden':
      return msg('You are not allowed to do this', { id: 'error.forbidden' });
    case 'not-found':
      return msg('This contact no longer exists', { id: 'error.not-found' });
    case 'conflict':
      return conflictMessage(error);
    case 'invalid':
      return invalidMessage(error);
    case 'rate-limited': {
      const retryAfter = error.retryAfter;
      if (retryAfter === undefined || !(retryAfter > 0)) {
        return msg('Too many requests: wait a moment and try again', { id: 'error.rate-limited' });
      }
      const when = formatWait(retryAfter);
      return msg(str`Too many requests: try again ${when}`, {
        id: 'error.rate-limited.retry-after',
        desc: 'The placeholder is a relative time such as "in 30 seconds".',
      });
    }
    case 'server': {
      const status = error.status;
      if (status === undefined) {
        return msg('Something went wrong on the server: try again later', { id: 'error.server' });
      }
      return msg(str`Something went wrong on the server (error ${status}): try again later`, {
        id: 'error.server.status',
      });
    }
    case 'aborted':
      return msg('The request was cancelled', { id: 'error.aborted' });
  }
}

function conflictMessage(error: SourceError): string {
  const conflict = error.conflicts[0];
  const name = conflict?.contactName;
  if (conflict?.field === 'email') {
    return name
      ? msg(str`${name} already has this email address`, { id: 'error.conflict.email-of' })
      : msg('Another contact already has this email address', { id: 'error.conflict.email' });
  }
  if (conflict?.field === 'phone') {
    return name
      ? msg(str`${name} already has this phone number`, { id: 'error.conflict.phone-of' })
      : msg('Another contact already has this phone number', { id: 'error.conflict.phone' });
  }
  return msg('Someone changed this at the same time: reload and try again', { id: 'error.conflict' });
}

function invalidMessage(error: SourceError): string {
  const [first, ...rest] = error.fieldErrors;
  if (!first) return msg('The server did not accept this request', { id: 'error.invalid' });
  if (rest.length === 0) return fieldErrorMessage(first, standardFieldLabels());
  return msg('Some details are not valid: check the marked fields', { id: 'error.invalid.fields' });
}

/** "in 30 seconds", "in 2 minutes": the wait rounded up, in the language's plural forms. */
function formatWait(seconds: number): string {
  const whole = Math.ceil(seconds);
  return whole < 60 ? formatRelativeUnit(whole, 'second') : formatRelativeUnit(Math.ceil(whole / 60), 'minute');
}

/** Brand names (and SMS) are written the same way in every language. */
export function channelName(channel: Channel): string {
  switch (channel) {
    case 'whatsapp':
      return 'WhatsApp';
    case 'telegram':
      return 'Telegram';
    case 'viber':
      return 'Viber';
    case 'email':
      return msg('Email', { id: 'channel.email' });
    case 'phone':
      return msg('Phone', { id: 'channel.phone', desc: 'The channel: phone calls.' });
    case 'sms':
      return 'SMS';
    case 'webchat':
      return msg('Web chat', { id: 'channel.webchat', desc: 'The chat widget on a website.' });
    case 'instagram':
      return 'Instagram';
    case 'facebook':
      return 'Facebook';
    case 'line':
      return 'LINE';
  }
}

export function conversationStatusName(status: ConversationStatus): string {
  switch (status) {
    case 'open':
      return msg('Open', { id: 'conversation-status.open', desc: 'Status of a conversation.' });
    case 'pending':
      return msg('Pending', { id: 'conversation-status.pending', desc: 'Status of a conversation.' });
    case 'snoozed':
      return msg('Snoozed', { id: 'conversation-status.snoozed', desc: 'Status of a conversation.' });
    case 'resolved':
      return msg('Resolved', { id: 'conversation-status.resolved', desc: 'Status of a conversation.' });
  }
}

export function contactStatusName(status: ContactStatus): string {
  switch (status) {
    case 'active':
      return msg('Active', { id: 'contact-status.active', desc: 'Status of a contact (a person).' });
    case 'inactive':
      return msg('Inactive', { id: 'contact-status.inactive', desc: 'Status of a contact.' });
    case 'blocked':
      return msg('Blocked', { id: 'contact-status.blocked', desc: 'Status of a contact.' });
  }
}

export function attributeTypeName(type: AttributeType): string {
  switch (type) {
    case 'text':
      return msg('Text', { id: 'attribute-type.text', desc: 'Type of a custom attribute.' });
    case 'number':
      return msg('Number', { id: 'attribute-type.number', desc: 'Type of a custom attribute.' });
    case 'date':
      return msg('Date', { id: 'attribute-type.date', desc: 'Type of a custom attribute.' });
    case 'list':
      return msg('List', { id: 'attribute-type.list', desc: 'Type of a custom attribute: one of given options.' });
    case 'boolean':
      return msg('Yes/No', { id: 'attribute-type.boolean', desc: 'Type of a custom attribute.' });
    case 'link':
      return msg('Link', { id: 'attribute-type.link', desc: 'Type of a custom attribute: a URL.' });
  }
}

/** The label of a contact's own field, for forms, merge choices and error summaries. */
export function contactFieldName(field: EditableField | 'labels'): string {
  switch (field) {
    case 'name':
      return msg('Name', { id: 'field.name', desc: "A contact's display name." });
    case 'firstName':
      return msg('First name', { id: 'field.first-name' });
    case 'lastName':
      return msg('Last name', { id: 'field.last-name' });
    case 'email':
      return msg('Email', { id: 'field.email' });
    case 'phone':
      return msg('Phone', { id: 'field.phone' });
    case 'avatarUrl':
      return msg('Photo link', { id: 'field.avatar-url' });
    case 'country':
      return msg('Country', { id: 'field.country' });
    case 'language':
      return msg('Language', { id: 'field.language' });
    case 'labels':
      return msg('Labels', { id: 'field.labels' });
  }
}

/**
 * The contact's own fields. A record rather than `EDITABLE_FIELDS`, whose module brings zod
 * (~20 kB) into every bundle that shows a message; a new editable field fails to compile here.
 */
const STANDARD_FIELDS: Readonly<Record<EditableField | 'labels', true>> = {
  name: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  avatarUrl: true,
  country: true,
  language: true,
  labels: true,
};

/** Labels for the contact's own fields, ready for `fieldErrorMessage(error, labels)`. */
export function standardFieldLabels(): FieldLabels {
  const fields = Object.keys(STANDARD_FIELDS) as (EditableField | 'labels')[];
  return Object.fromEntries(fields.map((field) => [field, contactFieldName(field)]));
}
