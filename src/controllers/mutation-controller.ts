/**
 * Writes to a source from an element: one at a time, with the state a form needs.
 *
 * - `pending` while a write runs; a second `run()` meanwhile is refused (no double submit:
 *   a double click on "Block" must not block twice or show two errors);
 * - `error` keeps the last failure as a `SourceError` for the element to say in words; the
 *   element keeps what the user typed, because nothing here touches its state;
 * - the host re-renders on every change of `pending` and `error`.
 *
 * Writes are not aborted when the host disconnects: a save the user asked for should finish.
 *
 * ```ts
 * readonly #save = new MutationController(this);
 * async #submit() {
 *   const result = await this.#save.run(() => source.updateContact(id, patch));
 *   if (result?.ok) fire(this, 'contact-updated', { contact: result.value });
 * }
 * // render: ?disabled=${this.#save.pending} … ${this.#save.error ? renderError(this.#save.error) : nothing}
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort, toSourceError, type SourceError } from '../sources/errors.js';

export type MutationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: SourceError };

export class MutationController implements ReactiveController {
  #pending = false;
  #error: SourceError | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether a write is running. */
  get pending(): boolean {
    return this.#pending;
  }

  /** The last write's failure, until the next write starts or `clearError()`. */
  get error(): SourceError | undefined {
    return this.#error;
  }

  /**
   * Runs `write` unless one is already running; then resolves to `undefined` and does nothing.
   * Never rejects: a failure is returned and kept in `error` (an abort is returned, not kept:
   * nobody needs to be told about a request that was called off).
   */
  async run<T>(write: () => Promise<T>): Promise<MutationResult<T> | undefined> {
    if (this.#pending) return undefined;
    this.#pending = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      return { ok: true, value: await write() };
    } catch (thrown) {
      const error = toSourceError(thrown);
      if (!isAbort(error)) this.#error = error;
      return { ok: false, error };
    } finally {
      this.#pending = false;
      this.#host.requestUpdate();
    }
  }

  clearError(): void {
    if (!this.#error) return;
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  hostConnected(): void {}
}
