/**
 * Latency and failure simulation for the memory source, so loading and error states can be
 * shown in stories and demos and tested like a real backend's.
 */
import { SourceError, type SourceErrorKind } from '../errors.js';

export type Latency = number | { readonly min: number; readonly max: number };

/** Waits `ms`, rejecting with `aborted` as soon as the signal fires. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new SourceError('aborted', { cause: signal.reason }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SourceError('aborted', { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function latencyMs(latency: Latency | undefined): number {
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return latency;
  return latency.min + Math.random() * (latency.max - latency.min);
}

/** `'*'` stands for every method. */
export type FailureTarget = string;

/** Failures injected on request: once (`failNext`) or until cleared (`setFailure`). */
export class FailureInjector {
  readonly #once = new Map<FailureTarget, SourceErrorKind[]>();
  readonly #always = new Map<FailureTarget, SourceErrorKind>();

  failNext(method: FailureTarget, kind: SourceErrorKind): void {
    const queue = this.#once.get(method) ?? [];
    queue.push(kind);
    this.#once.set(method, queue);
  }

  setFailure(method: FailureTarget, kind: SourceErrorKind | undefined): void {
    if (kind) this.#always.set(method, kind);
    else this.#always.delete(method);
  }

  /** Throws the failure planned for this call, if any. */
  check(method: string): void {
    for (const target of [method, '*']) {
      const queued = this.#once.get(target)?.shift();
      if (queued) throw simulatedError(queued, method);
    }
    const always = this.#always.get(method) ?? this.#always.get('*');
    if (always) throw simulatedError(always, method);
  }
}

function simulatedError(kind: SourceErrorKind, method: string): SourceError {
  return new SourceError(kind, {
    message: `Simulated ${kind} failure in ${method}`,
    ...(kind === 'rate-limited' ? { retryAfter: 5 } : {}),
  });
}
