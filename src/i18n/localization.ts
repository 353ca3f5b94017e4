/**
 * Locale setup: which language the elements speak, and loading its translations on demand.
 *
 * Messages use @lit/localize in runtime mode: `msg()` calls in the elements, XLIFF files in
 * `xliff/`, generated locale modules in `./locales/` (`lit-localize extract` / `build`).
 *
 * Why configuration is lazy: @lit/localize has one global `msg` implementation per copy, and
 * `configureLocalization` throws when called twice. If importing this library configured it, a
 * host app that also uses @lit/localize (and shares our copy through its bundler) would crash
 * on its own `configureLocalization`. So nothing is configured on import; the first
 * `setContactLocale()` configures it. The trade-off:
 * - until then (and unless the host configured it), messages are English;
 * - a host that configured @lit/localize itself (first) keeps it: its `setLocale` then drives
 *   our messages too, so it must merge `xliff/*.xlf` into its own translations; we follow its
 *   locale through @lit/localize's status events, and `setContactLocale` only picks the
 *   regional formatting (`es-MX`);
 * - a host that calls `setContactLocale` and afterwards its own `configureLocalization` gets
 *   @lit/localize's "configured once" error: it must configure first, or use ours.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './locales/locale-codes.js';

export { allLocales, sourceLocale, targetLocales };

export type ContactLocale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** One dynamic import per locale, so each lands in its own chunk, loaded only when asked for. */
const LOADERS: Readonly<Record<TargetLocale, () => Promise<LocaleModule>>> = {
  uk: () => import('./locales/uk.js'),
  es: () => import('./locales/es.js'),
};

type Runtime = ReturnType<typeof configureLocalization>;

/** `undefined`: not configured yet; `null`: the host configured @lit/localize before us. */
let runtime: Runtime | null | undefined;
/** The host's @lit/localize locale, followed through its status events (when it owns it). */
let hostLocale: ContactLocale = sourceLocale;
/** The tag last asked for (`es-MX`): formatting uses its region when the language matches. */
let requestedTag: string = sourceLocale;

if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') hostLocale = resolveContactLocale(event.detail.readyLocale);
  });
}

/**
 * The supported locale closest to a BCP 47 tag: `uk-UA` → `uk`, `es_MX` → `es`; anything
 * unsupported or malformed → `en`.
 */
export function resolveContactLocale(tag: string): ContactLocale {
  const wanted = tag.trim().replaceAll('_', '-').toLowerCase();
  const exact = allLocales.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return allLocales.find((locale) => locale.toLowerCase() === language) ?? sourceLocale;
}

/**
 * Switches every element to the locale closest to `tag`, loading its translations first.
 * Resolves when the locale is active (elements re-render on @lit/localize's status event).
 */
export async function setContactLocale(tag: string): Promise<void> {
  const locale = resolveContactLocale(tag);
  requestedTag = canonicalTag(tag) ?? locale;
  const active = ensureConfigured();
  if (active) await active.setLocale(locale);
}

/** The locale messages are shown in: one of `allLocales`. */
export function getContactLocale(): ContactLocale {
  return runtime ? (runtime.getLocale() as ContactLocale) : hostLocale;
}

/**
 * The locale for `Intl` formatting: the tag asked for when it is a variant of the active
 * language (`es-MX` formats numbers Mexican-style), else the active locale, so that dates and
 * messages are never in two languages.
 */
export function getContactFormatLocale(): string {
  const active = getContactLocale();
  const language = requestedTag.split('-')[0]?.toLowerCase();
  return language === active ? requestedTag : active;
}

function ensureConfigured(): Runtime | null {
  if (runtime !== undefined) return runtime;
  try {
    runtime = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => LOADERS[locale as TargetLocale](),
    });
  } catch {
    // The host configured @lit/localize first (see the module comment): follow its locale.
    runtime = null;
  }
  return runtime;
}

function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
}
