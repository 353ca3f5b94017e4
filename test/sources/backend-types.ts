/** The shape of a fault rule (`POST /__control {action: 'fail', ...}`), as in demo/server/faults.ts. */
export interface FaultRule {
  /** `METHOD /path` relative to the API root (and below it; `$` at the end: that path alone), `/path`, or `*`. */
  readonly match: string;
  readonly times?: number;
  readonly status?: number;
  readonly retryAfter?: number;
  readonly body?: unknown;
  readonly drop?: boolean;
  readonly delay?: number;
}
