/**
 * Every story of `<contact-bulk-actions>` renders, runs its play function and passes axe: the
 * states designers review are the states tested.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/contact-bulk-actions.stories.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import type { ContactBulkActions } from '../../../src/elements/contact-list/bulk-actions.js';

type AnyStory = {
  loaders?: (() => Promise<unknown>)[];
  render: (args: unknown, context: { loaded: unknown }) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, AnyStory][];

describe('<contact-bulk-actions> stories', () => {
  after(() => setContactLocale('en'));

  for (const [name, story] of entries) {
    it(`${name} renders and is accessible`, async () => {
      let loaded = {};
      for (const loader of story.loaders ?? []) loaded = { ...loaded, ...((await loader()) as object) };
      const canvas = await fixture<HTMLElement>(story.render({}, { loaded }));
      await story.play?.({ canvasElement: canvas });
      const element = canvas.querySelector<ContactBulkActions>('contact-bulk-actions')!;
      await waitUntil(() => element.shadowRoot!.querySelector('.bar, .progress, .report'), 'nothing rendered');
      if (name === 'PartialFailure') {
        await waitUntil(() => element.shadowRoot!.querySelector('.failures'), 'no report', { timeout: 5000 });
        expect(element.shadowRoot!.querySelectorAll('.failures li')).to.have.length(6);
      }
      if (name === 'Running') {
        await waitUntil(() => element.shadowRoot!.querySelector('[role="progressbar"]'), 'no progress');
      }
      if (name === 'Ukrainian') expect(element.shadowRoot!.querySelector('.count')!.textContent).to.contain('Вибрано: 3');
      await expect(element).to.be.accessible();
      element.cancel();
    });
  }
});
