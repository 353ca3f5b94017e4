/**
 * Chatwoot records ↔ the model. Chatwoot has a column for less than a `Contact` holds; the
 * rest lives in the contact's `additional_attributes` (a free JSON object Chatwoot keeps and
 * shows) under the keys in `EXTRA`, so what these elements write reads back the same:
 *
 * | model                 | Chatwoot                                                  |
 * |-----------------------|-----------------------------------------------------------|
 * | id                    | `id` (an integer, as a string)                            |
 * | country               | `additional_attributes.country_code`                      |
 * | firstName, lastName, language | `additional_attributes.first_name`, `last_name`, `language` |
 * | sourceChannel         | `additional_attributes.source_channel`; absent: the channel of the first contact inbox; `null`: none |
 * | channels              | `contact_inboxes[]` (inbox channel type, `source_id`)     |
 * | labels                | `GET /contacts/{id}/labels`                               |
 * | attributes            | `custom_attributes` (typed by the attribute definitions)  |
 * | createdAt, lastActivityAt | Unix seconds                                          |
 * | block                 | `blocked`, with `additional_attributes.blocked_at`, `block_reason` (and `blocked_until`, read only) |
 * | conversationStatuses  | `GET /contacts/{id}/conversations`                        |
 */
import { isChannel, type Channel } from '../../model/channels.js';
import type { AttributeDefinition, AttributeValue, Contact, ConversationSummary, Inbox, Label, Note } from '../../model/contact.js';
import { CONVERSATION_STATUSES } from '../../model/channels.js';
import type { z } from 'zod/mini';
import type {
  ChatwootContactWire,
  ChatwootInboxWire,
  attributeDefinitionWire,
  conversationWire,
  labelWire,
  noteWire,
} from './wire.js';

/** Keys of `additional_attributes` this source reads and writes. */
export const EXTRA = {
  country: 'country_code',
  firstName: 'first_name',
  lastName: 'last_name',
  language: 'language',
  sourceChannel: 'source_channel',
  blockedAt: 'blocked_at',
  blockReason: 'block_reason',
  blockedUntil: 'blocked_until',
} as const;

/** Chatwoot inbox channel types and the model's channels. */
const CHANNEL_TYPES: Readonly<Record<string, Channel>> = {
  'Channel::Email': 'email',
  'Channel::Whatsapp': 'whatsapp',
  'Channel::Sms': 'sms',
  'Channel::TwilioSms': 'sms',
  'Channel::Telegram': 'telegram',
  'Channel::WebWidget': 'webchat',
  'Channel::FacebookPage': 'facebook',
  'Channel::Instagram': 'instagram',
  'Channel::Line': 'line',
  'Channel::Voice': 'phone',
};

/** The model's channel of an inbox; `Channel::Api` inboxes (bridges) need the host's `channelOf`. */
export type ChannelOf = (inbox: ChatwootInboxWire) => Channel | undefined;

export const defaultChannelOf: ChannelOf = (inbox) => CHANNEL_TYPES[inbox.channel_type];

const date = (seconds: number | null | undefined): Date | null =>
  seconds === null || seconds === undefined ? null : new Date(seconds * 1000);

const string = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

