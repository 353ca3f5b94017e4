// The search box: debounced, Enter at once, Escape clears, the count announced.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, afterTypingPause, setup, text } from './helpers.js';

describe('<contact-filter> search', () => {
  it('applies what was typed once, after a pause in typing', async () => {
    const { el, events } = await setup();
    const input = $(el, '#search') as HTMLInputElement;
    // Keystrokes faster than the pause (typed by code: a loaded machine types slowly).
    for (const value of ['a', 'al', 'ali', 'alic', 'alice']) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(events, 'nothing while typing').to.deep.equal([]);
    await waitUntil(() => events.length > 0, 'the search is applied');
    await afterTypingPause();
    expect(events).to.deep.equal([{ search: 'alice' }]);
    expect(el.query).to.deep.equal({ search: 'alice' });
  });

  it('applies what is typed on the keyboard', async () => {
    const { el, events } = await setup();
    $(el, '#search').focus();
    await sendKeys({ type: 'alice' });
    await waitUntil(() => events.at(-1)?.search === 'alice', 'the search is applied');
  });

  it('applies at once on Enter, and not again after the pause', async () => {
    const { el, events } = await setup();
    $(el, '#search').focus();
    await sendKeys({ type: 'bob' });
    await sendKeys({ press: 'Enter' });
    // (On a loaded machine the keys may come more than a pause apart, and "b" applies first:
    // what matters is that "bob" is applied by Enter, and once.)
    expect(events.at(-1)).to.deep.equal({ search: 'bob' });
    const applied = events.length;
    await afterTypingPause();
    expect(events).to.have.length(applied);
    expect(events.filter((query) => query.search === 'bob')).to.have.length(1);
  });

  it('Escape clears the box and reports the empty search at once', async () => {
    const { el, events } = await setup({ query: { search: 'alice' } });
    const input = $(el, '#search') as HTMLInputElement;
    expect(input.value, 'shows the query set from code').to.equal('alice');
    input.focus();
    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('');
    expect(events).to.deep.equal([{}]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.search-clear'), 'no clear button for an empty box').to.equal(null);
  });

  it('Escape in an empty box is left to the page (a sidebar may close on it)', async () => {
    const { el, events, wrapper } = await setup();
    let heard = false;
    wrapper.addEventListener('keydown', (event) => (heard = event.key === 'Escape'));
    $(el, '#search').focus();
    await sendKeys({ press: 'Escape' });
    expect(heard).to.equal(true);
    expect(events).to.deep.equal([]);
  });

  it('the clear button empties the search and gives focus back to the box', async () => {
    const { el, events } = await setup({ query: { search: 'alice' } });
    $(el, '.search-clear').click();
    await el.updateComplete;
    expect(events).to.deep.equal([{}]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
  });

  it('announces how many contacts match, politely', async () => {
    const { el } = await setup();
    const status = $(el, '.count-status');
    $(el, '#search').focus();
    await sendKeys({ type: 'example.com' });
    await sendKeys({ press: 'Enter' });
    const total = (await el.source!.listContacts({ search: 'example.com' }, { size: 1 })).total!;
    expect(total).to.be.above(1);
    await waitUntil(() => text(status) !== '', 'the count is announced');
    expect(text(status)).to.equal(`Contacts found: ${total}`);

    await sendKeys({ type: ' zzz-nobody' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(status) === 'No contacts match these filters');
  });

  it('announces without a number when the source does not count', async () => {
    const { el } = await setup({ source: { capabilities: { total: false } } });
    $(el, '#search').focus();
    await sendKeys({ type: 'alice' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '.count-status')) === 'Contacts found');
  });

  it('keeps the sort it was given', async () => {
    const sort = { field: 'name', direction: 'asc' } as const;
    const { el, events } = await setup({ query: { sort } });
    $(el, '#search').focus();
    await sendKeys({ type: 'alice' });
    await sendKeys({ press: 'Enter' });
    // (Every query applied keeps it, including partial ones a loaded machine may apply when its
    // keys come more than the typing pause apart.)
    expect(events.at(-1)).to.deep.equal({ search: 'alice', sort });
    for (const query of events) expect(query.sort).to.deep.equal(sort);
  });

  it('a query set from code updates the box and fires nothing', async () => {
    const { el, events } = await setup();
    el.query = { search: 'carol' };
    await el.updateComplete;
    expect(($(el, '#search') as HTMLInputElement).value).to.equal('carol');
    await afterTypingPause();
    expect(events).to.deep.equal([]);
  });

  it('keeps spaces being typed while the trimmed search is applied', async () => {
    const { el, events } = await setup();
    const input = $(el, '#search') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'alice ' });
    await waitUntil(() => events.at(-1)?.search === 'alice');
    await afterTypingPause();
    expect(events.at(-1)).to.deep.equal({ search: 'alice' });
    expect(input.value).to.equal('alice ');
  });
});
