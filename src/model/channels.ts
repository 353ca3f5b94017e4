/**
 * Channels a customer can reach us through, and conversation statuses.
 * Variant lists are `as const` arrays so stories and tests can loop over every value.
 */
export const CHANNELS = [
  'whatsapp',
  'telegram',
  'viber',
  'email',
  'phone',
  'sms',
  'webchat',
  'instagram',
  'facebook',
  'line',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CONVERSATION_STATUSES = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const ATTRIBUTE_TYPES = ['text', 'number', 'date', 'list', 'boolean', 'link'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export function isChannel(value: unknown): value is Channel {
  return (CHANNELS as readonly unknown[]).includes(value);
}
