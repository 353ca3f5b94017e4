/**
 * Backends the browser tests talk to over real HTTP, started on demand by the
 * `test-backends` plugin in web-test-runner.config.mjs (Node side). Each gets a free port
 * (port 0), so parallel test files, and test runs in other checkouts, never share one.
 */
import { ContactServer } from '../../demo/server/contact-server.js';
import { reviveData } from '../../demo/server/data.js';
import { FakeChatwoot, type ChatwootData } from './chatwoot/fake-chatwoot.js';
import type { Capabilities } from '../../src/sources/source.js';

export interface StartRequest {
  readonly kind: 'rest' | 'chatwoot';
  /** The dataset as JSON (a contract seed after `JSON.stringify`). */
  readonly data: unknown;
  /** The server's clock, ISO 8601. */
  readonly now?: string;
  readonly token?: string;
  /** What the reference server claims and does. */
  readonly capabilities?: Partial<Capabilities>;
}

export interface RunningBackend {
  readonly url: string;
  close(): Promise<void>;
}

export async function startBackend(request: StartRequest): Promise<RunningBackend> {
  if (request.kind === 'chatwoot') {
    // The browser sends Chatwoot-shaped data (test/sources/chatwoot-seed.ts).
    const fake = new FakeChatwoot(request.data as ChatwootData);
    const url = await fake.listen();
    return { url, close: () => fake.close() };
  }
  const data = reviveData(request.data);
  const server = new ContactServer({
    data: () => data,
    control: true,
    ...(request.now ? { now: new Date(request.now) } : {}),
    ...(request.token ? { token: request.token } : {}),
    ...(request.capabilities ? { capabilities: request.capabilities } : {}),
  });
  const url = await server.listen(0);
  return { url, close: () => server.close() };
}
