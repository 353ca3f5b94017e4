/**
 * Re-renders the host every `interval` ms while it is connected, so relative times ("3 minutes
 * ago") stay true in a sidebar that stays open all day. Stops when the host leaves the page.
 *
 * ```ts
 * readonly #clock = new ClockController(this); // once a minute
 * html`${relativeTime(note.createdAt, { now: this.#clock.now })}`
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #interval: number;
  #timer: ReturnType<typeof setInterval> | undefined;
  #now = new Date();

  constructor(host: ReactiveControllerHost, interval = 60_000) {
    this.#host = host;
    this.#interval = interval;
    host.addController(this);
  }

  /** The moment of the current render: one instant for every time on screen. */
  get now(): Date {
    return this.#now;
  }

  hostConnected(): void {
    this.#timer ??= setInterval(() => this.#host.requestUpdate(), this.#interval);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  hostUpdate(): void {
    this.#now = new Date();
  }
}
