/**
 * A Server-Sent Events reader over fetch. `EventSource` cannot send headers, and a host's
 * credentials belong in a header, never in the URL (where logs and proxies keep them); so the
 * stream is read here, per the WHATWG parsing rules, with the same headers as every request.
 * It reconnects with backoff and `Last-Event-ID`, so a server that keeps recent events
 * replays what a dropped connection missed.
 */

export interface StreamEvent {
  readonly id: string;
  readonly event: string;
  readonly data: string;
}

export interface EventStreamOptions {
  /** Opens the stream (with the caller's headers and this `Last-Event-ID`). */
  readonly open: (lastEventId: string | undefined, signal: AbortSignal) => Promise<Response>;
  readonly onEvent: (event: StreamEvent) => void;
  /** Called when a connection is up (tests and status lights). */
  readonly onOpen?: () => void;
  /** First reconnection delay in ms; doubles per failure up to 30 s; a server `retry:` overrides it. */
  readonly retryDelay?: number;
}

const MAX_DELAY = 30_000;

/** Reads the stream until `stop()` is called; never throws. */
export function readEventStream(options: EventStreamOptions): { stop(): void } {
  const controller = new AbortController();
  const { signal } = controller;
  let lastEventId: string | undefined;
  let baseDelay = options.retryDelay ?? 1000;
  let failures = 0;

  const run = async () => {
    while (!signal.aborted) {
      try {
        const response = await options.open(lastEventId, signal);
        if (!response.ok || !response.body) throw new Error(`event stream: ${response.status}`);
        failures = 0;
        options.onOpen?.();
        await parse(response.body, signal, (event) => {
          if (event.id) lastEventId = event.id;
          options.onEvent(event);
        }, (retry) => {
          baseDelay = retry;
        });
      } catch {
        // Dropped, refused or rejected: try again after a pause (below).
      }
      if (signal.aborted) return;
      failures++;
      const delay = Math.min(MAX_DELAY, baseDelay * 2 ** Math.max(0, failures - 1));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        }, { once: true });
      });
    }
  };
  void run();
  return { stop: () => controller.abort() };
}

async function parse(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  dispatch: (event: StreamEvent) => void,
  setRetry: (ms: number) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id = '';
  const line = (text: string) => {
    if (text === '') {
      if (data.length) dispatch({ id, event: event || 'message', data: data.join('\n') });
      data = [];
      event = '';
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) setRetry(Number(value));
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const newline = buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1;
      // A lone \r at the end of a chunk may be the first half of \r\n: wait for more.
      if (buffer[end] === '\r' && end === buffer.length - 1) break;
      line(buffer.slice(0, end));
      buffer = buffer.slice(end + newline);
    }
  }
}
