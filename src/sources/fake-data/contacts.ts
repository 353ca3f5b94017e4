/**
 * The contacts: one pass, one seeded stream, no per-contact `Intl` or heavy regex, so 100,000
 * contacts take a fraction of a second.
 */
import { CONVERSATION_STATUSES, type Channel, type ConversationStatus } from '../../model/channels.js';
import type { AttributeValue, BlockState, ChannelIdentifier, Contact } from '../../model/contact.js';
import {
  BLOCK_REASONS,
  INTERNATIONAL_COMPANIES,
  LABEL_WEIGHTS,
  PLANS,
  TIERS,
  labelCatalog,
  localCompanies,
  type Company,
} from './catalog.js';
import { CULTURES, CULTURE_TABLE, type Culture, type NamePart } from './cultures.js';
import { duplicateName, nearIdenticalName, randomIdentity, type Identity } from './identity.js';
import {
  createRandom,
  deriveSeed,
  pick,
  pickWeighted,
  randomBetween,
  randomInt,
  weightedTable,
  type Random,
} from './random.js';
import {
  ANONYMOUS_CHANNELS,
  PHONE_CHANNELS,
  Registry,
  channelIdentifier,
  contactChannels,
  emailInOtherCase,
  uniqueEmail,
  uniquePhone,
  type Reach,
} from './reach.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Contacts were created over the last three years. */
const HISTORY_MS = 3 * 365 * DAY_MS;

const NEVER_ACTIVE_SHARE = 0.05;
const BLOCKED_SHARE = 0.02;
const MISSING_CONTACT_INFO_SHARE = 0.03;
const DUPLICATE_SHARE = 0.01;

const LABEL_NAMES = labelCatalog().map((label) => label.name);
const LABEL_TABLE = weightedTable(LABEL_NAMES.map((name, bit) => [bit, LABEL_WEIGHTS[name] ?? 1] as const));
const SPAM_SUSPECT_BIT = LABEL_NAMES.indexOf('spam-suspect');
const PLAN_TABLE = weightedTable<string>([
  [PLANS[0], 55],
  [PLANS[1], 35],
  [PLANS[2], 10],
]);
const TIER_TABLE = weightedTable<string>([
  [TIERS[0], 45],
  [TIERS[1], 30],
  [TIERS[2], 18],
  [TIERS[3], 7],
]);
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Channels a duplicate found by phone may come from, besides the original's. */
const PHONE_DUPLICATE_CHANNELS: readonly Channel[] = ['whatsapp', 'phone', 'viber', 'sms', 'telegram'];

export interface GeneratedContacts {
  readonly contacts: Contact[];
  /** Index into CULTURES per contact: the language it writes in, also when not recorded. */
  readonly cultures: Uint8Array;
}

/**
 * What a duplicate needs to know about its original beyond the record. Kept as parallel arrays
 * of references to shared values: one object per contact would add to what the GC must copy.
 */
interface Originals {
  readonly cultures: Uint8Array;
  readonly regions: string[];
  readonly firstParts: NamePart[];
  readonly lastParts: (NamePart | undefined)[];
}

/** The person behind one contact, before it becomes a record. */
interface Person {
  readonly culture: Culture;
  readonly identity: Identity;
  /** Where the person lives: the phone's region when there is a phone. */
  readonly region: string;
  readonly reach: Reach;
  readonly sourceChannel: Channel;
  readonly channels: ChannelIdentifier[];
  readonly company: Company | undefined;
}

