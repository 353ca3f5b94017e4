/**
 * The JSON forms of the REST API (`api/openapi.yaml`), as zod/mini schemas that parse a
 * response into the model's types (ISO 8601 strings become `Date`s).
 *
 * Both ends use them: `RestContactSource` validates every response at the boundary (a record
 * that does not match is rejected naming the bad field, never half-rendered), and the
 * reference server revives seed data with them. Writing is plain `JSON.stringify`: a model
 * record serialises to exactly this form (`Date#toJSON` gives ISO 8601 in UTC).
 */
import * as z from 'zod/mini';
import {
  attributeTypeSchema,
  attributeValueSchema,
  channelIdentifierSchema,
  channelSchema,
  conversationStatusSchema,
  type AttributeDefinition,
  type Contact,
  type ConversationSummary,
  type Inbox,
  type Label,
  type Note,
} from '../../model/contact.js';
import { FIELD_ERROR_CODES, type FieldError } from '../../model/field-error.js';
import { OPERATORS, SORT_FIELDS, type Condition, type ConditionField, type ContactQuery } from '../../model/query.js';
import { DUPLICATE_REASONS, type Capabilities } from '../source.js';
import { SOURCE_ERROR_KINDS, type ConflictDetail, type SourceErrorKind } from '../errors.js';

/** An ISO 8601 instant with a zone (`2026-11-20T12:00:00.000Z`) read as a `Date`. */
const instant = z.pipe(
  z.iso.datetime({ offset: true }),
  z.transform((text: string) => new Date(text)),
);

const nonEmpty = z.string().check(z.minLength(1));

export const contactWire = z.object({
  id: nonEmpty,
  name: z.string(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  avatarUrl: z.optional(z.string()),
  country: z.optional(z.string()),
  language: z.optional(z.string()),
  sourceChannel: z.optional(channelSchema),
  channels: z.array(channelIdentifierSchema),
  labels: z.array(z.string()),
  attributes: z.record(z.string(), attributeValueSchema),
  createdAt: instant,
  lastActivityAt: z.nullable(instant),
  block: z.nullable(
    z.object({
      until: z.nullable(instant),
      reason: z.optional(z.string()),
      blockedAt: instant,
    }),
  ),
  conversationStatuses: z.array(conversationStatusSchema),
});

export const contactPageWire = z.object({
  items: z.array(contactWire),
  nextCursor: z.optional(nonEmpty),
  total: z.optional(z.number().check(z.int(), z.nonnegative())),
});

export const labelWire = z.object({
  name: nonEmpty,
  color: z.string(),
  description: z.optional(z.string()),
});

export const attributeDefinitionWire = z.object({
  key: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  displayName: z.string(),
  type: attributeTypeSchema,
  options: z.optional(z.array(z.string())),
  description: z.optional(z.string()),
});

export const conversationWire = z.object({
  id: z.string(),
  inboxId: z.string(),
  inboxName: z.string(),
  channel: channelSchema,
  status: conversationStatusSchema,
  lastActivityAt: instant,
  preview: z.optional(z.string()),
  unreadCount: z.optional(z.number()),
});

export const noteWire = z.object({
  id: nonEmpty,
  text: z.string(),
  author: z.optional(z.object({ id: z.optional(z.string()), name: z.string() })),
  createdAt: instant,
});

export const inboxWire = z.object({
  id: z.string(),
  name: z.string(),
  channel: channelSchema,
  canWriteFirst: z.boolean(),
});

export const duplicateWire = z.object({
  contact: contactWire,
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
});

const operatorSchema = z.enum(Object.keys(OPERATORS) as [keyof typeof OPERATORS, ...(keyof typeof OPERATORS)[]]);

/** `name`, `email`, … or `attributes.<key>`; whether the source knows it is checked there. */
const conditionField = z.custom<ConditionField>((value) => typeof value === 'string' && value.length > 0);

export const conditionWire = z.object({
  field: conditionField,
  operator: operatorSchema,
  value: z.optional(
    z.union([
      z.string(),
      z.number(),
      z.array(z.string()),
      z.tuple([z.number(), z.number()]),
      z.tuple([z.string(), z.string()]),
    ]),
  ),
});

export const queryWire = z.object({
  search: z.optional(z.string()),
  labels: z.optional(z.array(z.string())),
  labelMatch: z.optional(z.enum(['any', 'all'])),
  conditions: z.optional(z.array(conditionWire)),
  match: z.optional(z.enum(['all', 'any'])),
  sort: z.optional(z.object({ field: z.enum(SORT_FIELDS), direction: z.enum(['asc', 'desc']) })),
});

export const segmentWire = z.object({
  id: nonEmpty,
  name: z.string(),
  query: queryWire,
});

/** What a server supports (`GET capabilities`); flags it leaves out keep the client's default. */
export const capabilitiesWire = z.partial(
  z.object({
    createContact: z.boolean(),
    updateContact: z.boolean(),
    deleteContact: z.boolean(),
    block: z.boolean(),
    timedBlock: z.boolean(),
    blockReason: z.boolean(),
    merge: z.boolean(),
    mergeFieldChoices: z.boolean(),
    editLabels: z.boolean(),
    createLabels: z.boolean(),
    notes: z.boolean(),
    deleteNotes: z.boolean(),
    conversations: z.boolean(),
    outboundInboxes: z.boolean(),
    duplicates: z.boolean(),
    segments: z.boolean(),
    live: z.boolean(),
    total: z.boolean(),
    sortFields: z.array(z.enum(SORT_FIELDS)),
  }),
);

/** `{ items: [...] }`: every collection is wrapped, so a list can grow paging later. */
export function itemsOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item) });
}

