/**
 * Links built from customer data: only `http:`, `https:`, `mailto:` and `tel:` ever become an
 * `href`; anything else (`javascript:`, `data:`, relative paths) is shown as text or dropped.
 */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

function parse(value: string, protocols: ReadonlySet<string>): string | undefined {
  const text = value.trim();
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  return protocols.has(url.protocol) ? url.href : undefined;
}

/** The URL normalised when it is safe for an `href`, else undefined. */
export function safeLinkUrl(value: string | undefined | null): string | undefined {
  return value ? parse(value, LINK_PROTOCOLS) : undefined;
}

/** The URL when it is safe for an `<img src>` (http or https only), else undefined. */
export function safeImageUrl(value: string | undefined | null): string | undefined {
  return value ? parse(value, IMAGE_PROTOCOLS) : undefined;
}