export function generateContacts(count: number, seed: number, nowMs: number): GeneratedContacts {
  const random = createRandom(deriveSeed(seed, -1, 0));
  const registry = new Registry();
  const idWidth = Math.max(5, String(count).length);
  const contacts: Contact[] = [];
  const originals: Originals = { cultures: new Uint8Array(count), regions: [], firstParts: [], lastParts: [] };

  for (let index = 0; index < count; index++) {
    const original = index > 0 && random() < DUPLICATE_SHARE ? randomInt(random, index) : -1;
    const person =
      original >= 0
        ? duplicateOf(random, registry, contacts[original] as Contact, original, originals)
        : newPerson(random, registry);
    const { identity, reach } = person;

    // Created over three years, more recently more often; last active mostly soon before now.
    const createdAgo = Math.max(MINUTE_MS, Math.floor(HISTORY_MS * random() ** 1.4));
    const createdMs = roundToSecond(nowMs - createdAgo);
    const lastActivityMs =
      random() < NEVER_ACTIVE_SHARE ? null : Math.max(createdMs, roundToSecond(nowMs - createdAgo * random() ** 3));
    const block = random() < BLOCKED_SHARE ? randomBlock(random, createdMs, nowMs) : null;
    const contact: Contact = {
      id: 'c' + String(index + 1).padStart(idWidth, '0'),
      name: identity.name,
      sourceChannel: person.sourceChannel,
      channels: person.channels,
      labels: randomLabels(random, block !== null),
      attributes: randomAttributes(random, index, nowMs, person.company),
      createdAt: new Date(createdMs),
      lastActivityAt: lastActivityMs === null ? null : new Date(lastActivityMs),
      block,
      conversationStatuses: lastActivityMs === null ? [] : randomStatuses(random, nowMs - lastActivityMs),
    };
    if (identity.firstName !== undefined) contact.firstName = identity.firstName;
    if (identity.lastName !== undefined) contact.lastName = identity.lastName;
    if (reach.email !== undefined) contact.email = reach.email;
    if (reach.phone !== undefined) contact.phone = reach.phone;
    // The country follows the phone; without one, it is sometimes known from the web chat.
    if (reach.phone !== undefined || random() < 0.7) contact.country = person.region;
    if (random() < 0.93) contact.language = person.culture.language;
    contacts.push(contact);
    originals.cultures[index] = person.culture.index;
    originals.regions.push(person.region);
    originals.firstParts.push(identity.first);
    originals.lastParts.push(identity.last);
  }
  return { contacts, cultures: originals.cultures };
}

function randomCompany(random: Random, culture: Culture): Company | undefined {
  if (random() >= 0.35) return undefined;
  return pick(random, random() < 0.6 ? localCompanies(culture.key) : INTERNATIONAL_COMPANIES);
}

const NO_REACH: Reach = { phone: undefined, email: undefined };

function newPerson(random: Random, registry: Registry): Person {
  const culture = pickWeighted(random, CULTURE_TABLE);
  const identity = randomIdentity(random, culture);
  const region = pickWeighted(random, culture.regions);
  const company = randomCompany(random, culture);
  if (random() < MISSING_CONTACT_INFO_SHARE) {
    const sourceChannel = pickWeighted(random, ANONYMOUS_CHANNELS);
    const channels = contactChannels(random, registry, sourceChannel, identity, NO_REACH);
    return { culture, identity, region, reach: NO_REACH, sourceChannel, channels, company };
  }
  const sourceChannel = pickWeighted(random, culture.sourceChannels);
  let hasPhone: boolean;
  let hasEmail: boolean;
  if (PHONE_CHANNELS.has(sourceChannel)) [hasPhone, hasEmail] = [true, random() < 0.3];
  else if (sourceChannel === 'email') [hasPhone, hasEmail] = [random() < 0.25, true];
  else if (sourceChannel === 'telegram') [hasPhone, hasEmail] = [random() < 0.55, random() < 0.2];
  else [hasPhone, hasEmail] = [random() < 0.5, random() < 0.55];
  // Everyone else left at least one way to reach them.
  if (!hasPhone && !hasEmail) hasEmail = true;
  const reach: Reach = {
    phone: hasPhone ? uniquePhone(random, registry, region) : undefined,
    email: hasEmail ? uniqueEmail(random, registry, culture, identity, company) : undefined,
  };
  const channels = contactChannels(random, registry, sourceChannel, identity, reach);
  return { culture, identity, region, reach, sourceChannel, channels, company };
}

