/**
 * The search tokens of all contacts, each with the rows (contacts) that have it.
 *
 * A search scans each token once, for all contacts, with native `indexOf` over the tokens
 * joined into one string, then reads the rows of the tokens it hit. Words that recur (first
 * and last names, companies, plans) are one token for all their rows, so the joined text is
 * about half the contacts' search text. Tokens never contain whitespace and are joined by a
 * line break, so a word (which has no whitespace either) never matches across two tokens.
 *
 * Tokens are grouped by the kinds of character they contain (letters, digits, `@`, …): a word
 * can only occur in a token that has every kind the word has, so "olena" skips the phone
 * numbers and "+380" skips everything but them. A group without characters beyond Latin-1 is
 * a one-byte string, which V8 scans about twice as fast.
 */

const SEPARATOR = '\n';

/** The kind of each ASCII character: a-z, 0-9, `@`, `.`, `/` and `:`, `+`, `-` and `_`, others. */
const ASCII_KINDS = Uint16Array.from({ length: 0x80 }, (_, code) => {
  if (code >= 0x61 && code <= 0x7a) return 1;
  if (code >= 0x30 && code <= 0x39) return 2;
  const char = String.fromCharCode(code);
  if (char === '@') return 4;
  if (char === '.') return 8;
  if (char === '/' || char === ':') return 16;
  if (char === '+') return 32;
  if (char === '-' || char === '_') return 64;
  return 128;
});
const LATIN1_KIND = 256;
const WIDE_KIND = 512;

/** Kinds of character, as bits; a text's kinds are the union of its characters' kinds. */
function kindsOf(text: string): number {
  let kinds = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    kinds |= code < 0x80 ? ASCII_KINDS[code]! : code < 0x100 ? LATIN1_KIND : WIDE_KIND;
  }
  return kinds;
}

/**
 * Characters whose presence is kept per token, for one-character searches ("o" matches most
 * contacts, and scanning for it would visit nearly every token): letters in one 32-bit mask,
 * digits and common signs in another. Bit numbers 0-25 are in the first, 32 and up in the second.
 */
const TRACKED_CHARS = [...'abcdefghijklmnopqrstuvwxyz', ...'0123456789.@-_+/:'];
const CHAR_BITS = new Int8Array(0x80).fill(-1);
TRACKED_CHARS.forEach((char, index) => {
  CHAR_BITS[char.charCodeAt(0)] = index < 26 ? index : 32 + index - 26;
});

/** The tracked characters of a text: [letters, digits and signs] (see `charBit`). */
export function trackedChars(text: string): [letters: number, signs: number] {
  let letters = 0;
  let signs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const bit = code < 0x80 ? CHAR_BITS[code]! : -1;
    if (bit >= 32) signs |= 1 << (bit - 32);
    else if (bit >= 0) letters |= 1 << bit;
  }
  return [letters, signs];
}

/** The bit of a one-character word in the character masks, or -1 when not tracked. */
export function charBit(word: string): number {
  const code = word.charCodeAt(0);
  return word.length === 1 && code < 0x80 ? CHAR_BITS[code]! : -1;
}

/** Tokens joined into one string, with where each starts; only ever appended to. */
class JoinedTokens {
  readonly kinds: number;
  #text = '';
  /** Tokens added since `#text` was last joined. */
  #unjoined: string[] = [];
  /** Start of each token in the joined text (including those not joined yet). */
  readonly #starts: number[] = [];
  readonly #ids: number[] = [];
  #length = 0;

  constructor(kinds: number) {
    this.kinds = kinds;
  }

  add(token: string, id: number): void {
    if (this.#ids.length > 0) this.#length += SEPARATOR.length;
    this.#starts.push(this.#length);
    this.#ids.push(id);
    this.#length += token.length;
    this.#unjoined.push(token);
  }

  /** Appends to `ids` the id of every token that contains `word`, in order, once each. */
  scan(word: string, ids: number[]): void {
    if (this.#unjoined.length) {
      const joined = this.#unjoined.join(SEPARATOR);
      this.#text = this.#text ? this.#text + SEPARATOR + joined : joined;
      this.#unjoined = [];
    }
    const text = this.#text;
    const starts = this.#starts;
    const count = starts.length;
    let token = 0;
    let from = 0;
    for (;;) {
      const at = text.indexOf(word, from);
      if (at < 0) return;
      token = tokenAt(starts, at, token);
      ids.push(this.#ids[token]!);
      // The rest of this token cannot add anything: go on with the next one.
      if (++token >= count) return;
      from = starts[token]!;
    }
  }
}

/** The last token starting at or before `position`, searching forward from token `from`. */
function tokenAt(starts: readonly number[], position: number, from: number): number {
  // Galloping: hits are often close together, where a binary search over the rest is wasted.
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < starts.length && starts[high]! <= position) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > starts.length) high = starts.length;
  // Now starts[low] <= position < starts[high] (or high is the end).
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= position) low = middle;
    else high = middle;
  }
  return low;
}

