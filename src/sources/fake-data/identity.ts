/** Names: a realistic name from a culture, sometimes an odd one, and near-identical variants. */
import type { Culture, NamePart } from './cultures.js';
import { pick, randomInt, type Random } from './random.js';
import { LONG_NAMES, MARKUP_NAMES, NAME_EMOJI, NICKNAMES } from './texts.js';

export interface Identity {
  /** The display name. */
  readonly name: string;
  readonly firstName?: string;
  readonly lastName?: string;
  /** The name the person was given, for e-mail addresses and handles (even when `name` is odd). */
  readonly first: NamePart;
  readonly last?: NamePart;
}

/** Share of odd names: one word, emoji, very long, markup-like, all capitals or all lower case. */
const ODD_NAME_SHARE = 0.03;

export function randomIdentity(random: Random, culture: Culture): Identity {
  const identity = regularIdentity(random, culture);
  return random() < ODD_NAME_SHARE ? oddIdentity(random, identity) : identity;
}

function regularIdentity(random: Random, culture: Culture): Identity {
  const female = random() < 0.5;
  const first = pick(random, female ? culture.female : culture.male);
  if (random() < culture.singleNameShare) return { name: first.text, firstName: first.text, first };
  const surnameIndex = randomInt(random, culture.surnames.length);
  const last = (female ? culture.femaleSurnames : culture.surnames)[surnameIndex] as NamePart;
  let lastName = last.text;
  if (random() < culture.doubleSurnameShare) {
    const second = pick(random, culture.surnames);
    if (second !== culture.surnames[surnameIndex]) lastName += ' ' + second.text;
  }
  let name: string;
  if (!culture.familyFirst) name = first.text + ' ' + lastName;
  else if (random() < culture.spacedShare) name = lastName + ' ' + first.text;
  else name = lastName + first.text;
  return { name, firstName: first.text, lastName, first, last };
}

function oddIdentity(random: Random, base: Identity): Identity {
  const { first, last } = base;
  const kind = random() * 3;
  if (kind < 1) {
    // One word: a messenger profile showing a first name, a surname or a nickname.
    const roll = random();
    if (roll < 0.15) return { name: pick(random, NICKNAMES), first, ...(last ? { last } : {}) };
    const word = roll < 0.3 && base.lastName ? base.lastName : (base.firstName ?? base.name);
    return { name: word, firstName: word, first, ...(last ? { last } : {}) };
  }
  if (kind < 1.8) {
    const emoji = pick(random, NAME_EMOJI);
    const roll = random();
    if (roll < 0.6) return { ...base, name: `${base.name} ${emoji}` };
    if (roll < 0.9) return { name: `${emoji} ${first.text}`, firstName: first.text, first };
    return { name: emoji, first };
  }
  if (kind < 2.2) {
    const [name, firstName, lastName] = pick(random, LONG_NAMES);
    return { name, firstName, ...(lastName ? { lastName } : {}), first, ...(last ? { last } : {}) };
  }
  if (kind < 2.7) {
    const [name, firstName, lastName] = pick(random, MARKUP_NAMES);
    return {
      name,
      ...(firstName ? { firstName } : {}),
      ...(lastName ? { lastName } : {}),
      first,
      ...(last ? { last } : {}),
    };
  }
  // Typed in capitals or without any (scripts without case stay as they are).
  const change = random() < 0.5 ? (text: string) => text.toUpperCase() : (text: string) => text.toLowerCase();
  return withNames(base, change);
}

function withNames(identity: Identity, change: (text: string) => string): Identity {
  return {
    ...identity,
    name: change(identity.name),
    ...(identity.firstName !== undefined ? { firstName: change(identity.firstName) } : {}),
    ...(identity.lastName !== undefined ? { lastName: change(identity.lastName) } : {}),
  };
}

/**
 * The same name as a person would type it again: a trailing space, a double space, other letter
 * case. Duplicate detection that folds case and whitespace must see them as one name.
 */
export function nearIdenticalName(random: Random, identity: Identity): Identity {
  const name = identity.name;
  const roll = random();
  const hasCase = name.toLowerCase() !== name.toUpperCase();
  if (hasCase && roll < 0.45) {
    const change =
      roll < 0.2 ? (text: string) => text.toLowerCase() : (text: string) => text.toUpperCase();
    const changed = withNames(identity, change);
    if (changed.name !== name) return changed;
  }
  if (roll < 0.75 && name.includes(' ')) return { ...identity, name: name.replace(' ', '  ') };
  return { ...identity, name: name + ' ' };
}

/** A duplicate's name: often the same, sometimes near-identical or just the first name. */
export function duplicateName(random: Random, identity: Identity): Identity {
  const roll = random();
  if (roll < 0.45) return identity;
  if (roll < 0.75 || !identity.firstName || identity.firstName === identity.name) {
    return nearIdenticalName(random, identity);
  }
  return { name: identity.firstName, firstName: identity.firstName, first: identity.first };
}
