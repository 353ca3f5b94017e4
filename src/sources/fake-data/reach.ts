/**
 * How to reach a fake person: unique phone numbers, e-mail addresses and messenger identifiers,
 * each consistent with the person's name and country.
 */
import type { Channel } from '../../model/channels.js';
import type { ChannelIdentifier } from '../../model/contact.js';
import type { Company } from './catalog.js';
import type { Culture } from './cultures.js';
import type { Identity } from './identity.js';
import { randomPhone } from './phones.js';
import {
  pick,
  pickWeighted,
  randomBetween,
  randomDigits,
  randomHex,
  weightedTable,
  type Random,
} from './random.js';
import { HANDLE_WORDS } from './texts.js';

/** Channels whose identifier is the phone number. */
export const PHONE_CHANNELS: ReadonlySet<Channel> = new Set(['whatsapp', 'phone', 'viber', 'sms']);

/** Channels that reach a contact for whom we have neither e-mail nor phone. */
export const ANONYMOUS_CHANNELS = weightedTable<Channel>([
  ['webchat', 50],
  ['instagram', 30],
  ['facebook', 20],
]);

/** Channels a contact also uses besides the first one. */
const EXTRA_CHANNELS = weightedTable<Channel>([
  ['whatsapp', 5],
  ['email', 4],
  ['telegram', 2.5],
  ['phone', 2],
  ['viber', 1.5],
  ['instagram', 1],
  ['facebook', 1],
  ['webchat', 1],
  ['sms', 0.5],
]);

const [ADJECTIVES, NOUNS] = HANDLE_WORDS as [readonly string[], readonly string[]];

/** Identifiers handed out so far: phones, e-mail addresses and Telegram usernames are unique. */
export class Registry {
  readonly phones = new Set<string>();
  readonly emails = new Set<string>();
  readonly usernames = new Set<string>();
}

export function uniquePhone(random: Random, registry: Registry, region: string): string {
  let phone = randomPhone(random, region);
  while (registry.phones.has(phone)) phone = randomPhone(random, region);
  registry.phones.add(phone);
  return phone;
}

function handle(random: Random): string {
  const roll = random();
  const words = pick(random, ADJECTIVES) + (roll < 0.3 ? '.' : roll < 0.4 ? '_' : '') + pick(random, NOUNS);
  return random() < 0.6 ? words + randomBetween(random, 1, 99) : words;
}

function birthYearSuffix(random: Random): string {
  const year = randomBetween(random, 1960, 2006);
  return random() < 0.6 ? String(year % 100).padStart(2, '0') : String(year);
}

function emailLocalPart(random: Random, identity: Identity): string {
  const first = identity.first.ascii;
  const last = identity.last?.ascii ?? '';
  const roll = random();
  if (!first || roll < 0.14) return handle(random);
  if (!last) return roll < 0.6 ? first + birthYearSuffix(random) : first + randomBetween(random, 1, 999);
  if (roll < 0.44) return first + '.' + last;
  if (roll < 0.56) return first + last;
  if (roll < 0.66) return first.charAt(0) + last;
  if (roll < 0.71) return first + '_' + last;
  if (roll < 0.76) return last + '.' + first;
  if (roll < 0.9) return first + '.' + last + birthYearSuffix(random);
  return first + randomBetween(random, 1, 999);
}

/**
 * A lower-case ASCII address derived from the romanised name (or a handle), at a provider the
 * culture uses or at the person's company.
 */
export function uniqueEmail(random: Random, registry: Registry, culture: Culture, identity: Identity, company?: Company): string {
  const domain = company && random() < 0.3 ? company.domain : pickWeighted(random, culture.emailDomains);
  // QQ addresses are mostly the account number.
  let local = domain === 'qq.com' && random() < 0.7 ? String(randomBetween(random, 10_000_000, 3_999_999_999)) : emailLocalPart(random, identity);
  let email = local + '@' + domain;
  for (let attempt = 0; registry.emails.has(email); attempt++) {
    local += attempt < 3 ? randomDigits(random, 1 + attempt) : String(attempt);
    email = local + '@' + domain;
  }
  registry.emails.add(email);
  return email;
}

