// Saved segments: shown only when the source keeps them; save, apply, delete, against the source.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactFilter } from '../../../src/elements/contact-filter/contact-filter.js';
import type { SavedSegment } from '../../../src/sources/source.js';
import { $, $$, describeElement, focusOf, setup, text } from './helpers.js';

const SEGMENTS: SavedSegment[] = [
  { id: 'seg-vip', name: 'VIP customers', query: { labels: ['vip', 'customer'], labelMatch: 'all' } },
  { id: 'seg-quiet', name: 'Quiet for a month', query: { conditions: [{ field: 'lastActivityAt', operator: 'more-than-days-ago', value: 30 }] } },
];

async function openSegments(el: ContactFilter): Promise<HTMLElement> {
  $(el, '#segments-button').click();
  const popover = $(el, '#segments-popover');
  await waitUntil(
    () => popover.matches(':popover-open') && popover.contains(el.shadowRoot!.activeElement),
    'segments open, focus inside',
  );
  await el.updateComplete;
  return popover;
}

const names = (el: ContactFilter) => $$(el, '.segment-name').map((node) => text(node));

describe('<contact-filter> saved segments', () => {
  it('are not offered when the source does not keep them', async () => {
    const { el } = await setup({ source: { capabilities: { segments: false } } });
    expect(el.shadowRoot!.querySelector('#segments-button')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#segments-popover')).to.equal(null);
  });

  it('are not offered when the source lacks the methods, whatever it claims', async () => {
    const { el, source } = await setup();
    Object.defineProperty(source, 'listSegments', { value: undefined });
    el.source = undefined;
    el.source = source;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#segments-button')).to.equal(null);
  });

  it('lists the saved segments; choosing one applies its query, closes, and marks it', async () => {
    const sort = { field: 'name', direction: 'asc' } as const;
    const { el, events } = await setup({ source: { segments: SEGMENTS }, query: { search: 'x', sort } });
    const button = $(el, '#segments-button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const popover = await openSegments(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(names(el)).to.deep.equal(['VIP customers', 'Quiet for a month']);
    expect(focusOf(el), 'focus on the first segment').to.equal(describeElement($$(el, '.segment-apply')[0]));

    $$(el, '.segment-apply')[1]!.click();
    await el.updateComplete;
    expect(events).to.deep.equal([{ ...SEGMENTS[1]!.query, sort }]);
    expect(popover.matches(':popover-open')).to.equal(false);
    expect(focusOf(el)).to.equal(describeElement(button));
    expect(text($(el, '.segment-current'))).to.equal('Quiet for a month');
    expect(($(el, '#search') as HTMLInputElement).value, 'the search is replaced').to.equal('');

    await openSegments(el);
    expect($$(el, '.segment-apply')[1]!.getAttribute('aria-current')).to.equal('true');
  });

  it('saves the current query under a name, in the source', async () => {
    const { el, source } = await setup({ source: { segments: SEGMENTS }, query: { search: 'alice', labels: ['vip'] } });
    await openSegments(el);
    const input = $(el, '#segment-name') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: '  Alice VIPs ' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(el).includes('Alice VIPs'), 'listed');
    const saved = (await source.listSegments()).find((segment) => segment.name === 'Alice VIPs');
    expect(saved?.query).to.deep.equal({ search: 'alice', labels: ['vip'] });
    expect(input.value, 'the box empties').to.equal('');
    expect(text($(el, '#segments-popover [role="status"]'))).to.equal('Segment “Alice VIPs” saved');
    expect(text($(el, '.segment-current'))).to.equal('Alice VIPs');
  });

  it('saves what is still being typed in the search box', async () => {
    const { el, source } = await setup({ source: { segments: [] }, query: { labels: ['lead'] } });
    $(el, '#search').focus();
    await sendKeys({ type: 'bob' });
    await openSegments(el);
    ($(el, '#segment-name') as HTMLInputElement).value = 'Bobs';
    $(el, '#segment-name').dispatchEvent(new Event('input'));
    $(el, '.segment-form button[type="submit"]').click();
    await waitUntil(async () => (await source.listSegments()).length === 1);
    expect((await source.listSegments())[0]!.query).to.deep.equal({ search: 'bob', labels: ['lead'] });
  });

  it('checks the name: required, not too long, not taken; keeps what was typed', async () => {
    const { el, source } = await setup({ source: { segments: SEGMENTS }, query: { labels: ['vip'] } });
    await openSegments(el);
    const input = $(el, '#segment-name') as HTMLInputElement;
    const submit = async (name: string) => {
      input.value = name;
      input.dispatchEvent(new Event('input'));
      $(el, '.segment-form button[type="submit"]').click();
      await el.updateComplete;
      await el.updateComplete;
    };
    await submit('   ');
    expect(text($(el, '#segment-name-error'))).to.equal('This field is required');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('segment-name-error');
    expect(focusOf(el)).to.equal(describeElement(input));
    await submit('vip CUSTOMERS');
    expect(text($(el, '#segment-name-error'))).to.equal('A segment with this name already exists');
    expect(input.value).to.equal('vip CUSTOMERS');
    await submit('x'.repeat(81));
    expect(text($(el, '#segment-name-error'))).to.equal('Too long: 80 characters at most');
    expect(await source.listSegments()).to.have.length(2);
  });

  it('a failed save says why and keeps the name', async () => {
    const { el, source } = await setup({ source: { segments: [] }, query: { labels: ['vip'] } });
    await openSegments(el);
    source.failNext('saveSegment', 'network');
    const input = $(el, '#segment-name') as HTMLInputElement;
    input.value = 'VIPs';
    input.dispatchEvent(new Event('input'));
    $(el, '.segment-form button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.segment-form [role="alert"]'), 'error shown');
    expect(text($(el, '.segment-form [role="alert"]'))).to.contain('The segment could not be saved');
    expect(input.value).to.equal('VIPs');
    expect(await source.listSegments()).to.deep.equal([]);
  });

  it('with nothing filtered, says how to make a segment instead of a save form', async () => {
    const { el } = await setup({ source: { segments: SEGMENTS } });
    await openSegments(el);
    expect(el.shadowRoot!.querySelector('#segment-name')).to.equal(null);
    expect(text($(el, '#segments-popover'))).to.contain('Filter the list first');
  });

  it('deletes a segment after a confirmation; Cancel keeps it', async () => {
    const { el, source } = await setup({ source: { segments: SEGMENTS } });
    await openSegments(el);
    $$(el, '.segment-delete')[0]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '.segment-question'))).to.equal('Delete the segment “VIP customers”? This cannot be undone.');
    expect(focusOf(el), 'focus on Cancel').to.equal(describeElement($(el, '.segment-cancel')));
    $(el, '.segment-cancel').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focusOf(el)).to.equal(describeElement($$(el, '.segment-delete')[0]));
    expect(await source.listSegments()).to.have.length(2);

    $$(el, '.segment-delete')[0]!.click();
    await el.updateComplete;
    $(el, '.segment-confirm').click();
    await waitUntil(() => names(el).length === 1, 'gone from the list');
    expect((await source.listSegments()).map((segment) => segment.id)).to.deep.equal(['seg-quiet']);
    expect(text($(el, '#segments-popover [role="status"]'))).to.equal('Segment “VIP customers” deleted');
    await waitUntil(() => el.shadowRoot!.activeElement === $$(el, '.segment-apply')[0], 'focus on the next segment');
  });

  it('follows segments saved elsewhere (segments-changed)', async () => {
    const { el, source } = await setup({ source: { segments: SEGMENTS } });
    await openSegments(el);
    await source.saveSegment({ name: 'From another tab', query: { labels: ['lead'] } });
    await waitUntil(() => names(el).includes('From another tab'), 'listed');
  });

  it('says when the segments cannot be loaded, with a retry', async () => {
    const { el, source } = await setup({ source: { segments: SEGMENTS } });
    source.failNext('listSegments', 'network');
    $(el, '#segments-button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#segments-popover [role="alert"]'), 'error shown');
    $(el, '#segments-popover .error-retry').click();
    await waitUntil(() => names(el).length === 2, 'listed after retry');
  });

  it('by keyboard: open, choose with Enter; Escape closes and focus returns', async () => {
    const { el, events } = await setup({ source: { segments: SEGMENTS } });
    $(el, '#segments-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('segment-apply'), 'focus in the list');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '#segments-popover').matches(':popover-open')).to.equal(false);
    expect(focusOf(el)).to.equal(describeElement($(el, '#segments-button')));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('segment-apply'), 'focus in the list');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.deep.equal([SEGMENTS[0]!.query]);
  });
});

describe('<contact-filter> saved segments popover, closed by a click outside', () => {
  it('leaves focus where the click put it', async () => {
    const { el, wrapper } = await setup({ source: { segments: SEGMENTS } });
    const outside = document.createElement('input');
    wrapper.append(outside);
    const popover = await openSegments(el);
    outside.focus();
    popover.hidePopover();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(document.activeElement === outside, 'focus stays outside').to.equal(true);
    expect($(el, '#segments-button').getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<contact-filter> saved segments popover and Tab', () => {
  it('Tab from the button goes into the open popover; Tab past its end closes it and moves on', async () => {
    const { el } = await setup({ source: { segments: SEGMENTS } });
    await openSegments(el);
    $(el, '#segments-button').focus();
    await sendKeys({ press: 'Tab' });
    expect(focusOf(el)).to.equal(describeElement($$(el, '.segment-apply')[0]));
    // The hint is the last thing in the popover (nothing filtered): its last control is the last delete button.
    $$(el, '.segment-delete').at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect($(el, '#segments-popover').matches(':popover-open')).to.equal(false);
    const next = el.shadowRoot!.activeElement as HTMLInputElement | null;
    expect(next?.name, 'on to what follows the button: the labels’ any/all switch').to.equal('label-match');
  });
});