export const changeWire = z.discriminatedUnion('type', [
  z.object({ type: z.literal('created'), contact: contactWire }),
  z.object({ type: z.literal('updated'), contact: contactWire }),
  z.object({ type: z.literal('deleted'), id: nonEmpty }),
  z.object({ type: z.literal('merged'), contact: contactWire, removedId: nonEmpty }),
  z.object({ type: z.literal('labels-changed') }),
  z.object({ type: z.literal('notes-changed'), contactId: nonEmpty }),
  z.object({ type: z.literal('segments-changed') }),
]);

/**
 * An error body: RFC 9457 problem details (`application/problem+json`) with this API's
 * extensions. Read leniently: a client maps the HTTP status first, the body only adds detail.
 */
export const problemWire = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
  kind: z.optional(z.enum(SOURCE_ERROR_KINDS)),
  fieldErrors: z.optional(
    z.array(
      z.object({
        field: z.string(),
        code: z.enum(FIELD_ERROR_CODES),
        params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
      }),
    ),
  ),
  conflicts: z.optional(
    z.array(z.object({ field: z.string(), contactId: z.string(), contactName: z.optional(z.string()) })),
  ),
});

export type ProblemDetails = z.infer<typeof problemWire>;

/** The HTTP status each kind is sent with (the inverse of the client's mapping). */
export const STATUS_OF_KIND: Readonly<Record<SourceErrorKind, number>> = {
  network: 502,
  timeout: 504,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  invalid: 422,
  'rate-limited': 429,
  server: 500,
  aborted: 499,
};

// Compile-time checks that the wire forms parse to exactly the model's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
export type _WireMatchesModel = [
  Expect<Same<z.output<typeof contactWire>, Contact>>,
  Expect<Same<Required<z.output<typeof capabilitiesWire>> extends Omit<Capabilities, 'sortFields'> ? true : false, true>>,
  Expect<Same<keyof Capabilities, keyof z.output<typeof capabilitiesWire>>>,
  Expect<Same<z.output<typeof labelWire>, Label>>,
  Expect<Same<z.output<typeof attributeDefinitionWire>, AttributeDefinition>>,
  Expect<Same<z.output<typeof conversationWire>, ConversationSummary>>,
  Expect<Same<z.output<typeof noteWire>, Note>>,
  Expect<Same<z.output<typeof inboxWire>, Inbox>>,
  Expect<Same<z.output<typeof segmentWire>['query'] extends ContactQuery ? true : false, true>>,
  Expect<Same<z.output<typeof conditionWire> extends Condition ? true : false, true>>,
  Expect<Same<z.output<typeof problemWire>['conflicts'], ConflictDetail[] | undefined>>,
  Expect<Same<NonNullable<z.output<typeof problemWire>['fieldErrors']>[number], FieldError>>,
];
