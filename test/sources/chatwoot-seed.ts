/**
 * The contract seed as Chatwoot would hold it (for the fake Chatwoot in test/servers/):
 * contacts with `additional_attributes` for what Chatwoot has no column for (see
 * src/sources/chatwoot/mapping.ts), contact inboxes for channels, Unix seconds, labels and
 * conversations apart. A Viber inbox is an API channel, as Viber reaches Chatwoot through one.
 */
import type { Channel } from '../../src/model/channels.js';
import type { ChannelOf } from '../../src/sources/chatwoot/mapping.js';
import type { ContractSeed } from './contract/contract.js';

export const CHATWOOT_ACCOUNT = 7;
export const CHATWOOT_TOKEN = 'cw-test-token';

const CHANNEL_TYPES: Record<Channel, string> = {
  email: 'Channel::Email',
  phone: 'Channel::Voice',
  whatsapp: 'Channel::Whatsapp',
  sms: 'Channel::Sms',
  viber: 'Channel::Api',
  telegram: 'Channel::Telegram',
  webchat: 'Channel::WebWidget',
  instagram: 'Channel::Instagram',
  facebook: 'Channel::FacebookPage',
  line: 'Channel::Line',
};

/** What the host tells ChatwootContactSource about its API-channel inboxes. */
export const seedChannelOf: ChannelOf = (inbox) =>
  inbox.channel_type === 'Channel::Api' && /viber/i.test(inbox.name)
    ? 'viber'
    : (Object.entries(CHANNEL_TYPES).find(([, type]) => type === inbox.channel_type)?.[0] as Channel | undefined);

const seconds = (date: Date | null) => (date === null ? null : Math.floor(date.getTime() / 1000));

export function toChatwootData(seed: ContractSeed): unknown {
  const inboxFor = (channel: Channel) => seed.inboxes.find((inbox) => inbox.channel === channel);
  return {
    accountId: CHATWOOT_ACCOUNT,
    token: CHATWOOT_TOKEN,
    now: seconds(seed.now),
    agent: { id: 'agent-1', name: 'Agent' },
    // An agent sees, and may write first in, the inboxes they are a member of.
    inboxes: seed.inboxes.map((inbox) => ({
      id: inbox.id,
      name: inbox.name,
      channel_type: CHANNEL_TYPES[inbox.channel],
      member: inbox.canWriteFirst || inbox.channel === 'webchat',
    })),
    labels: seed.labels.map((label, index) => ({ id: index + 1, title: label.name, color: label.color, description: label.description ?? '' })),
    attributeDefinitions: seed.attributeDefinitions.map((definition, index) => ({
      id: index + 1,
      attribute_key: definition.key,
      attribute_display_name: definition.displayName,
      attribute_display_type: definition.type === 'boolean' ? 'checkbox' : definition.type,
      attribute_values: definition.options ?? [],
      attribute_model: 'contact_attribute',
    })),
    contacts: seed.contacts.map((contact) => ({
      id: contact.id,
      name: contact.name,
      email: contact.email ?? null,
      phone_number: contact.phone ?? null,
      identifier: null,
      blocked: contact.block !== null,
      thumbnail: contact.avatarUrl ?? '',
      additional_attributes: {
        ...(contact.country ? { country_code: contact.country } : {}),
        ...(contact.firstName ? { first_name: contact.firstName } : {}),
        ...(contact.lastName ? { last_name: contact.lastName } : {}),
        ...(contact.language ? { language: contact.language } : {}),
        source_channel: contact.sourceChannel ?? null,
        ...(contact.block
          ? {
              blocked_at: contact.block.blockedAt.toISOString(),
              ...(contact.block.reason ? { block_reason: contact.block.reason } : {}),
              // Written by another tool: Chatwoot itself has no timed blocks.
              ...(contact.block.until ? { blocked_until: contact.block.until.toISOString() } : {}),
            }
          : {}),
      },
      custom_attributes: { ...contact.attributes },
      created_at: seconds(contact.createdAt),
      last_activity_at: seconds(contact.lastActivityAt),
      labels: [...contact.labels],
      contact_inboxes: contact.channels.map((channel) => ({ inbox_id: inboxFor(channel.channel)!.id, source_id: channel.identifier })),
    })),
    conversations: Object.entries(seed.conversations).flatMap(([contactId, conversations]) =>
      conversations.map((conversation) => ({
        id: conversation.id,
        contact_id: contactId,
        inbox_id: conversation.inboxId,
        status: conversation.status,
        last_activity_at: seconds(conversation.lastActivityAt),
        ...(conversation.preview ? { last_message: conversation.preview } : {}),
      })),
    ),
    notes: Object.entries(seed.notes).flatMap(([contactId, notes]) =>
      notes.map((note) => ({
        id: note.id,
        contact_id: contactId,
        content: note.text,
        user: { id: note.author?.id ?? 'agent-1', name: note.author?.name ?? 'Agent' },
        created_at: seconds(note.createdAt),
      })),
    ),
  };
}