/** The same address in other letter case: `Olena.Kovalenko@Gmail.com` (mail servers ignore it). */
export function emailInOtherCase(random: Random, email: string): string {
  if (random() < 0.3) return email.toUpperCase();
  const capitalised = email.replace(/(^|[._@])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
  return capitalised === email ? email.toUpperCase() : capitalised;
}

/** `@username` (unique, 5–32 characters) or a numeric user id, as Telegram reports contacts. */
function telegramIdentifier(random: Random, registry: Registry, identity: Identity): string {
  if (random() < 0.3) return String(randomBetween(random, 100_000_000, 7_999_999_999));
  const first = identity.first.ascii;
  const last = identity.last?.ascii ?? '';
  const roll = random();
  let username: string;
  if (!first || roll < 0.2) username = handle(random).replace('.', '_');
  else if (last && roll < 0.5) username = first + '_' + last;
  else if (last && roll < 0.7) username = first + last.charAt(0);
  else username = first + randomBetween(random, 1, 9999);
  username = username.slice(0, 28);
  while (username.length < 5 || registry.usernames.has(username)) username += randomDigits(random, 1);
  registry.usernames.add(username);
  return '@' + username;
}

function uuid(random: Random): string {
  const hex = randomHex(random, 32);
  const variant = '89ab'.charAt(Math.floor(random() * 4));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A contact's phone and e-mail (both keys always there: one object shape). */
export interface Reach {
  readonly phone: string | undefined;
  readonly email: string | undefined;
}

/** The identifier of a contact on a channel; phone and e-mail channels use the contact's own. */
export function channelIdentifier(
  random: Random,
  registry: Registry,
  channel: Channel,
  identity: Identity,
  reach: Reach,
): ChannelIdentifier {
  switch (channel) {
    case 'email':
      return { channel, identifier: reach.email ?? '' };
    case 'whatsapp':
    case 'phone':
    case 'viber':
    case 'sms':
      return { channel, identifier: reach.phone ?? '' };
    case 'telegram':
      return { channel, identifier: telegramIdentifier(random, registry, identity) };
    case 'webchat':
      return { channel, identifier: uuid(random) };
    case 'instagram':
    case 'facebook':
      // Page-scoped numeric ids, as the Graph API gives them.
      return { channel, identifier: String(randomBetween(random, 1, 9)) + randomDigits(random, 15) };
    case 'line':
      return { channel, identifier: 'U' + randomHex(random, 32) };
  }
}

/** Whether the contact's data allows this channel (a WhatsApp chat needs a phone number). */
export function canUse(channel: Channel, reach: Reach): boolean {
  if (PHONE_CHANNELS.has(channel)) return reach.phone !== undefined;
  if (channel === 'email') return reach.email !== undefined;
  return true;
}

/** The first channel, and for some contacts one or two more they also wrote from. */
export function contactChannels(
  random: Random,
  registry: Registry,
  source: Channel,
  identity: Identity,
  reach: Reach,
): ChannelIdentifier[] {
  const first = channelIdentifier(random, registry, source, identity, reach);
  const roll = random();
  const extra = roll < 0.72 ? 0 : roll < 0.93 ? 1 : 2;
  if (extra === 0) return [first];
  const channels = [first];
  const anonymous = reach.phone === undefined && reach.email === undefined;
  for (let attempt = 0; channels.length <= extra && attempt < 8; attempt++) {
    const channel = anonymous ? pickWeighted(random, ANONYMOUS_CHANNELS) : pickWeighted(random, EXTRA_CHANNELS);
    if (!canUse(channel, reach) || channels.some((existing) => existing.channel === channel)) continue;
    channels.push(channelIdentifier(random, registry, channel, identity, reach));
  }
  // A copy exactly as long as needed (`push` reserves 17 slots, kept as long as the contact).
  return channels.slice();
}