/**
 * The same person again, on another channel: sharing the phone, or the e-mail in other letter
 * case, or only a near-identical name (merge suggestions and the merge dialog need all three).
 */
function duplicateOf(
  random: Random,
  registry: Registry,
  original: Contact,
  originalIndex: number,
  originals: Originals,
): Person {
  const culture = CULTURES[originals.cultures[originalIndex] as number] as Culture;
  const last = originals.lastParts[originalIndex];
  const originalIdentity: Identity = {
    name: original.name,
    ...(original.firstName !== undefined ? { firstName: original.firstName } : {}),
    ...(original.lastName !== undefined ? { lastName: original.lastName } : {}),
    first: originals.firstParts[originalIndex] as NamePart,
    ...(last ? { last } : {}),
  };
  let region = originals.regions[originalIndex] as string;
  const roll = random();
  const company = randomCompany(random, culture);
  let sourceChannel: Channel;
  let identity: Identity;
  let reach: Reach;
  if (original.phone !== undefined && (roll < 0.4 || original.email === undefined)) {
    identity = duplicateName(random, originalIdentity);
    sourceChannel = pick(random, PHONE_DUPLICATE_CHANNELS.filter((channel) => channel !== original.sourceChannel));
    region = original.country ?? region;
    reach = { phone: original.phone, email: undefined };
  } else if (original.email !== undefined && roll < 0.7) {
    identity = duplicateName(random, originalIdentity);
    sourceChannel = original.sourceChannel === 'email' ? 'webchat' : 'email';
    reach = { phone: undefined, email: emailInOtherCase(random, original.email) };
  } else {
    // Only the name ties them: the WhatsApp customer who later wrote from an e-mail address.
    identity = nearIdenticalName(random, originalIdentity);
    if (original.phone !== undefined || original.sourceChannel === 'whatsapp') {
      sourceChannel = 'email';
      reach = { phone: undefined, email: uniqueEmail(random, registry, culture, identity, company) };
    } else {
      sourceChannel = 'whatsapp';
      reach = { phone: uniquePhone(random, registry, region), email: undefined };
    }
  }
  const channels = [channelIdentifier(random, registry, sourceChannel, identity, reach)];
  return { culture, identity, region, reach, sourceChannel, channels, company };
}

function roundToSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** Half for a while (an hour to four weeks from now), some expired already, the rest forever. */
function randomBlock(random: Random, createdMs: number, nowMs: number): BlockState {
  const age = nowMs - createdMs;
  const roll = random();
  const reason = random() < 0.6 ? pick(random, BLOCK_REASONS) : undefined;
  let blockedMs: number;
  let untilMs: number | null;
  if (roll < 0.5) {
    blockedMs = nowMs - Math.min(age, random() * 7 * DAY_MS);
    untilMs = nowMs + HOUR_MS + Math.floor(random() ** 2 * 28 * DAY_MS);
  } else if (roll < 0.65 && age > 2 * DAY_MS) {
    // Expired: the model must no longer count these as blocked.
    untilMs = nowMs - HOUR_MS - random() * Math.min(60 * DAY_MS, age / 2);
    blockedMs = untilMs - HOUR_MS - random() * Math.min(30 * DAY_MS, untilMs - createdMs - HOUR_MS);
  } else {
    blockedMs = nowMs - random() * age;
    untilMs = null;
  }
  return {
    until: untilMs === null ? null : new Date(roundToSecond(untilMs)),
    ...(reason ? { reason } : {}),
    blockedAt: new Date(Math.max(createdMs, roundToSecond(blockedMs))),
  };
}

/**
 * The distinct statuses of the contact's conversations: recent contacts often have one open or
 * pending; almost everyone has resolved ones.
 */
