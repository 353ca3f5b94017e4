/**
 * Avatar: a contact's photo, or their initials on a colour derived from their id.
 *
 * ```ts
 * static override styles = [sharedStyles, avatarStyles, styles];
 * html`${avatar(contact, { size: 's', decorative: true })} <span>${contact.name}</span>`
 * html`${avatar(contact, { size: 'l' })}` // alone: named "Olena Koval" for screen readers
 * ```
 *
 * - The photo is used only when `safeImageUrl` accepts it (http/https). It sends no referrer and
 *   loads eagerly (lists render only visible rows anyway); until it loads, and if it fails, the
 *   initials show (a failed URL is not retried; a new URL starts afresh).
 * - Initials are whole graphemes (Intl.Segmenter): "Олена Коваль" → "ОК", "王小明" → "王",
 *   "محمد علي" → "م‌ع" (kept apart by a zero-width non-joiner, so the letters do not join into
 *   a word), "👩‍💻 Ana" → "A", "🦊" → "🦊"; a name without letters gets a person icon.
 * - The colour is one of `AVATAR_PALETTE`, the same for an id on every render and every page;
 *   each pair of background and text meets WCAG AA (4.5:1) in the light and the dark scheme.
 * - `decorative: true` when the name is shown beside it (hidden from screen readers).
 *
 * Part: `avatar`. Sizes: `s` 24px, `m` 32px (default), `l` 48px, `xl` 64px.
 */
import { css, html, nothing, unsafeCSS, type CSSResult, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Contact } from '../../model/contact.js';
import { safeImageUrl } from '../../model/url.js';
import { icon } from './icons.js';

export type AvatarSize = 's' | 'm' | 'l' | 'xl';

/** What an avatar needs: a contact, a note author, an agent. */
export type AvatarSubject = Pick<Contact, 'id' | 'name'> & { readonly avatarUrl?: string | undefined };

export interface AvatarOptions {
  size?: AvatarSize;
  /** True when the name is shown beside the avatar: screen readers then skip it. */
  decorative?: boolean;
}

/**
 * Background and text colours `[light background, light text, dark background, dark text]`:
 * tinted backgrounds with deep text in the light scheme, deep backgrounds with pale text in
 * the dark one. Checked for 4.5:1 in test/elements/shared/avatar.test.ts.
 */
export const AVATAR_PALETTE = [
  ['#dbe8ff', '#173a8a', '#1f3a73', '#dbe8ff'],
  ['#d7f2e3', '#135232', '#18462e', '#c9f0da'],
  ['#ffe3d1', '#8a3308', '#5c2a0e', '#ffdcc5'],
  ['#f3dcff', '#64228a', '#4a2166', '#f0d6ff'],
  ['#ffdbe4', '#8c1d40', '#5e1a30', '#ffd6e0'],
  ['#d5f1f5', '#0e5560', '#123f47', '#c8eef4'],
  ['#fff0c2', '#6b4b00', '#4d3a06', '#ffeaa8'],
  ['#e4e6eb', '#363c47', '#363b45', '#e7e9ee'],
] as const;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LETTER = /^\p{L}/u;
const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
/** Scripts whose names take one character: a CJK name is already short and has no spaces. */
const ONE_CHARACTER_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Scripts whose letters join their neighbours: initials are kept apart. */
const JOINING_SCRIPT = /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}]/u;
const ZERO_WIDTH_NON_JOINER = '\u200c';

function firstLetter(word: string): string | undefined {
  for (const { segment } of segmenter.segment(word)) if (LETTER.test(segment)) return segment;
  return undefined;
}

/**
 * Up to two initials for a name, as whole graphemes: first letters of the first and the last
 * word; one character for CJK names; an emoji when the name has no letters; '' when it has
 * neither (show a person icon then).
 */
