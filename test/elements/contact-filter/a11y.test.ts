// axe in every state, both schemes, narrow and wide, left to right and right to left.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ContactFilter } from '../../../src/elements/contact-filter/contact-filter.js';
import type { Condition } from '../../../src/model/query.js';
import type { SavedSegment } from '../../../src/sources/source.js';
import { $, $$, setup } from './helpers.js';

/** One condition of each value input. */
const CONDITIONS: Condition[] = [
  { field: 'name', operator: 'contains', value: 'a' },
  { field: 'attributes.seats', operator: 'between', value: [1, 9] },
  { field: 'createdAt', operator: 'before', value: '2026-01-01' },
  { field: 'createdAt', operator: 'date-between', value: ['2026-01-01', '2026-02-01'] },
  { field: 'lastActivityAt', operator: 'in-last-days', value: 7 },
  { field: 'labels', operator: 'has-any', value: ['vip'] },
  { field: 'attributes.plan', operator: 'any-of', value: ['pro'] },
  { field: 'sourceChannel', operator: 'any-of', value: ['whatsapp'] },
  { field: 'conversationStatus', operator: 'any-of', value: ['open'] },
  { field: 'blocked', operator: 'is-true' },
  { field: 'attributes.seats', operator: 'gt', value: 3 },
];

const SEGMENTS: SavedSegment[] = [{ id: 's1', name: 'VIP', query: { labels: ['vip'] } }];

async function openBuilder(el: ContactFilter): Promise<void> {
  $(el, '.filters-button').click();
  await el.updateComplete;
  await el.updateComplete;
}

async function openSegments(el: ContactFilter): Promise<void> {
  $(el, '#segments-button').click();
  await waitUntil(() => $(el, '#segments-popover').matches(':popover-open') && el.shadowRoot!.querySelector('.segment-apply'));
}

for (const scheme of ['light', 'dark'] as const) {
  for (const layout of [
    { name: 'wide', style: 'inline-size: 56rem' },
    { name: 'narrow', style: 'inline-size: 18rem' },
  ]) {
    describe(`<contact-filter> accessibility (${scheme}, ${layout.name})`, () => {
      const style = `${layout.style}; color-scheme: ${scheme}`;

      it('empty', async () => {
        const { el } = await setup({ style });
        await expect(el).to.be.accessible();
      });

      it('labels chosen, all of them, search typed', async () => {
        const { el } = await setup({ style, query: { search: 'alice', labels: ['vip', 'lead'], labelMatch: 'all' } });
        await expect(el).to.be.accessible();
      });

      it('builder open with every kind of value input, and their chips', async () => {
        const { el } = await setup({ style, query: { conditions: CONDITIONS, match: 'any' } });
        await openBuilder(el);
        expect($$(el, '.condition')).to.have.length(CONDITIONS.length);
        await expect(el).to.be.accessible();
      });

      it('invalid conditions with their errors', async () => {
        const { el } = await setup({
          style,
          query: {
            conditions: [
              { field: 'attributes.seats', operator: 'between', value: [9, 1] },
              { field: 'name', operator: 'contains', value: '' },
              { field: 'labels', operator: 'has-any', value: [] },
              { field: 'attributes.gone', operator: 'contains', value: 'x' },
            ],
          },
        });
        await openBuilder(el);
        expect($$(el, '.field-error')).to.have.length(4);
        await expect(el).to.be.accessible();
      });

      it('segments open, and a deletion waiting for its confirmation', async () => {
        const { el } = await setup({ style, source: { segments: SEGMENTS }, query: { labels: ['vip'] } });
        await openSegments(el);
        await expect(el).to.be.accessible();
        $(el, '.segment-delete').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    });
  }
}

describe('<contact-filter> accessibility (right to left, no source)', () => {
  it('right to left with chips and the builder open', async () => {
    const { el } = await setup({ dir: 'rtl', query: { conditions: CONDITIONS.slice(0, 4), labels: ['vip'] } });
    await openBuilder(el);
    await expect(el).to.be.accessible();
  });

  it('without a source: search and builder still work, nothing else shows', async () => {
    const el = await fixture<ContactFilter>(html`<contact-filter></contact-filter>`);
    expect(el.shadowRoot!.querySelector('.labels')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#segments-button')).to.equal(null);
    await openBuilder(el);
    await expect(el).to.be.accessible();
  });
});
