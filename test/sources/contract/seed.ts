/**
 * The contract suite's seed: a small, hand-built dataset whose every record is there for a
 * reason, so a failing assertion can be read against it. Fresh objects on every call.
 *
 * Ids are `c01`…`c32`, names are ASCII where sort order matters (plus a few accented and
 * non-Latin ones for search). Times are at 12:00 UTC, far from any local day boundary, so date
 * conditions give the same answer in every time zone from UTC−11 to UTC+11.
 *
 * Reasons to exist:
 * - c01 Alice Anderson: the richest record (every attribute type, labels vip+customer,
 *   conversations and notes, a US phone for search in every formatting).
 * - c04/c05: the same email in different case (duplicate `email`, create/update conflict).
 * - c06/c07: the same phone (duplicate `phone`); the merge pair, both with history.
 * - c08/c09: near-identical names, nothing else shared (duplicate `name`).
 * - c10 blocked forever; c11 blocked until 2026-12-01; c12 block already expired.
 * - c13: neither email nor phone (came through web chat).
 * - c14, c15: Cyrillic and Arabic names; c16, c17: accented Latin names.
 * - c25/c26: the same `createdAt`; c26/c27: the same `lastActivityAt` (ties broken by id).
 * - c13, c23, c30: no `lastActivityAt` (sorted last in either direction).
 */
import type {
  AttributeDefinition,
  AttributeValue,
  Contact,
  ConversationSummary,
  Inbox,
  Label,
  Note,
} from '../../../src/model/contact.js';
import type { ContractSeed } from './contract.js';

/** The suite's clock: every seed time is relative to it. */
export const SEED_NOW = '2026-11-20T12:00:00.000Z';

const at = (iso: string) => new Date(iso.includes('T') ? iso : `${iso}T12:00:00.000Z`);

function labels(): Label[] {
  return [
    { name: 'vip', color: '#7c3aed', description: 'High-value customer' },
    { name: 'customer', color: '#16a34a' },
    { name: 'lead', color: '#2563eb' },
    { name: 'support', color: '#d97706' },
    { name: 'spam', color: '#dc2626' },
    { name: 'partner', color: '#0891b2' },
  ];
}

function attributeDefinitions(): AttributeDefinition[] {
  return [
    { key: 'company', displayName: 'Company', type: 'text' },
    { key: 'seats', displayName: 'Seats', type: 'number' },
    { key: 'renewal', displayName: 'Renewal date', type: 'date' },
    { key: 'plan', displayName: 'Plan', type: 'list', options: ['free', 'pro', 'enterprise'] },
    { key: 'verified', displayName: 'Verified', type: 'boolean' },
    { key: 'website', displayName: 'Website', type: 'link' },
  ];
}

function inboxes(): Inbox[] {
  return [
    { id: 'in-email', name: 'Support email', channel: 'email', canWriteFirst: true },
    { id: 'in-newsletter', name: 'Newsletter replies', channel: 'email', canWriteFirst: false },
    { id: 'in-phone', name: 'Call center', channel: 'phone', canWriteFirst: true },
    { id: 'in-whatsapp', name: 'WhatsApp Business', channel: 'whatsapp', canWriteFirst: true },
    { id: 'in-whatsapp-ads', name: 'WhatsApp click-to-chat', channel: 'whatsapp', canWriteFirst: false },
    { id: 'in-sms', name: 'SMS', channel: 'sms', canWriteFirst: true },
    { id: 'in-viber', name: 'Viber', channel: 'viber', canWriteFirst: true },
    { id: 'in-telegram', name: 'Telegram bot', channel: 'telegram', canWriteFirst: true },
    { id: 'in-webchat', name: 'Website chat', channel: 'webchat', canWriteFirst: false },
  ];
}

const INBOX_NAMES: Record<string, string> = {
  'in-email': 'Support email',
  'in-phone': 'Call center',
  'in-whatsapp': 'WhatsApp Business',
  'in-telegram': 'Telegram bot',
  'in-webchat': 'Website chat',
};

