/**
 * Where the reference server's data comes from: the fake-data generator (the demo), or a
 * dataset sent as JSON (tests send the contract seed), revived with the API's own wire
 * schemas so dates come back as `Date`s and a malformed seed fails loudly.
 */
import * as z from 'zod/mini';
import {
  attributeDefinitionWire,
  contactWire,
  conversationWire,
  inboxWire,
  labelWire,
  noteWire,
  segmentWire,
} from '../../src/sources/rest/wire.js';
import type { StoreData } from './contact-server.js';

const datasetWire = z.object({
  contacts: z.array(contactWire),
  labels: z.optional(z.array(labelWire)),
  attributeDefinitions: z.optional(z.array(attributeDefinitionWire)),
  inboxes: z.optional(z.array(inboxWire)),
  conversations: z.optional(z.record(z.string(), z.array(conversationWire))),
  notes: z.optional(z.record(z.string(), z.array(noteWire))),
  segments: z.optional(z.array(segmentWire)),
});

/** A dataset in its JSON form (what `JSON.stringify` makes of a seed). */
export function reviveData(json: unknown): StoreData {
  const result = z.safeParse(datasetWire, json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Malformed dataset at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}

/** The demo's generated contacts, the same on every machine for the same count and seed. */
export { demoData } from '../../src/sources/demo.js';
