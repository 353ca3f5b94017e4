/**
 * Full-text search over the memory source's rows (one row per contact): each row's search
 * tokens in a `TokenDictionary`, its phone digits in another, and per row a mask of the
 * characters it has. Answers a `SearchPlan` exactly as `matchesSearchPlan` does on the
 * contact's search keys (the index tests check it), without looking at most rows.
 */
import type { Contact } from '../../model/contact.js';
import { phoneDigits } from '../../model/phone.js';
import { foldText, forEachSearchWord, type SearchPlan } from '../../model/search.js';
import { TokenDictionary, charBit, trackedChars } from './token-dictionary.js';

/** The rows a search matched: a list (each once, in no order), or a test when most rows may. */
export type SearchResult = { readonly rows: number[] } | { readonly test: (row: number) => boolean };

/**
 * Up to this many rows, a further search word is checked on each row's tokens (about 0.2 µs a
 * row) rather than by another scan of the dictionary (about 2 ms at 100,000 contacts).
 */
const CHECK_ROWS_LIMIT = 5000;

export class SearchIndex {
  readonly #tokens = new TokenDictionary(foldText);
  /** Each row's search tokens (ids in `#tokens`). */
  readonly #rowTokens: (readonly number[] | undefined)[] = [];
  /** Each row's phone digits, as a token (or -1). */
  readonly #digits = new TokenDictionary();
  readonly #rowDigits: number[] = [];
  /** Per row, the tracked characters of its tokens (see `charBit`): letters, digits and signs. */
  #letters: Int32Array = new Int32Array(16);
  #signs: Int32Array = new Int32Array(16);
  /** The row being added and its tokens so far, for `#addWord`. */
  #adding = { row: 0, tokens: [] as number[] };

  /** Indexes a contact's search text in a free row. */
  add(row: number, contact: Contact): void {
    const tokens: number[] = [];
    this.#adding = { row, tokens };
    forEachSearchWord(contact, this.#addWord);
    this.#rowTokens[row] = tokens;
    if (row >= this.#letters.length) {
      const capacity = Math.max(row + 1, this.#letters.length * 2);
      this.#letters = grownTo(this.#letters, capacity);
      this.#signs = grownTo(this.#signs, capacity);
    }
    let letters = 0;
    let signs = 0;
    for (const token of tokens) {
      letters |= this.#tokens.letters(token);
      signs |= this.#tokens.signs(token);
    }
    this.#letters[row] = letters;
    this.#signs[row] = signs;
    const digits = contact.phone ? this.#digits.intern(phoneDigits(contact.phone)) : -1;
    if (digits >= 0) this.#digits.addRow(digits, row);
    this.#rowDigits[row] = digits;
  }

  /** Frees a row. */
  remove(row: number): void {
    for (const token of this.#rowTokens[row] ?? []) this.#tokens.removeRow(token, row);
    this.#rowTokens[row] = undefined;
    const digits = this.#rowDigits[row]!;
    if (digits >= 0) this.#digits.removeRow(digits, row);
    this.#rowDigits[row] = -1;
  }

  /**
   * The rows (below `rowCount`) matching a search plan, or undefined when every row does. A
   * word of one letter, digit or common sign is answered from each row's character mask (it
   * hits most rows, and its scan would visit nearly every token). Of the longer words, the
   * longest (usually the rarest) is scanned for in the token dictionary; the others are
   * checked on the rows it found while those are few, which is quicker than another scan.
   */
  find(plan: SearchPlan, rowCount: number): SearchResult | undefined {
    const words = [...new Set(plan.words)].sort((a, b) => b.length - a.length);
    if (words.length === 0) return undefined;
    let letters = 0;
    let signs = 0;
    const longer: string[] = [];
    for (const word of words) {
      const bit = charBit(word);
      if (bit < 0) longer.push(word);
      else if (bit < 32) letters |= 1 << bit;
      else signs |= 1 << (bit - 32);
    }
    const rowLetters = this.#letters;
    const rowSigns = this.#signs;
    const hasChars = (row: number) => (rowLetters[row]! & letters) === letters && (rowSigns[row]! & signs) === signs;

    const marked = new Uint8Array(rowCount);
    if (longer.length === 0) {
      if (plan.digits === undefined) return { test: hasChars };
      this.#digits.markRows(plan.digits, marked);
      return { test: (row) => marked[row] === 1 || hasChars(row) };
    }
    let rows: number[] = [];
    this.#tokens.markRows(longer[0]!, marked, rows);
    for (const word of longer.slice(1)) {
      if (rows.length === 0) break;
      if (rows.length <= CHECK_ROWS_LIMIT) {
        rows = this.#rowsWith(rows, word);
      } else {
        const hit = new Uint8Array(rowCount);
        this.#tokens.markRows(word, hit);
        rows = rows.filter((row) => hit[row] === 1);
      }
    }
    if (letters || signs) rows = rows.filter(hasChars);
    if (plan.digits !== undefined) {
      const found = new Uint8Array(rowCount);
      for (const row of rows) found[row] = 1;
      this.#digits.markRows(plan.digits, found, rows);
    }
    return { rows };
  }

  /**
   * The rows that have a token containing `word`, checked row by row. A row or a token that
   * lacks one of the word's tracked characters is passed over without reading its text.
   */
  #rowsWith(rows: readonly number[], word: string): number[] {
    const [letters, signs] = trackedChars(word);
    const dictionary = this.#tokens;
    const kept: number[] = [];
    for (const row of rows) {
      if ((this.#letters[row]! & letters) !== letters || (this.#signs[row]! & signs) !== signs) continue;
      for (const token of this.#rowTokens[row]!) {
        if (
          (dictionary.letters(token) & letters) === letters &&
          (dictionary.signs(token) & signs) === signs &&
          dictionary.token(token).includes(word)
        ) {
          kept.push(row);
          break;
        }
      }
    }
    return kept;
  }

  /** Adds a word of the row being added (one function for all rows: no closure per contact). */
  readonly #addWord = (text: string, start: number, end: number): void => {
    const token = this.#tokens.intern(text, start, end);
    const { row, tokens } = this.#adding;
    if (token >= 0 && !tokens.includes(token)) {
      tokens.push(token);
      this.#tokens.addRow(token, row);
    }
  };
}

function grownTo(array: Int32Array, length: number): Int32Array {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
