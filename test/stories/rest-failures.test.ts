/**
 * The REST failure stories render what they promise: the real RestContactSource against the
 * API running in the page (stories/support/in-page-api.ts) shows each failure's message, offers
 * Retry only where it helps, and Retry then loads the contact.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ContactCard } from '../../src/elements/contact-card/contact-card.js';
import * as stories from '../../stories/rest-failures.stories.js';

type StoryName = Exclude<keyof typeof stories, 'default' | 'CONTACT_ID'>;

async function renderStory(name: StoryName): Promise<ContactCard> {
  const template = (stories[name].render as () => TemplateResult)();
  const root = await fixture<HTMLElement>(template);
  return root.querySelector<ContactCard>('contact-card')!;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shown = (card: ContactCard, selector: string) => card.shadowRoot!.querySelector<HTMLElement>(selector);
const settled = (card: ContactCard) =>
  waitUntil(() => shown(card, '.name, [part=error], .state-title') !== null, 'the story never finished loading', { timeout: 6000 });

describe('REST failure stories', function () {
  this.timeout(15_000);

  const cases: [StoryName, string, boolean][] = [
    ['ServerError', 'Something went wrong on the server (error 503): try again later', true],
    ['SessionExpired', 'Your session has expired: sign in again', false],
    ['Forbidden', 'You are not allowed to do this', false],
    ['RateLimited', 'Too many requests: try again in 30 seconds', true],
    ['Offline', 'You are offline or the server cannot be reached', true],
    ['TimedOut', 'The server took too long to answer', true],
    ['MalformedResponse', 'Something went wrong on the server', true],
  ];
  for (const [name, message, retry] of cases) {
    it(`${name}: “${message}”${retry ? ', and Retry loads the contact' : ', no Retry'}`, async () => {
      const card = await renderStory(name);
      await settled(card);
      expect(text(shown(card, '[part=error]'))).to.contain(message);
      expect(shown(card, '.error-retry') !== null).to.equal(retry);
      await expect(card).to.be.accessible();
      if (!retry) return;
      shown(card, '.error-retry')!.click();
      await waitUntil(() => shown(card, '.name') !== null, 'Retry did not load the contact', { timeout: 6000 });
    });
  }

  it('NotFound: “Contact not found”', async () => {
    const card = await renderStory('NotFound');
    await settled(card);
    expect(text(shown(card, '.state-title'))).to.equal('Contact not found');
  });

  it('Healthy: the contact over the in-page API', async () => {
    const card = await renderStory('Healthy');
    await settled(card);
    expect(text(shown(card, '.name'))).not.to.equal('');
    expect(shown(card, '[part=error]')).to.equal(null);
  });
});
