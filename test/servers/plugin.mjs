// @ts-check
/**
 * A web-test-runner plugin that starts backends for browser tests: a test calls
 * `executeServerCommand('backend-start', {...})` and gets the URL of a fresh server on a free
 * port; `backend-stop` (or the end of the run) closes it. The servers are TypeScript, loaded
 * through tsx on first use.
 */
import { tsImport } from 'tsx/esm/api';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function testBackendsPlugin() {
  /** @type {Map<string, { close(): Promise<void> }>} */
  const running = new Map();
  /** @type {Promise<{ startBackend(request: unknown): Promise<{ url: string, close(): Promise<void> }> }> | undefined} */
  let backends;
  let sequence = 0;
  return {
    name: 'test-backends',
    async serverStop() {
      await Promise.all([...running.values()].map((backend) => backend.close()));
      running.clear();
    },
    async executeCommand({ command, payload }) {
      if (command === 'backend-start') {
        backends ??= tsImport('./backends.ts', import.meta.url);
        const backend = await (await backends).startBackend(payload);
        const id = String(++sequence);
        running.set(id, backend);
        return { id, url: backend.url };
      }
      if (command === 'backend-stop') {
        const id = /** @type {{ id: string }} */ (payload).id;
        await running.get(id)?.close();
        running.delete(id);
        return true;
      }
      return undefined;
    },
  };
}
