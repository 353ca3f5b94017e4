/**
 * Chatwoot's Application API responses (the parts contacts use), as zod/mini schemas. Lenient
 * where Chatwoot versions differ (extra fields are ignored, most fields may be null), strict
 * where a wrong value would mislead (ids, timestamps, the blocked flag).
 */
import * as z from 'zod/mini';

/** Chatwoot ids are integers; a string id (some proxies, the test fake) is taken as is. */
export const chatwootId = z.pipe(
  z.union([z.number().check(z.int()), z.string().check(z.minLength(1))]),
  z.transform((id: number | string) => String(id)),
);

/** Unix seconds. */
const seconds = z.number();
const text = z.optional(z.nullable(z.string()));
const record = z.optional(z.nullable(z.record(z.string(), z.unknown())));

export const inboxWire = z.object({
  id: chatwootId,
  name: z.string(),
  channel_type: z.string(),
});
export type ChatwootInboxWire = z.output<typeof inboxWire>;

export const contactWire = z.object({
  id: chatwootId,
  name: text,
  email: text,
  phone_number: text,
  identifier: text,
  thumbnail: text,
  blocked: z.optional(z.boolean()),
  additional_attributes: record,
  custom_attributes: record,
  created_at: z.optional(z.nullable(seconds)),
  updated_at: z.optional(z.nullable(seconds)),
  last_activity_at: z.optional(z.nullable(seconds)),
  contact_inboxes: z.optional(z.array(z.object({ source_id: text, inbox: z.nullable(inboxWire) }))),
  /** Present in some versions' list views; otherwise labels come from `/contacts/{id}/labels`. */
  labels: z.optional(z.array(z.union([z.string(), z.object({ name: z.string() })]))),
});
export type ChatwootContactWire = z.output<typeof contactWire>;

export const contactListWire = z.object({
  meta: z.optional(
    z.object({
      count: z.optional(z.number()),
      current_page: z.optional(z.union([z.number(), z.string()])),
      has_more: z.optional(z.boolean()),
    }),
  ),
  payload: z.array(contactWire),
});

/** `GET /contacts/{id}` and `PATCH`: `{ payload: contact }`; `POST /contacts`: `{ payload: { contact } }`. */
export const contactShowWire = z.object({ payload: contactWire });
export const contactCreateWire = z.object({ payload: z.object({ contact: contactWire }) });

export const labelsOfContactWire = z.object({ payload: z.array(z.string()) });

export const labelWire = z.object({
  title: z.string().check(z.minLength(1)),
  color: text,
  description: text,
});

export const conversationWire = z.object({
  id: chatwootId,
  inbox_id: chatwootId,
  status: z.string(),
  last_activity_at: z.optional(z.nullable(seconds)),
  timestamp: z.optional(z.nullable(seconds)),
  unread_count: z.optional(z.nullable(z.number())),
  messages: z.optional(z.array(z.object({ content: text }))),
});

export const noteWire = z.object({
  id: chatwootId,
  content: z.string(),
  user: z.optional(z.nullable(z.object({ id: z.optional(chatwootId), name: z.optional(z.nullable(z.string())) }))),
  created_at: seconds,
});

export const attributeDefinitionWire = z.object({
  attribute_key: z.string(),
  attribute_display_name: z.string(),
  attribute_display_type: z.string(),
  attribute_description: text,
  attribute_values: z.optional(z.nullable(z.array(z.string()))),
});

export const contactableInboxesWire = z.object({
  payload: z.array(z.object({ source_id: text, inbox: inboxWire })),
});

export const customFilterWire = z.object({
  id: chatwootId,
  name: z.string(),
  query: z.unknown(),
});

export const payloadOf = <T extends z.ZodMiniType>(item: T) => z.object({ payload: z.array(item) });

/** Chatwoot's 422 body: `{ message, attributes }` (record invalid) or `{ error }` / `{ errors }`. */
export const errorBodyWire = z.object({
  message: z.optional(z.string()),
  error: z.optional(z.string()),
  attributes: z.optional(z.array(z.string())),
});
