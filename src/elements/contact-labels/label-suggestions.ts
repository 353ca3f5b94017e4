/**
 * What the label combobox offers for a typed text: existing labels the contact does not have,
 * matched case- and accent-insensitively (`foldText`), best first; and whether the text names
 * a label that exists, one the contact already has, or a new one.
 */
import type { Label } from '../../model/contact.js';
import { foldText } from '../../model/search.js';

export interface LabelSuggestions {
  /** Labels to offer: not on the contact, containing the text; starts of names first. */
  readonly matches: readonly Label[];
  /** The catalog's label whose name is the text (folded), whether or not the contact has it. */
  readonly exact: Label | undefined;
  /** The contact's label whose name is the text (folded). */
  readonly taken: string | undefined;
  /** The trimmed text, when it names no label at all (a candidate for a new label). */
  readonly newName: string | undefined;
}

/** Rank of a match: 0 the name starts with the text, 1 a word in it does, 2 it contains it. */
function rank(name: string, text: string): number {
  if (name.startsWith(text)) return 0;
  return name.split(/[\s\-_/.]+/).some((word) => word.startsWith(text)) ? 1 : 2;
}

export function suggestLabels(catalog: readonly Label[], current: readonly string[], text: string): LabelSuggestions {
  const trimmed = text.trim();
  const folded = foldText(trimmed);
  const onContact = new Set(current.map(foldText));
  const taken = folded ? current.find((name) => foldText(name) === folded) : undefined;
  const exact = folded ? catalog.find((label) => foldText(label.name) === folded) : undefined;
  const ranked = catalog
    .map((label, index) => ({ label, index, name: foldText(label.name) }))
    .filter(({ name }) => !onContact.has(name) && name.includes(folded))
    .map((entry) => ({ ...entry, rank: folded ? rank(entry.name, folded) : 0 }))
    // Stable: the catalog's own order within a rank.
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  return {
    matches: ranked.map(({ label }) => label),
    exact,
    taken,
    newName: trimmed && !exact && !taken ? trimmed : undefined,
  };
}

/** The names in `after` that are not in `before`. */
export function namesAdded(before: readonly string[], after: readonly string[]): string[] {
  const old = new Set(before);
  return after.filter((name) => !old.has(name));
}

/** Whether two lists hold the same names, in any order. */
export function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((name) => set.has(name));
}
