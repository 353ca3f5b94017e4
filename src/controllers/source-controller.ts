/**
 * Where an element gets its data: its own `source` property, else the nearest ancestor that
 * provides one through `contactSourceContext` (a `<contact-source-provider>`, a Lit `@provide`,
 * or `provideContactSource` on any element).
 */
import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactChangeListener, ContactSource } from '../sources/source.js';
import { ContextFollower, ContextProviderAnnouncement } from './context-follower.js';
import { contactSourceContext, type ContactSourceContext } from './source-context.js';

/** An element with an optional `source` property of its own. */
export type SourceHost = ReactiveControllerHost & HTMLElement & { readonly source?: ContactSource | undefined };

export interface SourceControllerOptions {
  /**
   * Live changes from the resolved source (`source.subscribe`), for as long as the host is
   * connected: re-subscribed when the source changes, dropped when the host disconnects.
   * Sources without `subscribe` simply never call it.
   */
  readonly onChange?: ContactChangeListener;
}

/**
 * Resolves an element's data source: the `source` property wins; otherwise the context,
 * subscribed, so a provider that swaps its source updates every element inside it. Requests a
 * host update whenever the resolved source changes.
 *
 * The context is followed by `ContextFollower`, which copes with providers that appear late.
 */
export class SourceController implements ReactiveController {
  readonly #host: SourceHost;
  readonly #provided: ContextFollower<ContactSourceContext>;
  /** The source the host last rendered with: a change of the resolved source is seen against it. */
  #rendered: ContactSource | undefined;
  readonly #onChange: ContactChangeListener | undefined;
  #subscribedTo: ContactSource | undefined;
  #unsubscribeChanges: (() => void) | undefined;

  constructor(host: SourceHost, options: SourceControllerOptions = {}) {
    this.#host = host;
    this.#onChange = options.onChange;
    host.addController(this);
    this.#provided = new ContextFollower(host, contactSourceContext, () => this.#updateIfChanged());
  }

  /** The source to use: the host's own `source`, else the provided one, else undefined. */
  get source(): ContactSource | undefined {
    return this.#host.source ?? this.#provided.value;
  }

  hostConnected(): void {
    this.#updateIfChanged();
    // Back in the document with the source it had: no update comes, so subscribe again here.
    this.#syncSubscription(this.source);
  }

  hostDisconnected(): void {
    this.#syncSubscription(undefined);
  }

  hostUpdate(): void {
    this.#rendered = this.source;
    this.#syncSubscription(this.source);
  }

  /** Keeps exactly one change subscription, to `source`. */
  #syncSubscription(source: ContactSource | undefined): void {
    if (!this.#onChange || source === this.#subscribedTo) return;
    this.#unsubscribeChanges?.();
    this.#subscribedTo = source;
    const listener = this.#onChange;
    this.#unsubscribeChanges = source?.subscribe?.((change) => listener(change));
  }

  #updateIfChanged(): void {
    if (this.source !== this.#rendered) this.#host.requestUpdate();
  }
}

/**
 * Provides `source` to every element inside `element` (through shadow roots too), for hosts
 * without Lit: `provideContactSource(document.querySelector('#panel'), source)`. Change it
 * later with `provider.setValue(otherSource)`.
 */
export function provideContactSource(
  element: HTMLElement,
  source: ContactSource | undefined,
): ContextProvider<ContactSourceContext> {
  const provider = new ContextProvider(element, { context: contactSourceContext, initialValue: source });
  // A Lit host announces its provider when connected; a plain element never "connects" for
  // the controller, so announce it now for elements inside that asked before it existed.
  if (!('addController' in element) && element.isConnected) {
    element.dispatchEvent(new ContextProviderAnnouncement(contactSourceContext, element));
  }
  return provider;
}