/** The rows of a token: none, one (kept as a plain number), or several. */
type Rows = number | number[] | undefined;

/**
 * Token ids by word, for words as they are typed (`Olena`) and as they are folded (`olena`):
 * open addressing over a power-of-two table, keyed by an FNV-1a hash of the word's characters.
 * A word is looked up where it lies in a longer text, without copying it out, and without
 * hashing a new string the way a `Map` must: loading 100,000 contacts looks up 400,000 words.
 */
class WordTable {
  /** Per slot, a key number or -1. */
  #slots = new Int32Array(1 << 16).fill(-1);
  readonly #keys: string[] = [];
  /** Per key: its hash and its token id (-1: folds to nothing). */
  #hashes: Int32Array = new Int32Array(1 << 15);
  #ids: Int32Array = new Int32Array(1 << 15);

  /** The token id of `text.slice(start, end)`, or undefined when it is not a key. */
  get(text: string, start: number, end: number, hash: number): number | undefined {
    const mask = this.#slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.#slots[slot]!;
      if (key < 0) return undefined;
      if (this.#hashes[key] === hash) {
        const candidate = this.#keys[key]!;
        if (candidate.length === length && text.startsWith(candidate, start)) return this.#ids[key];
      }
    }
  }

  set(word: string, hash: number, id: number): void {
    const key = this.#keys.length;
    this.#keys.push(word);
    if (key >= this.#hashes.length) {
      this.#hashes = grownTo(this.#hashes, key * 2, Int32Array);
      this.#ids = grownTo(this.#ids, key * 2, Int32Array);
    }
    this.#hashes[key] = hash;
    this.#ids[key] = id;
    this.#insert(key, hash);
    // At most half full, so that probe runs stay short.
    if (this.#keys.length * 2 > this.#slots.length) {
      this.#slots = new Int32Array(this.#slots.length * 2).fill(-1);
      for (let other = 0; other < this.#keys.length; other++) this.#insert(other, this.#hashes[other]!);
    }
  }

  #insert(key: number, hash: number): void {
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    while (this.#slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.#slots[slot] = key;
  }
}

function grownTo<T extends Uint8Array | Int32Array>(array: T, length: number, create: new (length: number) => T): T {
  const bigger = new create(length);
  bigger.set(array);
  return bigger;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNIQUE = 1 << 31;

/**
 * The FNV-1a hash of `text.slice(start, end)`, negative (bit 31 set) when the word is probably
 * unique to one contact: an e-mail address or a Telegram name (an `@`), a phone number, an id,
 * a long amount (six digits or more). Folding changes neither.
 */
function scanWord(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  let digits = 0;
  let at = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    hash = Math.imul(hash ^ code, FNV_PRIME);
    if (code === 0x40) at = true;
    else if (code >= 0x30 && code <= 0x39) digits++;
  }
  hash &= 0x7fffffff;
  return at || digits >= 6 ? hash | UNIQUE : hash;
}

/** Dead text (tokens no row has any more) tolerated before the joined texts are rebuilt. */
const MAX_DEAD_CHARS = 1 << 20;

export class TokenDictionary {
  readonly #words = new WordTable();
  readonly #tokens: string[] = [];
  readonly #rows: Rows[] = [];
  /** Per id, 1 for a token of one row only (see `scanWord`), which `#words` does not hold. */
  #single = new Uint8Array(1 << 16);
  /** Per id, its tracked characters (see `charBit`): letters, and digits and signs. */
  #letters = new Int32Array(1 << 16);
  #signs = new Int32Array(1 << 16);
  #groups = new Map<number, JoinedTokens>();
  #deadChars = 0;
  readonly #fold: (word: string) => string;

  /** `fold` makes a token of a word; it must give a token for a token (`fold(fold(w)) === fold(w)`). */
  constructor(fold: (word: string) => string = (word) => word) {
    this.#fold = fold;
  }

