/**
 * Browser side of the test backends: starts a real server (reference or fake Chatwoot) on a
 * free port through the `test-backends` wtr plugin, and drives its `/__control` endpoint
 * (clock, latency, injected failures, request log).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Capabilities } from '../../src/sources/source.js';
import type { FaultRule } from './backend-types.js';

export type { FaultRule } from './backend-types.js';

export interface TestBackend {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  control(command: Record<string, unknown>): Promise<void>;
  fail(rule: FaultRule): Promise<void>;
  setNow(date: Date): Promise<void>;
  /** Requests the server received (method, path with query, Authorization), oldest first. */
  requests(): Promise<{ method: string; path: string; authorization?: string }[]>;
  /** Open change streams. */
  streams(): Promise<number>;
  stop(): Promise<void>;
}

export async function startBackend(kind: 'rest' | 'chatwoot', data: unknown, options: { now?: Date; token?: string; capabilities?: Partial<Capabilities> } = {}): Promise<TestBackend> {
  const started = await executeServerCommand<{ id: string; url: string }, unknown>('backend-start', {
    kind,
    // Dates become ISO strings, as on the wire.
    data: JSON.parse(JSON.stringify(data)) as unknown,
    ...(options.now ? { now: options.now.toISOString() } : {}),
    ...(options.token ? { token: options.token } : {}),
    ...(options.capabilities ? { capabilities: options.capabilities } : {}),
  });
  if (!started) throw new Error('the test-backends plugin is not installed (web-test-runner.config.mjs)');
  const { id, url } = started;
  const control = async (command: Record<string, unknown>) => {
    const response = await fetch(`${url}/__control`, { method: 'POST', body: JSON.stringify(command) });
    if (!response.ok) throw new Error(`control ${JSON.stringify(command)}: ${response.status} ${await response.text()}`);
  };
  const state = async (query = '') => (await fetch(`${url}/__control${query}`)).json() as Promise<Record<string, unknown>>;
  return {
    url,
    control,
    fail: (rule) => control({ action: 'fail', ...rule }),
    setNow: (date) => control({ action: 'clock', now: date.toISOString() }),
    requests: async () => (await state('?requests')).requests as { method: string; path: string; authorization?: string }[],
    streams: async () => (await state()).streams as number,
    stop: async () => {
      await executeServerCommand('backend-stop', { id });
    },
  };
}