export function initials(name: string): string {
  const words = name.trim().split(/[\s\p{Z}]+/u);
  const letters = words.map(firstLetter).filter((letter): letter is string => letter !== undefined);
  const first = letters[0];
  if (first === undefined) {
    const [grapheme] = segmenter.segment(name.trim());
    return grapheme && PICTOGRAPH.test(grapheme.segment) ? grapheme.segment : '';
  }
  if (ONE_CHARACTER_SCRIPT.test(first)) return first;
  const last = letters.length > 1 ? letters[letters.length - 1]! : undefined;
  const pair = [first, last].filter((letter): letter is string => letter !== undefined).map((letter) => letter.toLocaleUpperCase());
  return pair.join(JOINING_SCRIPT.test(first) ? ZERO_WIDTH_NON_JOINER : '');
}

/**
 * Initials of recently shown names: a virtualized list renders the same rows again and again
 * while scrolling, and segmenting graphemes was the avatar's main cost. Bounded, so 100,000
 * names scrolled past do not stay in memory.
 */
const INITIALS_CACHE_SIZE = 500;
const initialsCache = new Map<string, string>();

function cachedInitials(name: string): string {
  let letters = initialsCache.get(name);
  if (letters === undefined) {
    letters = initials(name);
    if (initialsCache.size >= INITIALS_CACHE_SIZE) initialsCache.delete(initialsCache.keys().next().value!);
    initialsCache.set(name, letters);
  }
  return letters;
}

/** The palette index for an id: FNV-1a, so it is stable across sessions and pages. */
export function avatarColorIndex(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % AVATAR_PALETTE.length;
}

/** The avatar of `subject`: photo when safe and loading, else initials (see the module header). */
export function avatar(subject: AvatarSubject, options: AvatarOptions = {}): TemplateResult {
  const { size = 'm', decorative = false } = options;
  const url = safeImageUrl(subject.avatarUrl);
  const letters = cachedInitials(subject.name);
  // Keyed by the URL: a new photo starts from a fresh <img>, never inheriting a failed one's state.
  return html`${keyed(
    url ?? '',
    html`<span
      class="avatar"
      part="avatar"
      data-size=${size}
      data-color=${avatarColorIndex(subject.id)}
      role=${decorative ? nothing : 'img'}
      aria-label=${decorative ? nothing : subject.name}
      aria-hidden=${decorative ? 'true' : nothing}
    >
      <span class="avatar-initials" aria-hidden="true">${letters || icon('person')}</span>
      ${url
        ? html`<img
            class="avatar-image"
            src=${url}
            alt=""
            decoding="async"
            referrerpolicy="no-referrer"
            draggable="false"
            @load=${showImage}
            @error=${dropImage}
          />`
        : nothing}
    </span>`,
  )}`;
}

/** The photo covers the initials only once it has loaded (a transparent photo shows no letters). */
function showImage(event: Event): void {
  (event.currentTarget as HTMLImageElement).parentElement?.setAttribute('data-loaded', '');
}

function dropImage(event: Event): void {
  (event.currentTarget as HTMLImageElement).remove();
}

export const avatarStyles = css`
  .avatar {
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    overflow: hidden;
    border-radius: 50%;
    font-size: 0.8rem;
    font-weight: 600;
    line-height: 1;
    user-select: none;
    vertical-align: middle;
  }

  .avatar[data-size='s'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    font-size: 0.625rem;
  }

  .avatar[data-size='l'] {
    inline-size: 3rem;
    block-size: 3rem;
    font-size: 1.2rem;
  }

  .avatar[data-size='xl'] {
    inline-size: 4rem;
    block-size: 4rem;
    font-size: 1.6rem;
  }

  .avatar-initials {
    white-space: nowrap;
  }

  .avatar-initials .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    vertical-align: middle;
  }

  .avatar-image {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    opacity: 0;
  }

  .avatar[data-loaded] .avatar-image {
    opacity: 1;
  }

  .avatar[data-loaded] .avatar-initials {
    visibility: hidden;
  }

  ${avatarColorRules()}

  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;

/** One rule per palette colour, from the constants above (never from data): unsafeCSS is safe. */
function avatarColorRules(): CSSResult {
  return unsafeCSS(
    AVATAR_PALETTE.map(
      ([lightBackground, lightText, darkBackground, darkText], index) =>
        `.avatar[data-color='${index}'] { background: light-dark(${lightBackground}, ${darkBackground}); ` +
        `color: light-dark(${lightText}, ${darkText}); }`,
    ).join('\n'),
  );
}