function instant(value: unknown): Date | undefined {
  if (typeof value === 'number') return new Date(value * 1000);
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** A custom attribute value in the definition's type; undefined when it cannot be one. */
export function attributeValue(value: unknown, definition: AttributeDefinition | undefined): AttributeValue | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (definition?.type) {
    case 'number': {
      const number = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(number) ? number : undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined;
    case 'date': {
      // Chatwoot's date picker stores an ISO instant at midnight; the model keeps the calendar date.
      const match = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
      return match ? match[0] : undefined;
    }
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  }
}

export interface ContactExtras {
  readonly labels: readonly string[];
  readonly conversationStatuses: readonly ConversationSummary['status'][];
}

export function toContact(
  wire: ChatwootContactWire,
  extras: ContactExtras,
  definitions: readonly AttributeDefinition[],
  channelOf: ChannelOf,
): Contact {
  const extra = wire.additional_attributes ?? {};
  const channels: Contact['channels'] = [];
  for (const contactInbox of wire.contact_inboxes ?? []) {
    const channel = contactInbox.inbox ? channelOf(contactInbox.inbox) : undefined;
    const identifier = contactInbox.source_id;
    if (channel && identifier && !channels.some((c) => c.channel === channel && c.identifier === identifier)) {
      channels.push({ channel, identifier });
    }
  }
  const storedSource = extra[EXTRA.sourceChannel];
  const sourceChannel = EXTRA.sourceChannel in extra ? (isChannel(storedSource) ? storedSource : undefined) : channels[0]?.channel;
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(wire.custom_attributes ?? {})) {
    const typed = attributeValue(value, definitions.find((d) => d.key === key));
    if (typed !== undefined) attributes[key] = typed;
  }
  const createdAt = date(wire.created_at) ?? new Date(0);
  let block: Contact['block'] = null;
  if (wire.blocked) {
    const until = instant(extra[EXTRA.blockedUntil]) ?? null;
    const reason = string(extra[EXTRA.blockReason]);
    block = {
      until,
      ...(reason ? { reason } : {}),
      // Blocked in Chatwoot's own UI: it keeps no time; the last update is the best guess.
      blockedAt: instant(extra[EXTRA.blockedAt]) ?? date(wire.updated_at) ?? createdAt,
    };
  }
  const optional = {
    firstName: string(extra[EXTRA.firstName]),
    lastName: string(extra[EXTRA.lastName]),
    email: string(wire.email),
    phone: string(wire.phone_number),
    avatarUrl: string(wire.thumbnail),
    country: string(extra[EXTRA.country])?.toUpperCase(),
    language: string(extra[EXTRA.language]),
    sourceChannel,
  };
  const contact: Record<string, unknown> = {
    id: wire.id,
    name: wire.name?.trim() || wire.email || wire.phone_number || '',
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) contact[key] = value;
  return {
    ...(contact as Pick<Contact, 'id' | 'name'>),
    channels,
    labels: [...extras.labels],
    attributes,
    createdAt,
    lastActivityAt: date(wire.last_activity_at),
    block,
    conversationStatuses: [...extras.conversationStatuses],
  };
}

export function toLabel(wire: z.output<typeof labelWire>): Label {
  return { name: wire.title, color: wire.color || '#1f93ff', ...(wire.description ? { description: wire.description } : {}) };
}

const ATTRIBUTE_TYPES: Readonly<Record<string, AttributeDefinition['type']>> = {
  text: 'text',
  number: 'number',
  currency: 'number',
  percent: 'number',
  link: 'link',
  date: 'date',
  list: 'list',
  checkbox: 'boolean',
};

export function toAttributeDefinition(wire: z.output<typeof attributeDefinitionWire>): AttributeDefinition | undefined {
  const type = ATTRIBUTE_TYPES[wire.attribute_display_type];
  if (!type || !/^[a-z0-9_]+$/.test(wire.attribute_key)) return undefined;
  return {
    key: wire.attribute_key,
    displayName: wire.attribute_display_name,
    type,
    ...(type === 'list' ? { options: [...(wire.attribute_values ?? [])] } : {}),
    ...(wire.attribute_description ? { description: wire.attribute_description } : {}),
  };
}

export function toConversation(
  wire: z.output<typeof conversationWire>,
  inboxes: ReadonlyMap<string, ChatwootInboxWire>,
  channelOf: ChannelOf,
): ConversationSummary | undefined {
  const inbox = inboxes.get(wire.inbox_id);
  const channel = inbox ? channelOf(inbox) : undefined;
  const status = wire.status as ConversationSummary['status'];
  const at = wire.last_activity_at ?? wire.timestamp;
  if (!inbox || !channel || !CONVERSATION_STATUSES.includes(status) || at === null || at === undefined) return undefined;
  const preview = wire.messages?.at(-1)?.content ?? undefined;
  return {
    id: wire.id,
    inboxId: inbox.id,
    inboxName: inbox.name,
    channel,
    status,
    lastActivityAt: new Date(at * 1000),
    ...(preview ? { preview } : {}),
    ...(wire.unread_count ? { unreadCount: wire.unread_count } : {}),
  };
}

export function toNote(wire: z.output<typeof noteWire>): Note {
  const name = wire.user?.name;
  return {
    id: wire.id,
    text: wire.content,
    ...(name ? { author: { ...(wire.user?.id ? { id: wire.user.id } : {}), name } } : {}),
    createdAt: new Date(wire.created_at * 1000),
  };
}

export function toInbox(wire: ChatwootInboxWire, channelOf: ChannelOf): Inbox | undefined {
  const channel = channelOf(wire);
  // Chatwoot lists only inboxes an agent may start a conversation in.
  return channel ? { id: wire.id, name: wire.name, channel, canWriteFirst: true } : undefined;
}
