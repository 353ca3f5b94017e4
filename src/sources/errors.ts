import type { FieldError } from '../model/field-error.js';

/** Every way a source can fail. Elements turn each into a precise, localised message. */
export const SOURCE_ERROR_KINDS = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'invalid',
  'rate-limited',
  'server',
  'aborted',
] as const;
export type SourceErrorKind = (typeof SOURCE_ERROR_KINDS)[number];

/** The existing contact a create or update collided with ("this email belongs to …"). */
export interface ConflictDetail {
  readonly field: string;
  readonly contactId: string;
  readonly contactName?: string;
}

export interface SourceErrorOptions {
  message?: string;
  /** For `invalid`: what is wrong with which field. */
  fieldErrors?: readonly FieldError[];
  /** For `conflict`: the records in the way. */
  conflicts?: readonly ConflictDetail[];
  /** For `rate-limited`: seconds the backend asked us to wait. */
  retryAfter?: number;
  /** The HTTP status, when there was one. */
  status?: number;
  cause?: unknown;
}

/** The one error type every source throws. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly kind: SourceErrorKind;
  readonly fieldErrors: readonly FieldError[];
  readonly conflicts: readonly ConflictDetail[];
  readonly retryAfter: number | undefined;
  readonly status: number | undefined;

  constructor(kind: SourceErrorKind, options: SourceErrorOptions = {}) {
    super(options.message ?? kind, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.fieldErrors = options.fieldErrors ?? [];
    this.conflicts = options.conflicts ?? [];
    this.retryAfter = options.retryAfter;
    this.status = options.status;
  }

  /** Whether trying the same thing again may succeed (the UI offers "Retry" only then). */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

const RETRYABLE: ReadonlySet<SourceErrorKind> = new Set([
  'network',
  'timeout',
  'rate-limited',
  'server',
]);

export function isSourceError(error: unknown): error is SourceError {
  return error instanceof SourceError;
}

/** Whether an error means "this request was superseded": never shown to anyone. */
export function isAbort(error: unknown): boolean {
  return (
    (error instanceof SourceError && error.kind === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}

/** Wraps anything thrown into a SourceError, so callers handle one type. */
export function toSourceError(error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new SourceError('aborted', { cause: error });
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new SourceError('timeout', { cause: error });
  }
  if (error instanceof TypeError) return new SourceError('network', { cause: error });
  return new SourceError('server', {
    message: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}

/** Throws `aborted` if the signal has fired: call before and after every await in a read. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SourceError('aborted', { cause: signal.reason });
}
