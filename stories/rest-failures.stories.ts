/**
 * Failure states of a real backend, for design review: the real `RestContactSource` (retries,
 * time limit, validation at the boundary, HTTP → error kind) against the reference server's API
 * running in the page (`support/in-page-api.ts`), with one failure injected per story. Every
 * story shows what the agent reads, in their language, and whether Retry is offered: only where
 * trying again can help. Reads are not retried here (`retry: 0`) so each story shows its failure
 * at once; Retry then succeeds, because each failure is injected once.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/contact-card.js';
import type { FaultRule } from '../demo/server/faults.js';
import { demoData } from '../src/sources/demo.js';
import { DEFAULT_FAKE_NOW } from '../src/sources/fake-data.js';
import type { RestSourceOptions } from '../src/sources/rest/rest-source.js';
import { inPageBackend } from './support/in-page-api.js';

const NOW = DEFAULT_FAKE_NOW;
const data = demoData({ count: 40, now: NOW });
/** The contact every story opens. */
export const CONTACT_ID = data.contacts[0]!.id;

function backend(fault?: FaultRule, options: Partial<RestSourceOptions> = {}) {
  const server = inPageBackend(
    { ...data, now: () => NOW },
    { retry: 0, ...options },
  );
  if (fault) server.fail(fault);
  return server.source;
}

/** A card over the REST source, its contact's request failing as `fault` says (once). */
function card(fault?: Omit<FaultRule, 'match'>, options: Partial<RestSourceOptions> = {}) {
  const source = backend(fault && { match: `GET /contacts/${CONTACT_ID}$`, times: 1, ...fault }, options);
  return html`<div style="max-inline-size: 360px">
    <contact-card .source=${source} contact-id=${CONTACT_ID} .now=${() => NOW}></contact-card>
  </div>`;
}

const meta: Meta = {
  title: 'Sources/REST failures',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** No failure: the card over real HTTP semantics, for comparison. */
export const Healthy: Story = { render: () => card() };

/** 503: "Something went wrong on the server (error 503)", with Retry. */
export const ServerError: Story = { render: () => card({ status: 503 }) };

/** 401: the session expired. No Retry: the same token would fail again; the host signs in. */
export const SessionExpired: Story = { render: () => card({ status: 401 }) };

/** 403: not allowed. No Retry. */
export const Forbidden: Story = { render: () => card({ status: 403 }) };

/** 429 with `Retry-After: 30`: says when to try again. */
export const RateLimited: Story = { render: () => card({ status: 429, retryAfter: 30 }) };

/** The connection dropped: "You are offline or the server cannot be reached", with Retry. */
export const Offline: Story = { render: () => card({ drop: true }) };

/** The answer took longer than the source's time limit (here 1 s). */
export const TimedOut: Story = { render: () => card({ delay: 4000 }, { timeout: 1000 }) };

/** 404: the contact was deleted elsewhere. */
export const NotFound: Story = { render: () => card({ status: 404 }) };

/** The server answered 200 with a record that breaks the schema: an error, never half a card. */
export const MalformedResponse: Story = {
  render: () => {
    const broken = { ...JSON.parse(JSON.stringify(data.contacts[0])), createdAt: 'yesterday' } as unknown;
    return card({ status: 200, body: broken });
  },
};

/** Slow server: the loading state, as long as the server takes (here 3 s). */
export const SlowServer: Story = { render: () => card({ delay: 3000 }) };
