/**
 * Full-text search. A contact's searchable text is folded once and kept by the source; a search
 * is compiled once into a `SearchPlan` and tested against those keys. The memory source keeps
 * the same text as distinct whitespace-free tokens (`searchTokensOf`) so that it can scan each
 * distinct token once for all contacts, and still answers exactly as `compileSearch` does.
 */
import type { Contact } from './contact.js';
import { phoneDigits } from './phone.js';

export interface SearchKeys {
  /** Folded name, email, channel identifiers and attribute values, separated by `\n`. */
  readonly text: string;
  /** The phone's digits (E.164 without `+`), for number searches in any formatting. */
  readonly digits: string;
}

/** A contact's search text as distinct tokens, for an index (see `searchTokensOf`). */
export interface SearchTokens {
  /** The words of `SearchKeys.text`: split at whitespace, no empty ones, no repeats. */
  readonly tokens: readonly string[];
  readonly digits: string;
}

/**
 * A compiled search: a contact matches when `digits` (if set) occurs in its phone's digits, or
 * when every word occurs in its search text.
 */
export interface SearchPlan {
  /** Folded words, none empty and none containing whitespace. */
  readonly words: readonly string[];
  /** Set when the search is a phone number in any formatting: its digits. */
  readonly digits: string | undefined;
}

const COMBINING_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]/g;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const WHITESPACE = /\s/;
const WHITESPACE_RUNS = /\s+/;

/**
 * Case- and accent-insensitive form of a text: `Zoë Ğül` → `zoe gul`. Arabic diacritics go too,
 * so a search typed without them still matches.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Pure ASCII needs no normalisation: skip the expensive part for most strings.
  if (ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** The searchable parts of a contact, unfolded, in a fixed order. */
function searchParts(contact: Contact): string[] {
  const parts = [contact.name];
  if (contact.firstName) parts.push(contact.firstName);
  if (contact.lastName) parts.push(contact.lastName);
  if (contact.email) parts.push(contact.email);
  if (contact.phone) parts.push(contact.phone);
  for (const { identifier } of contact.channels) parts.push(identifier);
  for (const key in contact.attributes) {
    const value = contact.attributes[key];
    if (typeof value === 'string' || typeof value === 'number') parts.push(String(value));
  }
  return parts;
}

export function searchKeysOf(contact: Contact): SearchKeys {
  return {
    text: foldText(searchParts(contact).join('\n')),
    digits: contact.phone ? phoneDigits(contact.phone) : '',
  };
}

/** The characters JavaScript's `\s` matches. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Visits the words of a contact's search text, unfolded and without copying them: each is
 * `text.slice(start, end)`, a run of non-whitespace characters. The contact's search tokens
 * are exactly the distinct non-empty `foldText(word)`s (see `searchTokensOf`).
 *
 * Folding word by word gives the same tokens as folding the joined text: case mapping and
 * normalisation never reach across whitespace, nor across the line breaks between parts. The
 * exception is U+FEFF, which case mapping looks through (Greek final sigma): a part containing
 * it is folded whole first, and its words come folded (folding again changes nothing).
 */
export function forEachSearchWord(contact: Contact, visit: (text: string, start: number, end: number) => void): void {
  const parts = searchParts(contact);
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i]!;
    // A channel identifier is often the email or phone again.
    if (parts.indexOf(part) < i) continue;
    if (!WHITESPACE.test(part)) {
      if (part) visit(part, 0, part.length);
      continue;
    }
    if (part.includes('\ufeff')) part = foldText(part);
    let start = -1;
    for (let at = 0; at <= part.length; at++) {
      if (at === part.length || isWhitespace(part.charCodeAt(at))) {
        if (start >= 0) visit(part, start, at);
        start = -1;
      } else if (start < 0) start = at;
    }
  }
}

/** The same text as `searchKeysOf`, as distinct tokens (what the memory source indexes). */
export function searchTokensOf(contact: Contact): SearchTokens {
  const tokens: string[] = [];
  forEachSearchWord(contact, (text, start, end) => {
    const token = foldText(text.slice(start, end));
    if (token && !tokens.includes(token)) tokens.push(token);
  });
  return { tokens, digits: contact.phone ? phoneDigits(contact.phone) : '' };
}

/** Separators people type inside phone numbers. */
const PHONE_PUNCTUATION = /[\s\-+().]/g;
/** A search of at least this many digits (after removing phone punctuation) is a number search. */
const MIN_PHONE_DIGITS = 3;
const NUMBER_SEARCH = /^[\s\-+().\d\u0660-\u0669\u06f0-\u06f9]+$/;

/**
 * Plans a search: words must all occur (in any order); a search that is a phone number in any
 * formatting also matches the phone's digits. Undefined for no search (empty or blank).
 */
export function planSearch(search: string | undefined): SearchPlan | undefined {
  const trimmed = search?.trim();
  if (!trimmed) return undefined;
  // An empty word (folding can remove a lone accent) occurs everywhere: it adds no condition.
  const words = foldText(trimmed).split(WHITESPACE_RUNS).filter(Boolean);
  const digits = phoneDigits(trimmed.replace(PHONE_PUNCTUATION, ''));
  const isNumber = digits.length >= MIN_PHONE_DIGITS && NUMBER_SEARCH.test(trimmed);
  return { words, digits: isNumber ? digits : undefined };
}

export function matchesSearchPlan(plan: SearchPlan, keys: SearchKeys): boolean {
  if (plan.digits !== undefined && keys.digits.includes(plan.digits)) return true;
  for (const word of plan.words) if (!keys.text.includes(word)) return false;
  return true;
}

/** Compiles a search string into a predicate over search keys (see `planSearch`). */
export function compileSearch(search: string | undefined): ((keys: SearchKeys) => boolean) | undefined {
  const plan = planSearch(search);
  return plan && ((keys) => matchesSearchPlan(plan, keys));
}
