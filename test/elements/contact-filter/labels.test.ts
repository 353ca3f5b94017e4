// The label quick filter: chips in their colours, toggles, any/all, keyboard, live labels.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LABELS_SHOWN } from '../../../src/elements/contact-filter/label-bar.js';
import type { Label } from '../../../src/model/contact.js';
import type { ContactFilter } from '../../../src/elements/contact-filter/contact-filter.js';
import { $, $$, describeElement, focusOf, loaded, seededSource, setup, text } from './helpers.js';

const toggles = (el: Parameters<typeof $>[0]) => $$(el, '.label-toggle');
const toggle = (el: Parameters<typeof $>[0], name: string) => $(el, `.label-toggle[data-label="${name}"]`);

describe('<contact-filter> labels', () => {
  it("shows the source's labels, in their colours, none pressed", async () => {
    const { el } = await setup();
    expect(toggles(el).map((button) => text(button))).to.deep.equal(['vip', 'customer', 'lead', 'support', 'spam', 'partner']);
    expect(toggles(el).every((button) => button.getAttribute('aria-pressed') === 'false')).to.equal(true);
    const chip = toggle(el, 'vip').querySelector<HTMLElement>('.label-chip')!;
    expect(chip.style.getPropertyValue('--chip-color')).to.equal('#7c3aed');
  });

  it('toggling labels reports them; any of them by default, all of them after the switch', async () => {
    const { el, events } = await setup();
    toggle(el, 'vip').click();
    await el.updateComplete;
    expect(toggle(el, 'vip').getAttribute('aria-pressed')).to.equal('true');
    toggle(el, 'lead').click();
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal({ labels: ['vip', 'lead'] });

    const all = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="label-match"][value="all"]')!;
    expect(text(all.parentElement)).to.equal('all of these');
    all.click();
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal({ labels: ['vip', 'lead'], labelMatch: 'all' });

    toggle(el, 'vip').click();
    await el.updateComplete;
    expect(toggle(el, 'vip').getAttribute('aria-pressed')).to.equal('false');
    expect(events.at(-1)).to.deep.equal({ labels: ['lead'], labelMatch: 'all' });
    expect(events).to.have.length(4);
  });

  it('is one toolbar: arrow keys move, Home and End jump, Space toggles', async () => {
    const { el, events } = await setup();
    toggle(el, 'vip').focus();
    expect(toggles(el).filter((button) => button.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusOf(el)).to.equal(describeElement(toggle(el, 'customer')));
    await sendKeys({ press: 'End' });
    expect(focusOf(el)).to.equal(describeElement(toggle(el, 'partner')));
    await sendKeys({ press: 'ArrowRight' });
    expect(focusOf(el), 'wraps around').to.equal(describeElement(toggle(el, 'vip')));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(events).to.deep.equal([{ labels: ['partner'] }]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal({ labels: ['partner', 'vip'] });
    expect(toggle(el, 'vip').tabIndex, 'the Tab stop follows focus').to.equal(0);
  });

  it('arrow keys follow the visual order in right-to-left pages', async () => {
    const { el } = await setup({ dir: 'rtl' });
    toggle(el, 'customer').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusOf(el)).to.equal(describeElement(toggle(el, 'lead')));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusOf(el)).to.equal(describeElement(toggle(el, 'vip')));
  });

  it('follows labels created elsewhere (labels-changed)', async () => {
    const { el, source } = await setup();
    await source.setContactLabels('c02', ['lead', 'returning']);
    await waitUntil(() => el.shadowRoot!.querySelector('.label-toggle[data-label="returning"]'), 'the new label shows');
  });

  it('a chosen label the source does not know still shows, so it can be turned off', async () => {
    const { el, events } = await setup({ query: { labels: ['gone'] } });
    expect(toggle(el, 'gone').getAttribute('aria-pressed')).to.equal('true');
    toggle(el, 'gone').click();
    await el.updateComplete;
    expect(events).to.deep.equal([{}]);
  });

  it(`folds labels past ${LABELS_SHOWN} behind "Show all", keeping chosen ones`, async () => {
    const labels: Label[] = Array.from({ length: 20 }, (_, i) => ({ name: `label-${String(i).padStart(2, '0')}`, color: '#2563eb' }));
    const { el } = await setup({ source: { labels }, query: { labels: ['label-19'] } });
    expect(toggles(el)).to.have.length(LABELS_SHOWN + 1);
    const more = $(el, '.labels-more');
    expect(text(more)).to.equal('Show all labels (20)');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(toggles(el)).to.have.length(20);
    expect(text($(el, '.labels-more'))).to.equal('Show fewer labels');
  });

  it('shows no label bar for a source without labels', async () => {
    const { el } = await setup({ source: { labels: [] }, waitForLabels: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.labels')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#search')).not.to.equal(null);
  });
});

describe('<contact-filter> labels that cannot be loaded', () => {
  it('says why, and Retry loads them', async () => {
    const source = seededSource();
    source.failNext('listLabels', 'network');
    const el = await fixture<ContactFilter>(html`<contact-filter .source=${source}></contact-filter>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(text($(el, '[role="alert"]'))).to.contain('Labels could not be loaded');
    await expect(el).to.be.accessible();
    $(el, '.error-retry').click();
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
