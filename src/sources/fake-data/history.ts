/**
 * A contact's conversations and notes, made on request from the contact's index alone (its own
 * seeded stream), so the same id always gets the same history and 100k contacts cost nothing
 * up front.
 */
import type { Channel, ConversationStatus } from '../../model/channels.js';
import type { Contact, ConversationSummary, Inbox, Note } from '../../model/contact.js';
import { AGENTS } from './catalog.js';
import { createRandom, deriveSeed, pick, randomInt, type Random } from './random.js';
import { CALL_PREVIEWS, MESSAGES, NOTES, RISKY_MESSAGES } from './texts.js';

const CONVERSATION_STREAM = 1;
const NOTE_STREAM = 2;
const DAY_MS = 86_400_000;

const ENGLISH_MESSAGES = MESSAGES['en'] as readonly string[];
const ENGLISH_CALLS = CALL_PREVIEWS['en'] as readonly string[];
const ENGLISH_NOTES = NOTES['en'] as readonly string[];

/** Random instants between two times, newest first. */
function timesBetween(random: Random, count: number, fromMs: number, toMs: number): number[] {
  const times: number[] = [];
  for (let n = 0; n < count; n++) times.push(Math.floor((fromMs + random() * (toMs - fromMs)) / 1000) * 1000);
  return times.sort((a, b) => b - a);
}

function preview(random: Random, channel: Channel, language: string): string | undefined {
  if (channel === 'phone') return random() < 0.15 ? undefined : pick(random, CALL_PREVIEWS[language] ?? ENGLISH_CALLS);
  if (random() < 0.012) return pick(random, RISKY_MESSAGES);
  return pick(random, MESSAGES[language] ?? ENGLISH_MESSAGES);
}

/**
 * Conversations whose distinct statuses are exactly `contact.conversationStatuses`: the
 * unresolved ones are the newest, the newest ends at `contact.lastActivityAt`, and the first one
 * came through `contact.sourceChannel`.
 */
export function conversationsFor(
  contact: Contact,
  index: number,
  seed: number,
  language: string,
  inboxesByChannel: ReadonlyMap<Channel, readonly Inbox[]>,
): ConversationSummary[] {
  const last = contact.lastActivityAt;
  const statuses = contact.conversationStatuses;
  if (last === null || statuses.length === 0) return [];
  const random = createRandom(deriveSeed(seed, index, CONVERSATION_STREAM));
  const unresolved = statuses.filter((status) => status !== 'resolved');
  // Newest first: the unresolved statuses, sometimes one of them twice, then the resolved ones.
  const assigned: ConversationStatus[] = [...unresolved];
  if (unresolved.length > 0 && random() < 0.15) assigned.push(pick(random, unresolved));
  if (unresolved.length < statuses.length) {
    const ageDays = (last.getTime() - contact.createdAt.getTime()) / DAY_MS;
    const more = Math.floor(random() ** 2 * Math.min(7, 1 + ageDays / 60));
    for (let n = 0; n <= more; n++) assigned.push('resolved');
  }
  const lastMs = last.getTime();
  const times = [lastMs, ...timesBetween(random, assigned.length - 1, contact.createdAt.getTime(), lastMs)];
  const channels = contact.channels.length > 0 ? contact.channels.map((entry) => entry.channel) : ['webchat' as const];
  const firstChannel = contact.sourceChannel ?? channels[0] ?? 'webchat';
  const count = assigned.length;
  return assigned.map((status, position) => {
    const channel = position === count - 1 ? firstChannel : pick(random, channels);
    const inbox = pick(random, inboxesByChannel.get(channel) ?? []) as Inbox | undefined;
    const unread = position === 0 && (status === 'open' || status === 'pending') && random() < 0.5;
    const text = preview(random, channel, language);
    return {
      id: `conv-${contact.id}-${count - position}`,
      inboxId: inbox?.id ?? `inbox-${channel}`,
      inboxName: inbox?.name ?? channel,
      channel,
      status,
      lastActivityAt: new Date(times[position] as number),
      ...(text === undefined ? {} : { preview: text }),
      unreadCount: unread ? 1 + randomInt(random, 5) : 0,
    };
  });
}

/** 0–3 notes for most contacts, a few with more; newest first. */
export function notesFor(contact: Contact, index: number, seed: number, language: string, nowMs: number): Note[] {
  const random = createRandom(deriveSeed(seed, index, NOTE_STREAM));
  const roll = random();
  const count = roll < 0.55 ? 0 : roll < 0.8 ? 1 : roll < 0.92 ? 2 : roll < 0.98 ? 3 : 4 + randomInt(random, 5);
  const times = timesBetween(random, count, contact.createdAt.getTime(), nowMs);
  const localNotes = NOTES[language];
  const localAgents = AGENTS.filter((agent) => agent.languages.includes(language));
  return times.map((time, position) => {
    const local = localNotes !== undefined && localAgents.length > 0 && random() < 0.4;
    const agent = random() < 0.93 ? pick(random, local ? localAgents : AGENTS) : undefined;
    return {
      id: `note-${contact.id}-${count - position}`,
      text: pick(random, local ? localNotes : ENGLISH_NOTES),
      ...(agent ? { author: { id: agent.id, name: agent.name } } : {}),
      createdAt: new Date(time),
    };
  });
}