  /**
   * The id of the token that the word `text.slice(start, end)` folds to; -1 when the word
   * folds to nothing (a lone accent). Words seen before are looked up, in place, by a table
   * that stays small: a word that looks unique (`scanWord`) is not looked up but gets a new
   * token of its own, for one row. Most tokens are such words, and a table holding them all
   * would make every lookup a cache miss.
   */
  intern(text: string, start = 0, end = text.length): number {
    const hash = scanWord(text, start, end);
    if (hash < 0) {
      const id = this.#newToken(this.#fold(start === 0 && end === text.length ? text : text.slice(start, end)));
      this.#single[id] = 1;
      return id;
    }
    const known = this.#words.get(text, start, end, hash);
    if (known !== undefined) return known;
    const word = start === 0 && end === text.length ? text : text.slice(start, end);
    const token = this.#fold(word);
    let id: number;
    if (token === word) id = this.#newWordToken(token, hash);
    else if (token === '') id = -1;
    else {
      const tokenHash = scanWord(token, 0, token.length);
      id = this.#words.get(token, 0, token.length, tokenHash) ?? this.#newWordToken(token, tokenHash);
    }
    if (token !== word) this.#words.set(word, hash, id);
    return id;
  }

  token(id: number): string {
    return this.#tokens[id]!;
  }

  /** The token's tracked letters (bits 0-25 of `charBit`). */
  letters(id: number): number {
    return this.#letters[id]!;
  }

  /** The token's tracked digits and signs (bits 32 and up of `charBit`, less 32). */
  signs(id: number): number {
    return this.#signs[id]!;
  }

  /** Records that `row` has the token (a row adds a token once). */
  addRow(id: number, row: number): void {
    const rows = this.#rows[id];
    if (rows === undefined) this.#rows[id] = row;
    else if (typeof rows === 'number') this.#rows[id] = [rows, row];
    else rows.push(row);
  }

  /** Forgets that `row` has the token. A token of one row is then gone for good. */
  removeRow(id: number, row: number): void {
    const rows = this.#rows[id];
    if (rows === row) {
      this.#rows[id] = undefined;
      if (this.#single[id] === 1) this.#forget(id);
    } else if (Array.isArray(rows)) {
      const position = rows.indexOf(row);
      if (position < 0) return;
      // Order does not matter: move the last row into the gap.
      const last = rows.pop()!;
      if (position < rows.length) rows[position] = last;
      if (rows.length === 1) this.#rows[id] = rows[0];
    }
  }

  #newWordToken(token: string, hash: number): number {
    const id = this.#newToken(token);
    this.#words.set(token, hash, id);
    return id;
  }

  #newToken(token: string): number {
    const id = this.#tokens.length;
    this.#tokens.push(token);
    this.#rows.push(undefined);
    if (id >= this.#single.length) {
      const capacity = this.#single.length * 2;
      this.#single = grownTo(this.#single, capacity, Uint8Array);
      this.#letters = grownTo(this.#letters, capacity, Int32Array);
      this.#signs = grownTo(this.#signs, capacity, Int32Array);
    }
    const [letters, signs] = trackedChars(token);
    this.#letters[id] = letters;
    this.#signs[id] = signs;
    this.#join(id);
    return id;
  }

  #join(id: number): void {
    const token = this.#tokens[id]!;
    const kinds = kindsOf(token);
    let group = this.#groups.get(kinds);
    if (!group) this.#groups.set(kinds, (group = new JoinedTokens(kinds)));
    group.add(token, id);
  }

  /** Drops a token of one row; its text is left in the joined strings until there is enough to rebuild them. */
  #forget(id: number): void {
    this.#single[id] = 0;
    this.#deadChars += this.#tokens[id]!.length + 1;
    this.#tokens[id] = '';
    if (this.#deadChars < MAX_DEAD_CHARS) return;
    this.#deadChars = 0;
    this.#groups = new Map();
    for (let other = 0; other < this.#tokens.length; other++) {
      if (this.#tokens[other]) this.#join(other);
    }
  }

  /**
   * Marks in `marked` every row that has a token containing `word` (non-empty, no whitespace)
   * and, given `rows`, appends each row it newly marks to it.
   */
  markRows(word: string, marked: Uint8Array, rows?: number[]): void {
    const kinds = kindsOf(word);
    const ids: number[] = [];
    for (const group of this.#groups.values()) {
      if ((group.kinds & kinds) === kinds) group.scan(word, ids);
    }
    const rowsOf = this.#rows;
    for (const id of ids) {
      const tokenRows = rowsOf[id];
      if (tokenRows === undefined) continue;
      if (typeof tokenRows === 'number') {
        if (marked[tokenRows] === 0) {
          marked[tokenRows] = 1;
          rows?.push(tokenRows);
        }
        continue;
      }
      for (const row of tokenRows) {
        if (marked[row] === 0) {
          marked[row] = 1;
          rows?.push(row);
        }
      }
    }
  }
}