function randomStatuses(random: Random, sinceLastMs: number): ConversationStatus[] {
  const recent = sinceLastMs < 2 * DAY_MS;
  const thisFortnight = sinceLastMs < 14 * DAY_MS;
  let mask = 0;
  if (random() < (recent ? 0.45 : thisFortnight ? 0.15 : 0.03)) mask |= 1;
  if (random() < (recent ? 0.15 : thisFortnight ? 0.08 : 0.02)) mask |= 2;
  if (random() < (thisFortnight ? 0.06 : 0.015)) mask |= 4;
  if (mask === 0 || random() < 0.85) mask |= 8;
  // A copy of the canonical array: exactly as long as needed (`push` would reserve 17 slots).
  return (STATUS_SETS[mask] as ConversationStatus[]).slice();
}

/** Status sets by bit mask (open 1, pending 2, snoozed 4, resolved 8), in canonical order. */
const STATUS_SETS = Array.from({ length: 16 }, (_, mask) =>
  CONVERSATION_STATUSES.filter((_, bit) => mask & (1 << bit)),
);

/** 0–4 labels, most contacts none or one; in catalogue order. */
function randomLabels(random: Random, blocked: boolean): string[] {
  const roll = random();
  const count = roll < 0.45 ? 0 : roll < 0.75 ? 1 : roll < 0.9 ? 2 : roll < 0.97 ? 3 : 4;
  // A blocked contact is often suspected of spam; that counts as one of its labels.
  let bits = 0;
  let picked = 0;
  if (blocked && random() < 0.5) {
    bits = 1 << SPAM_SUSPECT_BIT;
    picked = 1;
  }
  for (; picked < count; picked++) bits |= 1 << pickWeighted(random, LABEL_TABLE);
  if (bits === 0) return [];
  const labels = LABEL_SCRATCH;
  labels.length = 0;
  for (let bit = 0; bits !== 0; bit++, bits >>>= 1) {
    if (bits & 1) labels.push(LABEL_NAMES[bit] as string);
  }
  return labels.slice();
}

const LABEL_SCRATCH: string[] = [];

function calendarDate(year: number, month: number, day: number): string {
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** A random subset of the custom attributes, each value of its definition's type. */
function randomAttributes(
  random: Random,
  index: number,
  nowMs: number,
  company: Company | undefined,
): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  if (company) attributes['company'] = company.name;
  if (random() < 0.5) {
    const orders = random() < 0.15 ? 0 : 1 + Math.floor(60 * random() ** 3);
    attributes['orders_count'] = orders;
    if (orders > 0 && random() < 0.8) {
      attributes['lifetime_value'] = Math.round(orders * (15 + random() * 180) * 100) / 100;
    }
  }
  if (random() < 0.18) {
    const month = 1 + randomInt(random, 12);
    const day = 1 + randomInt(random, DAYS_IN_MONTH[month - 1] as number);
    attributes['birthday'] = calendarDate(randomBetween(random, 1950, 2007), month, day);
  }
  if (random() < 0.45) {
    const plan = pickWeighted(random, PLAN_TABLE);
    attributes['plan'] = plan;
    if (plan !== 'free' && random() < 0.8) {
      const renewal = new Date(nowMs + (randomBetween(random, -20, 365) * DAY_MS));
      attributes['renewal_date'] = calendarDate(
        renewal.getUTCFullYear(),
        renewal.getUTCMonth() + 1,
        renewal.getUTCDate(),
      );
    }
  }
  if (random() < 0.25) attributes['tier'] = pickWeighted(random, TIER_TABLE);
  if (random() < 0.4) attributes['newsletter_opt_in'] = random() < 0.6;
  if (random() < 0.3) attributes['crm_url'] = `https://crm.example.com/contacts/${100_000 + index}`;
  if (company && random() < 0.6) attributes['website'] = `https://www.${company.domain}/`;
  return attributes;
}
