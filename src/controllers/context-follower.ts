/**
 * Follows a @lit/context value from the nearest provider above the host, through shadow roots.
 *
 * Unlike Lit's `ContextConsumer`, it asks again when a provider appears after the host
 * connected (element definitions loaded in any order, a provider upgraded late), moves to a
 * closer provider inserted in between, and forgets the value when the host leaves.
 */
import { ContextEvent, type Context, type ContextType } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type AnyContext = Context<unknown, unknown>;

export class ContextFollower<C extends AnyContext> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #context: C;
  readonly #onValue: (value: ContextType<C> | undefined) => void;
  #value: ContextType<C> | undefined;
  #answered = false;
  #unsubscribe: (() => void) | undefined;

  /** `onValue` runs whenever the provided value changes (and with undefined on leaving). */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    context: C,
    onValue: (value: ContextType<C> | undefined) => void,
  ) {
    this.#host = host;
    this.#context = context;
    this.#onValue = onValue;
    host.addController(this);
  }

  /** The provided value, undefined without a provider. */
  get value(): ContextType<C> | undefined {
    return this.#value;
  }

  hostConnected(): void {
    this.#request();
    if (!this.#answered) window.addEventListener('context-provider', this.#onProviderAppeared);
  }

  hostDisconnected(): void {
    window.removeEventListener('context-provider', this.#onProviderAppeared);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#answered = false;
    if (this.#value !== undefined) {
      this.#value = undefined;
      this.#onValue(undefined);
    }
  }

  #request(): void {
    this.#host.dispatchEvent(new ContextEvent(this.#context, this.#host, this.#receive, true));
  }

  #receive = (value: ContextType<C>, unsubscribe?: () => void): void => {
    // A closer provider took over (one was inserted in between): leave the farther one.
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#unsubscribe = unsubscribe;
    if (!this.#answered) {
      this.#answered = true;
      window.removeEventListener('context-provider', this.#onProviderAppeared);
    }
    if (value === this.#value) return;
    this.#value = value;
    this.#onValue(value);
  };

  #onProviderAppeared = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === this.#context) this.#request();
  };
}

/**
 * Lit's `context-provider` event (not exported by @lit/context), for providers that are not
 * Lit elements: followers still waiting for a provider ask again when they hear it.
 */
export class ContextProviderAnnouncement extends Event {
  readonly context: AnyContext;
  readonly contextTarget: Element;

  constructor(context: AnyContext, contextTarget: Element) {
    super('context-provider', { bubbles: true, composed: true });
    this.context = context;
    this.contextTarget = contextTarget;
  }
}
