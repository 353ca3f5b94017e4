import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/block-dialog.js';
import { bigSource, focused, row, rows, setup } from './helpers.js';

describe('<contact-list> row actions with <block-dialog> defined', () => {
  it('Block opens <block-dialog> for the contact with the list source', async () => {
    const { el, source } = await setup();
    const first = rows(el)[0]!;
    const id = first.dataset['id']!;
    first.querySelector<HTMLElement>('[data-action]:not([data-action="open"])')!.click();
    const dialog = await waitUntil(() => el.shadowRoot!.querySelector('block-dialog'), 'dialog opened').then(
      () => el.shadowRoot!.querySelector('block-dialog')!,
    );
    expect(dialog.contact?.id).to.equal(id);
    expect(dialog.source).to.equal(source);
    expect(row(el, id)).not.to.equal(undefined);
    await dialog.close();
  });
});

describe('<contact-list> right to left', () => {
  it('ArrowLeft moves to the next cell in reading order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const { el } = await setup({ source: bigSource(20), style: 'inline-size: 64rem' });
    wrapper.append(el.parentElement!);
    await el.updateComplete;
    rows(el)[0]!.querySelector<HTMLElement>('[data-column="name"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)!.dataset['column']).to.equal('phone');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.dataset['column']).to.equal('name');
  });
});