function conversation(
  id: string,
  inboxId: keyof typeof INBOX_NAMES & string,
  status: ConversationSummary['status'],
  lastActivityAt: string,
  preview?: string,
): ConversationSummary {
  const channel = (
    { 'in-email': 'email', 'in-phone': 'phone', 'in-whatsapp': 'whatsapp', 'in-telegram': 'telegram', 'in-webchat': 'webchat' } as const
  )[inboxId as 'in-email'];
  return {
    id,
    inboxId,
    inboxName: INBOX_NAMES[inboxId]!,
    channel,
    status,
    lastActivityAt: at(lastActivityAt),
    ...(preview ? { preview } : {}),
  };
}

/** Per contact, newest first. */
function conversations(): Record<string, ConversationSummary[]> {
  return {
    c01: [
      conversation('v-101', 'in-whatsapp', 'open', '2026-11-19', 'Can I upgrade to enterprise?'),
      conversation('v-102', 'in-email', 'resolved', '2026-09-02', 'Invoice for August'),
    ],
    c02: [conversation('v-201', 'in-email', 'resolved', '2026-11-10', 'Thanks!')],
    c03: [
      conversation('v-301', 'in-phone', 'pending', '2026-10-01'),
      conversation('v-302', 'in-email', 'resolved', '2026-05-20', 'Contract signed'),
    ],
    c06: [
      conversation('v-601', 'in-whatsapp', 'snoozed', '2026-11-05', 'Call me next week'),
      conversation('v-602', 'in-phone', 'resolved', '2026-08-15'),
    ],
    c07: [conversation('v-701', 'in-telegram', 'open', '2026-11-12', 'Is my order shipped?')],
    c13: [conversation('v-1301', 'in-webchat', 'open', '2026-11-18', 'Hello? Anyone there?')],
    c14: [conversation('v-1401', 'in-telegram', 'resolved', '2026-10-20', 'Дякую!')],
  };
}

function note(id: string, text: string, createdAt: string, author = 'Maria Agent'): Note {
  return { id, text, author: { id: 'agent-7', name: author }, createdAt: at(createdAt) };
}

/** Per contact, newest first. */
function notes(): Record<string, Note[]> {
  return {
    c01: [
      note('n-101', 'Wants a quote for 50 seats.', '2026-11-18'),
      note('n-102', 'Prefers WhatsApp over email.', '2026-06-01', 'Oleh Agent'),
    ],
    c06: [note('n-601', 'Same phone as Frank Fischer: family number?', '2026-11-06')],
    c07: [
      note('n-701', 'Asked to be called after 18:00.', '2026-11-13'),
      note('n-702', 'First contact via Telegram.', '2026-03-03'),
    ],
  };
}

interface ContactSpec {
  name: string;
  email?: string;
  phone?: string;
  country?: string;
  language?: string;
  sourceChannel?: Contact['sourceChannel'];
  channels?: Contact['channels'];
  labels?: string[];
  attributes?: Record<string, AttributeValue>;
  createdAt: string;
  lastActivityAt: string | null;
  block?: { until: string | null; reason?: string; blockedAt: string };
}

