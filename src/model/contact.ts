/**
 * The domain model: zod schemas and the types inferred from them.
 *
 * These schemas describe records as they live in memory (dates are `Date`s). Sources that read
 * JSON define wire schemas next to themselves and convert at the boundary, so an element never
 * sees a half-parsed record. `zod/mini` keeps the validator at ~5 kB (TOOLCHAIN.md).
 */
import * as z from 'zod/mini';
import { ATTRIBUTE_TYPES, CHANNELS, CONVERSATION_STATUSES } from './channels.js';

export const channelSchema = z.enum(CHANNELS);
export const conversationStatusSchema = z.enum(CONVERSATION_STATUSES);
export const attributeTypeSchema = z.enum(ATTRIBUTE_TYPES);

/** Where a contact can be reached on one channel (a WhatsApp number, a Telegram user id, …). */
export const channelIdentifierSchema = z.object({
  channel: channelSchema,
  identifier: z.string().check(z.minLength(1)),
});
export type ChannelIdentifier = z.infer<typeof channelIdentifierSchema>;

/**
 * A custom attribute value. Dates are calendar dates as `YYYY-MM-DD` strings (a birthday or a
 * renewal date has no time zone); links are URL strings.
 */
export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

/** A block: `until: null` blocks forever. A block whose `until` has passed no longer counts. */
export const blockStateSchema = z.object({
  until: z.nullable(z.date()),
  reason: z.optional(z.string()),
  blockedAt: z.date(),
});
export type BlockState = z.infer<typeof blockStateSchema>;

export const contactSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  email: z.optional(z.string()),
  /** E.164, e.g. `+380671234567`. */
  phone: z.optional(z.string()),
  avatarUrl: z.optional(z.string()),
  /** ISO 3166-1 alpha-2 region, e.g. `UA`. */
  country: z.optional(z.string()),
  /** BCP 47 language tag, e.g. `uk`. */
  language: z.optional(z.string()),
  /** The channel of the contact's first conversation. */
  sourceChannel: z.optional(channelSchema),
  channels: z.array(channelIdentifierSchema),
  /** Label names (labels are identified by name, as in Chatwoot). */
  labels: z.array(z.string()),
  attributes: z.record(z.string(), attributeValueSchema),
  createdAt: z.date(),
  lastActivityAt: z.nullable(z.date()),
  block: z.nullable(blockStateSchema),
  /**
   * Distinct statuses of the contact's conversations, kept by the source so that the
   * "conversation status" filter can be evaluated without loading conversations.
   */
  conversationStatuses: z.array(conversationStatusSchema),
});
export type Contact = z.infer<typeof contactSchema>;

export const labelSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** CSS colour, `#rrggbb`. */
  color: z.string(),
  description: z.optional(z.string()),
});
export type Label = z.infer<typeof labelSchema>;

export const attributeDefinitionSchema = z.object({
  /** Stable key: lower-case letters, digits and `_`. */
  key: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  displayName: z.string(),
  type: attributeTypeSchema,
  /** The allowed values of a `list` attribute. */
  options: z.optional(z.array(z.string())),
  description: z.optional(z.string()),
});
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

export const conversationSummarySchema = z.object({
  id: z.string(),
  inboxId: z.string(),
  inboxName: z.string(),
  channel: channelSchema,
  status: conversationStatusSchema,
  lastActivityAt: z.date(),
  /** The last message as plain text (untrusted). */
  preview: z.optional(z.string()),
  unreadCount: z.optional(z.number()),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;

export const noteSchema = z.object({
  id: z.string(),
  text: z.string(),
  author: z.optional(z.object({ id: z.optional(z.string()), name: z.string() })),
  createdAt: z.date(),
});
export type Note = z.infer<typeof noteSchema>;

export const inboxSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: channelSchema,
  /** Whether agents may start a conversation ("write first") through this inbox. */
  canWriteFirst: z.boolean(),
});
export type Inbox = z.infer<typeof inboxSchema>;

/** The fields a person (or an import) supplies to create a contact. */
export interface ContactDraft {
  name: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  avatarUrl?: string;
  country?: string;
  language?: string;
  sourceChannel?: Contact['sourceChannel'];
  channels?: ChannelIdentifier[];
  labels?: string[];
  attributes?: Record<string, AttributeValue>;
}

/**
 * A change to a contact. Absent fields stay as they are; `null` clears an optional field.
 * `attributes` are merged key by key, `null` removing one (Chatwoot's PATCH semantics).
 */
export interface ContactPatch {
  name?: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  avatarUrl?: string | null;
  country?: string | null;
  language?: string | null;
  channels?: ChannelIdentifier[];
  attributes?: Record<string, AttributeValue | null>;
}
