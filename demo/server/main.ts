/**
 * `npm run server`: the reference server with the demo's generated contacts.
 *
 *   npm run server -- --port 8787 --count 5000 --latency 150 --token secret
 *
 * The API is at http://127.0.0.1:8787/api (see api/openapi.yaml); `/__control` injects
 * latency and failures (see README, "Use your own backend").
 */
import { parseArgs } from 'node:util';
import { DEFAULT_FAKE_NOW } from '../../src/sources/fake-data.js';
import { ContactServer } from './contact-server.js';
import { demoData } from './data.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    latency: { type: 'string', default: '0' },
    token: { type: 'string' },
    'real-time': { type: 'boolean', default: false },
    'no-control': { type: 'boolean', default: false },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
// The generated data is dated around a fixed day; by default the clock starts there too, so
// "active in the last 7 days" finds the same people on every run.
const now = values['real-time'] ? undefined : DEFAULT_FAKE_NOW;
const server = new ContactServer({
  data: () => demoData({ count, seed, ...(now ? { now } : {}) }),
  ...(now ? { now } : {}),
  control: !values['no-control'],
  ...(values.token ? { token: values.token } : {}),
});
server.faults.latency = Number(values.latency);
const url = await server.listen(Number(values.port), values.host);
console.log(`contact-elements reference server: ${count} contacts`);
console.log(`  API      ${url}/api   (api/openapi.yaml)`);
if (!values['no-control']) console.log(`  control  ${url}/__control   (latency, failures, clock, reset)`);
if (values.token) console.log('  auth     Authorization: Bearer <the --token you gave>');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
