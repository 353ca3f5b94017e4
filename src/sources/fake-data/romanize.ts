/**
 * ASCII forms of names for e-mail addresses and handles. Run once per name in the pools at module
 * load, never per contact.
 */

const UKRAINIAN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '',
};
// Ukraine's official romanisation spells these differently at the start of a word.
const UKRAINIAN_INITIAL: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const RUSSIAN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i', đ: 'd', ð: 'd', þ: 'th',
};

function mapLetters(text: string, table: Readonly<Record<string, string>>, initial = table): string {
  let result = '';
  let atWordStart = true;
  for (const letter of text.toLowerCase()) {
    const mapped = (atWordStart ? initial[letter] : undefined) ?? table[letter];
    result += mapped ?? letter;
    atWordStart = !/\p{L}/u.test(letter);
  }
  return result;
}

/** Only `a-z`: accents dropped, everything else (spaces, apostrophes, hyphens) removed. */
export function asciiLetters(text: string): string {
  const decomposed = mapLetters(text, LATIN_SPECIAL).normalize('NFD');
  return decomposed.replace(/[^a-z]/g, '');
}

export function romanizeUkrainian(text: string): string {
  return asciiLetters(mapLetters(text, UKRAINIAN, { ...UKRAINIAN, ...UKRAINIAN_INITIAL }));
}

export function romanizeRussian(text: string): string {
  return asciiLetters(mapLetters(text, RUSSIAN));
}
