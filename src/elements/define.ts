/**
 * Registers a custom element once. Two copies of this library on one page (say, a host bundle
 * and a third-party widget) both try to define the same tags: the first wins and the second
 * silently uses it, instead of throwing "this name has already been used" and breaking the
 * page. Never throws; an unexpected refusal (an invalid name, a constructor already registered
 * under another tag) is reported on the console.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  // Through a local name: the manifest analyzer reads `customElements.define(…)` literally and
  // would list a bogus element called "tag". Elements declare theirs with `@tagname`.
  const registry = customElements;
  if (registry.get(tag)) return;
  try {
    registry.define(tag, constructor);
  } catch (error) {
    console.warn(`contact-elements: could not define <${tag}>`, error);
  }
}
