/**
 * Latency and failure injection for the reference server, set on request through
 * `POST /__control` so demos and tests can show every failure a real backend has.
 */
import { problem, type ApiAnswer } from './api.js';

/** A planned failure: which requests it hits and what they get instead of an answer. */
export interface FaultRule {
  /**
   * Which requests: `METHOD /path` relative to the API root, or `/path`, or `*`. A path matches
   * itself and everything under it (`GET /contacts/c01` covers `/contacts/c01/notes`); end it
   * with `$` for that path alone (`GET /contacts$`: the list, not one contact).
   */
  readonly match: string;
  /** How many matching requests fail; unlimited when absent. */
  readonly times?: number;
  /** Answer with this status and a problem body (or `body`, sent as is). */
  readonly status?: number;
  /** Sets `Retry-After` (seconds) on the failure. */
  readonly retryAfter?: number;
  /** Sent instead of the real answer, with `status` (default 200): malformed data on demand. */
  readonly body?: unknown;
  /** Close the connection without answering: the client sees a network error. */
  readonly drop?: boolean;
  /** Delay before this request is handled (or failed), in ms. */
  readonly delay?: number;
}

interface ActiveRule extends FaultRule {
  remaining: number;
}

export class Faults {
  /** Extra time before every request is handled, in ms. */
  latency = 0;
  readonly #rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    this.#rules.push({ ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.#rules.length = 0;
    this.latency = 0;
  }

  /** The rule this request falls under (using up one of its times), if any. */
  take(method: string, path: string): FaultRule | undefined {
    const rule = this.#rules.find((candidate) => candidate.remaining > 0 && matches(candidate.match, method, path));
    if (rule) rule.remaining--;
    return rule;
  }

  get rules(): readonly FaultRule[] {
    return this.#rules.filter((rule) => rule.remaining > 0);
  }
}

/** What a request under `fault` gets instead of the real answer (undefined: the real one, late). */
export function injectedAnswer(fault: FaultRule): ApiAnswer | undefined {
  if (fault.body !== undefined) {
    return { status: fault.status ?? 200, body: fault.body, ...(fault.retryAfter !== undefined ? { retryAfter: fault.retryAfter } : {}) };
  }
  if (fault.status) return problem(fault.status, `Injected failure (${fault.status})`, {}, fault.retryAfter);
  return undefined;
}

function matches(pattern: string, method: string, path: string): boolean {
  if (pattern === '*') return true;
  const space = pattern.indexOf(' ');
  const wantedMethod = space > 0 ? pattern.slice(0, space).toUpperCase() : undefined;
  const prefix = space > 0 ? pattern.slice(space + 1) : pattern;
  if (wantedMethod && wantedMethod !== method) return false;
  if (prefix.endsWith('$')) return path === prefix.slice(0, -1);
  return path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}