const SPECS: Record<string, ContactSpec> = {
  c01: {
    name: 'Alice Anderson',
    email: 'alice@example.com',
    phone: '+14155550101',
    country: 'US',
    language: 'en',
    sourceChannel: 'whatsapp',
    channels: [
      { channel: 'whatsapp', identifier: '+14155550101' },
      { channel: 'email', identifier: 'alice@example.com' },
    ],
    labels: ['vip', 'customer'],
    attributes: {
      company: 'Anderson Labs',
      seats: 12,
      renewal: '2027-01-15',
      plan: 'pro',
      verified: true,
      website: 'https://alice.example.com/',
    },
    createdAt: '2025-01-10',
    lastActivityAt: '2026-11-19',
  },
  c02: {
    name: 'Bob Brown',
    email: 'bob@example.com',
    phone: '+442079460002',
    country: 'GB',
    sourceChannel: 'email',
    labels: ['lead'],
    attributes: { plan: 'free', seats: 1, renewal: '2025-06-30', verified: false },
    createdAt: '2025-02-14',
    lastActivityAt: '2026-11-10',
  },
  c03: {
    name: 'Carla Cruz',
    email: 'carla@example.org',
    phone: '+34911230003',
    country: 'ES',
    language: 'es',
    sourceChannel: 'phone',
    labels: ['customer'],
    attributes: { company: 'Northwind Logistics', plan: 'enterprise', seats: 250, renewal: '2026-12-31', verified: false },
    createdAt: '2025-03-01',
    lastActivityAt: '2026-10-01',
  },
  c04: {
    name: 'Daniel Dubois',
    email: 'daniel.dubois@example.fr',
    country: 'FR',
    sourceChannel: 'email',
    labels: ['lead'],
    createdAt: '2025-04-02',
    lastActivityAt: '2026-09-15',
  },
  c05: {
    name: 'Eve Martin',
    email: 'Daniel.Dubois@example.fr',
    phone: '+33612345678',
    country: 'FR',
    sourceChannel: 'whatsapp',
    createdAt: '2026-06-10',
    lastActivityAt: '2026-11-01',
  },
  c06: {
    name: 'Emma Evans',
    email: 'emma@evans.example',
    phone: '+380671234567',
    country: 'UA',
    language: 'uk',
    sourceChannel: 'whatsapp',
    channels: [{ channel: 'whatsapp', identifier: '+380671234567' }],
    labels: ['customer'],
    attributes: { company: 'Evans & Co', plan: 'pro' },
    createdAt: '2025-05-05',
    lastActivityAt: '2026-11-05',
  },
  c07: {
    name: 'Frank Fischer',
    email: 'frank@fischer.example',
    phone: '+380671234567',
    country: 'UA',
    sourceChannel: 'telegram',
    channels: [{ channel: 'telegram', identifier: '@frankfischer' }],
    labels: ['vip', 'support'],
    attributes: { company: 'Fischer GmbH', seats: 40 },
    createdAt: '2025-03-20',
    lastActivityAt: '2026-11-12',
  },
  c08: {
    name: 'Grace Green',
    email: 'grace@green.example',
    phone: '+61412345678',
    country: 'AU',
    sourceChannel: 'email',
    createdAt: '2025-06-01',
    lastActivityAt: '2026-07-07',
  },
  c09: {
    name: 'grace green',
    email: 'ggreen@work.example',
    sourceChannel: 'email',
    labels: ['lead'],
    createdAt: '2026-07-01',
    lastActivityAt: '2026-07-02',
  },
  c10: {
    name: 'Hugo Hall',
    email: 'hugo@hall.example',
    phone: '+4915112340010',
    sourceChannel: 'phone',
    labels: ['spam'],
    createdAt: '2025-07-15',
    lastActivityAt: '2026-09-30',
    block: { until: null, reason: 'Abusive language', blockedAt: '2026-10-01' },
  },
  c11: {
    name: 'Irene Ito',
    email: 'irene@ito.example',
    phone: '+819012345678',
    country: 'JP',
    sourceChannel: 'sms',
    labels: ['spam'],
    createdAt: '2025-08-08',
    lastActivityAt: '2026-11-15',
    block: { until: '2026-12-01', reason: 'Repeated spam', blockedAt: '2026-11-15' },
  },
  c12: {
    name: 'Jack Jones',
    email: 'jack@jones.example',
    sourceChannel: 'email',
    labels: ['support'],
    createdAt: '2025-09-09',
    lastActivityAt: '2026-10-28',
    block: { until: '2026-11-01', reason: 'Cooling off', blockedAt: '2026-10-25' },
  },
  c13: {
    name: 'Kate Kim',
    sourceChannel: 'webchat',
    channels: [{ channel: 'webchat', identifier: 'visitor-8f3a' }],
    createdAt: '2026-11-18',
    lastActivityAt: null,
  },
  c14: {
    name: 'Олена Коваленко',
    phone: '+380501112233',
    country: 'UA',
    language: 'uk',
    sourceChannel: 'telegram',
    channels: [{ channel: 'telegram', identifier: '@olena_k' }],
    labels: ['customer'],
    createdAt: '2025-10-10',
    lastActivityAt: '2026-10-20',
  },
  c15: {
    name: 'محمد العلي',
    phone: '+971501234567',
    country: 'AE',
    language: 'ar',
    sourceChannel: 'whatsapp',
    channels: [{ channel: 'whatsapp', identifier: '+971501234567' }],
    labels: ['lead'],
    createdAt: '2025-11-11',
    lastActivityAt: '2026-08-08',
  },
  c16: {
    name: 'Zoë Faure',
    email: 'zf@faure.example',
    country: 'FR',
    sourceChannel: 'email',
    createdAt: '2025-12-12',
    lastActivityAt: '2026-06-06',
  },
  c17: {
    name: 'José Núñez',
    email: 'jn@example.mx',
    phone: '+525512345678',
    country: 'MX',
    language: 'es',
    sourceChannel: 'whatsapp',
    labels: ['customer'],
    createdAt: '2026-01-05',
    lastActivityAt: '2026-11-11',
  },
  c18: {
    name: 'Liam Lopez',
    email: 'liam@lopez.example',
    sourceChannel: 'email',
    labels: ['lead', 'support'],
    attributes: { plan: 'free' },
    createdAt: '2026-01-20',
    lastActivityAt: '2026-10-10',
  },
  c19: {
    name: 'Mia Moore',
    phone: '+4915112345678',
    country: 'DE',
    sourceChannel: 'sms',
    createdAt: '2026-02-02',
    lastActivityAt: '2026-11-02',
  },
  c20: {
    name: 'Noah Nguyen',
    phone: '+84912345678',
    country: 'VN',
    sourceChannel: 'viber',
    channels: [{ channel: 'viber', identifier: '+84912345678' }],
    labels: ['partner'],
    createdAt: '2026-02-20',
    lastActivityAt: '2026-09-09',
  },
  c21: {
    name: 'Olivia Olsen',
    email: 'olivia@olsen.example',
    sourceChannel: 'email',
    labels: ['vip'],
    attributes: { verified: true },
    createdAt: '2026-03-03',
    lastActivityAt: '2026-11-03',
  },
  c22: {
    name: 'Paul Park',
    phone: '+821012345678',
    country: 'KR',
    sourceChannel: 'telegram',
    channels: [{ channel: 'telegram', identifier: '@paulpark' }],
    createdAt: '2026-03-30',
    lastActivityAt: '2026-10-30',
  },
  c23: {
    name: 'Quinn Quarles',
    email: 'quinn@example.net',
    sourceChannel: 'email',
    labels: ['support'],
    createdAt: '2026-04-04',
    lastActivityAt: null,
  },
  c24: {
    name: 'Rosa Rossi',
    phone: '+393331234567',
    country: 'IT',
    language: 'it',
    sourceChannel: 'whatsapp',
    labels: ['customer', 'vip'],
    attributes: { plan: 'pro', seats: 5, renewal: '2026-11-15', company: 'Rossi Moda' },
    createdAt: '2026-04-20',
    lastActivityAt: '2026-11-17',
  },
  c25: {
    name: 'Sam Smith',
    email: 'sam@smith.example',
    phone: '+12125550125',
    country: 'US',
    sourceChannel: 'phone',
    attributes: { website: 'https://smith.example/shop' },
    createdAt: '2026-05-05',
    lastActivityAt: '2026-11-14',
  },
  c26: {
    name: 'Tara Taylor',
    email: 'tara@taylor.example',
    sourceChannel: 'email',
    createdAt: '2026-05-05',
    lastActivityAt: '2026-10-15',
  },
  c27: {
    name: 'Uma Usman',
    phone: '+923001234567',
    country: 'PK',
    sourceChannel: 'whatsapp',
    createdAt: '2026-06-01',
    lastActivityAt: '2026-10-15',
  },
  c28: {
    name: 'Victor Vance',
    email: 'victor@vance.example',
    sourceChannel: 'email',
    labels: ['lead'],
    attributes: { plan: 'free', renewal: '2026-11-20', seats: 0 },
    createdAt: '2026-07-20',
    lastActivityAt: '2026-11-16',
  },
  c29: {
    name: 'Wendy Wu',
    email: 'wendy@wu.example',
    phone: '+8613800138000',
    country: 'CN',
    sourceChannel: 'phone',
    createdAt: '2026-08-18',
    lastActivityAt: '2026-11-18',
  },
  c30: {
    name: 'Xavier Xu',
    email: 'xavier@xu.example',
    sourceChannel: 'email',
    createdAt: '2026-09-25',
    lastActivityAt: null,
  },
  c31: {
    name: 'Yara Young',
    email: 'yara@young.example',
    phone: '+5511987654321',
    country: 'BR',
    language: 'pt-BR',
    sourceChannel: 'whatsapp',
    createdAt: '2026-10-30',
    lastActivityAt: '2026-11-19T18:00:00.000Z',
  },
  c32: {
    name: 'Zack Zimmer',
    email: 'zack@zimmer.example',
    country: 'DE',
    labels: ['partner', 'customer'],
    attributes: { verified: false, website: 'https://zimmer.example/' },
    createdAt: '2026-11-01',
    lastActivityAt: '2026-11-08',
  },
};

function buildContact(id: string, spec: ContactSpec, statuses: readonly ConversationSummary['status'][]): Contact {
  const channels: Contact['channels'] = spec.channels
    ? spec.channels.map((c) => ({ ...c }))
    : [
        ...(spec.phone ? [{ channel: 'phone' as const, identifier: spec.phone }] : []),
        ...(spec.email ? [{ channel: 'email' as const, identifier: spec.email }] : []),
      ];
  const [firstName, ...rest] = spec.name.split(' ');
  return {
    id,
    name: spec.name,
    ...(firstName && rest.length ? { firstName, lastName: rest.join(' ') } : {}),
    ...(spec.email ? { email: spec.email } : {}),
    ...(spec.phone ? { phone: spec.phone } : {}),
    ...(spec.country ? { country: spec.country } : {}),
    ...(spec.language ? { language: spec.language } : {}),
    ...(spec.sourceChannel ? { sourceChannel: spec.sourceChannel } : {}),
    channels,
    labels: [...(spec.labels ?? [])],
    attributes: { ...(spec.attributes ?? {}) },
    createdAt: at(spec.createdAt),
    lastActivityAt: spec.lastActivityAt === null ? null : at(spec.lastActivityAt),
    block: spec.block
      ? {
          until: spec.block.until === null ? null : at(spec.block.until),
          ...(spec.block.reason ? { reason: spec.block.reason } : {}),
          blockedAt: at(spec.block.blockedAt),
        }
      : null,
    conversationStatuses: [...new Set(statuses)],
  };
}

/** A fresh copy of the seed: nothing is shared between two calls. */
export function createContractSeed(): ContractSeed {
  const conversationsById = conversations();
  return {
    now: new Date(SEED_NOW),
    contacts: Object.entries(SPECS).map(([id, spec]) =>
      buildContact(id, spec, (conversationsById[id] ?? []).map((c) => c.status)),
    ),
    labels: labels(),
    attributeDefinitions: attributeDefinitions(),
    inboxes: inboxes(),
    conversations: conversationsById,
    notes: notes(),
  };
}
