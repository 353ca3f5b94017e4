import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/contact-labels.js';
import '../../../src/contact-source-provider.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import type { ContactLabels } from '../../../src/elements/contact-labels/contact-labels.js';
import type { ContactEvent } from '../../../src/elements/events.js';
import type { Contact, Label } from '../../../src/model/contact.js';
import { MemoryContactSource, type MemorySourceOptions } from '../../../src/sources/memory.js';
import { makeContact } from '../../model/contact-fixture.js';
import { contrast } from '../shared/part-host.js';

const CATALOG: Label[] = [
  { name: 'VIP', color: '#b45309', description: 'Answer first' },
  { name: 'Partner', color: '#be185d' },
  { name: 'Spam suspect', color: '#57534e' },
  { name: 'Café regular', color: '#15803d' },
  { name: 'Lead', color: '#1d4ed8' },
];

function setup(contact: Partial<Contact> = {}, options: MemorySourceOptions = {}) {
  const olena = makeContact({ id: 'olena', name: 'Olena', labels: ['Lead'], ...contact });
  const source = new MemoryContactSource({ contacts: [olena], labels: CATALOG, ...options });
  return { source, contact: olena };
}

async function render(source: MemoryContactSource, id = 'olena'): Promise<ContactLabels> {
  const el = await fixture<ContactLabels>(html`<contact-labels contact-id=${id} .source=${source}></contact-labels>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.label-list, .empty, .error-block'), 'labels rendered');
  await waitUntil(() => chips(el).length === 0 || el.shadowRoot!.querySelector('.label-chip[data-colored]'), 'catalog colours');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ContactLabels, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const chips = (el: ContactLabels) => [...el.shadowRoot!.querySelectorAll('.label-chip .chip-text')].map((chip) => chip.textContent);
const options = (el: ContactLabels) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((option) => option.querySelector('.option-name')!.textContent);
const input = (el: ContactLabels) => $<HTMLInputElement>(el, 'input[role="combobox"]')!;
const activeOption = (el: ContactLabels) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)?.querySelector('.option-name')?.textContent : undefined;
};
const focused = (el: ContactLabels) => el.shadowRoot!.activeElement;

async function labelsOf(source: MemoryContactSource, id = 'olena') {
  return (await source.getContact(id)).labels;
}

async function typeInto(el: ContactLabels, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: ContactLabels, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<contact-labels>', () => {
  it('loads the contact by id and shows its labels in the catalog’s colours', async () => {
    const { source } = setup({ labels: ['VIP', 'Lead'] });
    const el = await render(source);
    expect(chips(el)).to.deep.equal(['VIP', 'Lead']);
    const vip = $(el, '.label-chip')!;
    expect(vip.hasAttribute('data-colored')).to.equal(true);
    expect(vip.style.getPropertyValue('--chip-color')).to.equal('#b45309');
    expect($(el, '.label-remove')!.getAttribute('aria-label')).to.equal('Remove label VIP');
    await expect(el).to.be.accessible();
  });

  it('takes a contact object without loading it', async () => {
    const { source, contact } = setup({ labels: ['Partner'] });
    source.setFailure('getContact', 'server');
    const el = await fixture<ContactLabels>(html`<contact-labels .contact=${contact} .source=${source}></contact-labels>`);
    expect(chips(el)).to.deep.equal(['Partner']);
  });

  it('shows a skeleton while loading, then an error with Retry', async () => {
    const { source } = setup({}, { latency: 400 });
    source.failNext('getContact', 'network');
    const el = await fixture<ContactLabels>(html`<contact-labels contact-id="olena" .source=${source}></contact-labels>`);
    expect($(el, '.skeleton-chips')).to.not.equal(null);
    expect($(el, '[role="status"]')!.textContent).to.equal('Loading labels…');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '.error-block'), 'error shown');
    expect($(el, '.error-block')!.textContent).to.contain('You are offline or the server cannot be reached');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.error-retry')!.click();
    await waitUntil(() => chips(el).length === 1, 'loaded after retry');
    expect(chips(el)).to.deep.equal(['Lead']);
  });

  it('says the contact does not exist, without Retry', async () => {
    const { source } = setup();
    const el = await render(source, 'nobody');
    expect($(el, '.error-block')!.textContent).to.contain('This contact no longer exists');
    expect($(el, '.error-retry')).to.equal(null);
  });

  it('shows a given contact’s labels without a source, read-only', async () => {
    const { contact } = setup({ labels: ['VIP'] });
    const el = await fixture<ContactLabels>(html`<contact-labels .contact=${contact}></contact-labels>`);
    expect(chips(el)).to.deep.equal(['VIP']);
    expect($(el, 'input')).to.equal(null);
    const byId = await fixture<ContactLabels>(html`<contact-labels contact-id="olena"></contact-labels>`);
    expect($(byId, '.empty')!.textContent).to.equal('No contact source is connected');
    await expect(byId).to.be.accessible();
  });

  it('never shows a late answer for an id it no longer shows', async () => {
    const { source } = setup({ labels: ['VIP'] });
    const other = await source.createContact({ name: 'Other', email: 'o@example.com', labels: ['Partner'] });
    // The first contact answers slowly, the second quickly: the first answer comes last.
    source.setLatency(300);
    const el = await fixture<ContactLabels>(html`<contact-labels contact-id="olena" .source=${source}></contact-labels>`);
    source.setLatency(10);
    el.contactId = other.id;
    await waitUntil(() => chips(el).length > 0, 'loaded');
    expect(chips(el)).to.deep.equal(['Partner']);
    await aTimeout(400);
    expect(chips(el)).to.deep.equal(['Partner']);
  });

  it('says so when the contact is deleted elsewhere', async () => {
    const { source } = setup({ labels: ['VIP'] });
    const el = await render(source);
    await source.deleteContact('olena');
    await el.updateComplete;
    expect($(el, '.error-block')!.textContent).to.contain('This contact no longer exists');
    await expect(el).to.be.accessible();
  });

  it('says so when the contact has no labels', async () => {
    const { source } = setup({ labels: [] });
    const el = await render(source);
    expect($(el, '.empty')!.textContent).to.equal('No labels');
    await expect(el).to.be.accessible();
  });

  describe('combobox (APG editable combobox with list autocomplete)', () => {
    it('is a labelled combobox controlling a listbox, closed at first', async () => {
      const { source } = setup();
      const el = await render(source);
      const box = input(el);
      expect(box.getAttribute('aria-autocomplete')).to.equal('list');
      expect(box.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.getElementById(box.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal('listbox');
      expect(box.labels![0]!.textContent).to.equal('Add a label');
      expect($(el, '[role="listbox"]')!.hidden).to.equal(true);
    });

    it('filters the labels not on the contact as one types, ignoring case and accents', async () => {
      const { source } = setup({ labels: ['Lead'] });
      const el = await render(source);
      await typeInto(el, 'CAFE');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      // Not a label's whole name: creating it is offered last.
      expect(options(el)).to.deep.equal(['Café regular', 'Create label “CAFE”']);
      await press(el, 'Backspace');
      await press(el, 'Backspace');
      await press(el, 'Backspace');
      await press(el, 'Backspace');
      // Empty text: every label the contact lacks, in the catalog's order ("Lead" is on it).
      expect(options(el)).to.deep.equal(['VIP', 'Partner', 'Spam suspect', 'Café regular']);
      await typeInto(el, 'pa');
      // Names starting with the text come before names merely containing it.
      expect(options(el)).to.deep.equal(['Partner', 'Spam suspect', 'Create label “pa”']);
      await expect(el).to.be.accessible();
    });

    it('moves the active descendant with the arrows, wrapping; Home and End return to the text', async () => {
      const { source } = setup({ labels: [] });
      const el = await render(source);
      input(el).focus();
      await press(el, 'ArrowDown');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(activeOption(el)).to.equal('VIP');
      expect($(el, '[aria-selected="true"] .option-name')!.textContent).to.equal('VIP');
      await press(el, 'ArrowDown');
      expect(activeOption(el)).to.equal('Partner');
      await press(el, 'ArrowUp');
      await press(el, 'ArrowUp');
      expect(activeOption(el)).to.equal('Lead', 'Up from the first wraps to the last');
      await press(el, 'ArrowDown');
      expect(activeOption(el)).to.equal('VIP', 'Down from the last wraps to the first');
      await expect(el).to.be.accessible();
      await press(el, 'Home');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'ArrowUp');
      expect(activeOption(el)).to.equal('Lead');
      await press(el, 'End');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('');
      // DOM focus never left the combobox.
      expect(focused(el)).to.equal(input(el));
    });

    it('opens on Up at the last option, on Alt+Down without moving, and closes on Alt+Up', async () => {
      const { source } = setup({ labels: [] });
      const el = await render(source);
      input(el).focus();
      await press(el, 'ArrowUp');
      expect(activeOption(el)).to.equal('Lead');
      await press(el, 'Escape');
      await sendKeys({ down: 'Alt' });
      await press(el, 'ArrowDown');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('');
      await press(el, 'ArrowUp');
      await sendKeys({ up: 'Alt' });
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('adds the highlighted label on Enter: shown at once, saved, then reported', async () => {
      const { source } = setup({ labels: ['Lead'] }, { latency: 30 });
      const el = await render(source);
      await typeInto(el, 'v');
      await press(el, 'ArrowDown');
      const changed = oneEvent(el, 'contact-labels-changed') as Promise<ContactEvent<'contact-labels-changed'>>;
      await press(el, 'Enter');
      expect(chips(el)).to.deep.equal(['Lead', 'VIP'], 'shown before the source answers');
      expect(input(el).value).to.equal('');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el)).to.equal(input(el));
      const { detail, bubbles, composed } = await changed;
      expect(bubbles && composed).to.equal(true);
      expect(detail.added).to.deep.equal(['VIP']);
      expect(detail.removed).to.deep.equal([]);
      expect(detail.contact.labels).to.deep.equal(['Lead', 'VIP']);
      expect(await labelsOf(source)).to.deep.equal(['Lead', 'VIP']);
    });

    it('adds a typed existing name on Enter, in the catalog’s spelling', async () => {
      const { source } = setup({ labels: [] });
      const el = await render(source);
      await typeInto(el, 'vip');
      await press(el, 'Enter');
      await waitUntil(async () => (await labelsOf(source)).length === 1);
      expect(await labelsOf(source)).to.deep.equal(['VIP']);
      expect(chips(el)).to.deep.equal(['VIP']);
    });

    it('says the contact already has a typed label', async () => {
      const { source } = setup({ labels: ['Lead'] });
      const el = await render(source);
      await typeInto(el, 'LEAD');
      await press(el, 'Enter');
      expect($(el, '.notice')!.textContent).to.equal('The contact already has the label “Lead”');
      expect(await labelsOf(source)).to.deep.equal(['Lead']);
    });

    it('closes on Escape, then clears the text', async () => {
      const { source } = setup();
      const el = await render(source);
      await typeInto(el, 'par');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'Escape');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).value).to.equal('par');
      await press(el, 'Escape');
      expect(input(el).value).to.equal('');
    });

    it('closes on Tab and lets focus move on', async () => {
      const { source } = setup();
      const el = await render(source);
      await typeInto(el, 'par');
      await press(el, 'Tab');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el)).to.not.equal(input(el));
    });

    it('adds a label chosen with the pointer', async () => {
      const { source } = setup({ labels: [] });
      const el = await render(source);
      input(el).click();
      await el.updateComplete;
      const partner = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.includes('Partner'))!;
      partner.click();
      await el.updateComplete;
      expect(chips(el)).to.deep.equal(['Partner']);
      await waitUntil(async () => (await labelsOf(source)).includes('Partner'));
    });

    it('creates a new label on Enter where the source allows it', async () => {
      const { source } = setup({ labels: [] });
      const el = await render(source);
      await typeInto(el, 'Wholesale 2026');
      expect(options(el).at(-1)).to.equal('Create label “Wholesale 2026”');
      const changed = oneEvent(el, 'contact-labels-changed') as Promise<ContactEvent<'contact-labels-changed'>>;
      await press(el, 'Enter');
      expect((await changed).detail.added).to.deep.equal(['Wholesale 2026']);
      expect((await source.listLabels()).map((label) => label.name)).to.include('Wholesale 2026');
      expect(await labelsOf(source)).to.deep.equal(['Wholesale 2026']);
      // The catalog reloads on the source's labels-changed: the new label gets its colour.
      await waitUntil(() => $(el, '.label-chip[data-colored]'), 'colour of the new label');
    });

    it('offers the create option through the arrows too', async () => {
      const { source } = setup({ labels: [] });
      const el = await render(source);
      await typeInto(el, 'zzz');
      await press(el, 'ArrowDown');
      expect(activeOption(el)).to.equal('Create label “zzz”');
      await press(el, 'Enter');
      await waitUntil(async () => (await labelsOf(source)).includes('zzz'));
    });

    it('refuses a new name where labels cannot be created, saying why', async () => {
      const { source } = setup({ labels: [] }, { capabilities: { createLabels: false } });
      const el = await render(source);
      await typeInto(el, 'Brand new');
      expect(options(el)).to.deep.equal([]);
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      await press(el, 'Enter');
      const notice = $(el, '.notice')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.equal(
        'There is no label “Brand new”, and new labels cannot be created here. Choose one from the list.',
      );
      expect(input(el).value).to.equal('Brand new', 'what was typed stays');
      expect(await labelsOf(source)).to.deep.equal([]);
      expect(chips(el)).to.deep.equal([]);
      expect($(el, '#label-hint')!.textContent).to.equal('Type to find a label. Enter adds it.');
      await expect(el).to.be.accessible();
    });
  });

  describe('saving', () => {
    it('rolls back and says why when the source refuses; Retry saves it', async () => {
      // Slow enough that the label shows before the refusal arrives, even on a busy machine.
      const { source } = setup({ labels: ['Lead'] }, { latency: 400 });
      const el = await render(source);
      let events = 0;
      el.addEventListener('contact-labels-changed', () => events++);
      source.failNext('setContactLabels', 'server');
      await typeInto(el, 'VIP');
      await press(el, 'Enter');
      expect(chips(el)).to.deep.equal(['Lead', 'VIP']);
      await waitUntil(() => $(el, '.error-block'), 'error shown');
      expect(chips(el)).to.deep.equal(['Lead']);
      const error = $(el, '.error-block')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('The labels could not be changed, so the change was undone');
      expect(error.textContent).to.contain('Something went wrong on the server');
      expect(events).to.equal(0);
      expect(await labelsOf(source)).to.deep.equal(['Lead']);
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '.error-retry')!.click();
      await waitUntil(() => events === 1, 'saved on retry');
      expect(chips(el)).to.deep.equal(['Lead', 'VIP']);
      expect($(el, '.error-block')).to.equal(null);
      expect(await labelsOf(source)).to.deep.equal(['Lead', 'VIP']);
    });

    it('saves changes made while a save is running together, in order', async () => {
      const { source } = setup({ labels: [] });
      const el = await render(source);
      // Saves take long enough that the next two additions happen while the first is running.
      source.setLatency(1000);
      const events: ContactEvent<'contact-labels-changed'>['detail'][] = [];
      el.addEventListener('contact-labels-changed', (event) => events.push(event.detail));
      input(el).focus();
      // Each time: open on the first suggestion and add it.
      for (let n = 0; n < 3; n++) {
        await press(el, 'ArrowDown');
        await press(el, 'Enter');
      }
      expect(chips(el)).to.deep.equal(['VIP', 'Partner', 'Spam suspect']);
      await waitUntil(() => events.length === 2, 'two saves', { timeout: 5000 });
      source.setLatency(undefined);
      expect(events.map((detail) => detail.added)).to.deep.equal([['VIP'], ['Partner', 'Spam suspect']]);
      expect(await labelsOf(source)).to.deep.equal(['VIP', 'Partner', 'Spam suspect']);
    });

    it('removes a label with its button, reporting it; focus goes to the next label', async () => {
      const { source } = setup({ labels: ['VIP', 'Partner', 'Lead'] });
      const el = await render(source);
      const changed = oneEvent(el, 'contact-labels-changed') as Promise<ContactEvent<'contact-labels-changed'>>;
      const remove = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.label-remove')[1]!;
      remove.focus();
      await press(el, 'Enter');
      expect(chips(el)).to.deep.equal(['VIP', 'Lead']);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Remove label Lead');
      const { detail } = await changed;
      expect(detail.removed).to.deep.equal(['Partner']);
      expect(detail.added).to.deep.equal([]);
      expect(await labelsOf(source)).to.deep.equal(['VIP', 'Lead']);
    });

    it('Backspace in the empty combobox focuses the last label; Backspace there removes it', async () => {
      const { source } = setup({ labels: ['VIP', 'Partner'] });
      const el = await render(source);
      input(el).focus();
      await press(el, 'Backspace');
      expect(chips(el)).to.deep.equal(['VIP', 'Partner'], 'nothing removed by the first Backspace');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Remove label Partner');
      await press(el, 'Backspace');
      expect(chips(el)).to.deep.equal(['VIP']);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Remove label VIP');
      await press(el, 'Delete');
      expect(chips(el)).to.deep.equal([]);
      expect(focused(el)).to.equal(input(el));
      await waitUntil(async () => (await labelsOf(source)).length === 0);
      expect($(el, '[role="status"].visually-hidden, .notice')!.textContent).to.equal('Label “VIP” removed');
    });

    it('leaves Backspace alone while there is text', async () => {
      const { source } = setup({ labels: ['VIP'] });
      const el = await render(source);
      await typeInto(el, 'ab');
      await press(el, 'Backspace');
      expect(input(el).value).to.equal('a');
      expect(focused(el)).to.equal(input(el));
    });

    it('rolls a removal back when the source refuses', async () => {
      const { source } = setup({ labels: ['VIP', 'Partner'] });
      const el = await render(source);
      source.failNext('setContactLabels', 'forbidden');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.label-remove')!.click();
      await waitUntil(() => $(el, '.error-block'));
      expect(chips(el)).to.deep.equal(['VIP', 'Partner']);
      expect($(el, '.error-block')!.textContent).to.contain('You are not allowed to do this');
      expect($(el, '.error-retry')).to.equal(null, 'forbidden is not retryable');
    });
  });

  it('is read-only where the source cannot edit labels, or when asked', async () => {
    const { source } = setup({ labels: ['VIP'] }, { capabilities: { editLabels: false } });
    const el = await render(source);
    expect(chips(el)).to.deep.equal(['VIP']);
    expect($(el, '.label-remove')).to.equal(null);
    expect($(el, 'input')).to.equal(null);
    await expect(el).to.be.accessible();

    const editable = setup({ labels: ['VIP'] });
    const readonly = await fixture<ContactLabels>(html`<contact-labels readonly .contact=${editable.contact} .source=${editable.source}></contact-labels>`);
    expect(readonly.shadowRoot!.querySelector('input')).to.equal(null);
    expect(readonly.shadowRoot!.querySelector('.label-remove')).to.equal(null);
  });

  it('follows changes made elsewhere, and a new catalog', async () => {
    const { source } = setup({ labels: ['Lead'] });
    const el = await render(source);
    let events = 0;
    el.addEventListener('contact-labels-changed', () => events++);
    await source.setContactLabels('olena', ['Lead', 'Partner']);
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['Lead', 'Partner']);
    // A label created elsewhere shows up in the suggestions.
    await source.setContactLabels('olena', ['Lead', 'Partner', 'Elsewhere']);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.label-chip[data-colored]').length === 3, 'new label coloured');
    expect(events).to.equal(0, 'changes from elsewhere are not reported as this element’s');
  });

  it('does not fire when the contact is set from code', async () => {
    const { source, contact } = setup({ labels: ['Lead'] });
    const el = await fixture<ContactLabels>(html`<contact-labels .contact=${contact} .source=${source}></contact-labels>`);
    let events = 0;
    el.addEventListener('contact-labels-changed', () => events++);
    el.contact = { ...contact, labels: ['VIP'] };
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['VIP']);
    await aTimeout(20);
    expect(events).to.equal(0);
  });

  it('folds many labels behind "Show all", and wraps them', async () => {
    const many = Array.from({ length: 50 }, (_, n) => ({ name: `Label ${n + 1}`, color: '#1d4ed8' }));
    const { source } = setup({ labels: many.map((label) => label.name) }, { labels: many });
    const el = await render(source);
    expect(chips(el)).to.have.length(12);
    const fold = $<HTMLButtonElement>(el, '.fold')!;
    expect(fold.textContent!.trim()).to.equal('Show all (50)');
    expect(fold.getAttribute('aria-expanded')).to.equal('false');
    fold.click();
    await el.updateComplete;
    expect(chips(el)).to.have.length(50);
    expect(fold.textContent!.trim()).to.equal('Show fewer');
    const list = $(el, '.label-list')!;
    expect(list.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);
    await expect(el).to.be.accessible();
  });

  it('renders markup-like names as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { source } = setup({ labels: [evil] }, { labels: [...CATALOG, { name: evil, color: '#000' }] });
    const el = await render(source);
    expect(chips(el)).to.deep.equal([evil]);
    expect($(el, '.label-chip img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('uses the provider’s source', async () => {
    const { source } = setup({ labels: ['VIP'] });
    const provider = await fixture(html`<contact-source-provider .source=${source}><contact-labels contact-id="olena"></contact-labels></contact-source-provider>`);
    const el = provider.querySelector('contact-labels')!;
    await waitUntil(() => chips(el).length === 1);
    expect(chips(el)).to.deep.equal(['VIP']);
  });

  it('fits a 280px sidebar, right to left', async () => {
    const { source } = setup({ labels: ['VIP', 'Partner', 'Spam suspect', 'Café regular'] });
    const wrapper = fixtureSync(html`<div dir="rtl" style="inline-size: 280px"><contact-labels contact-id="olena" .source=${source}></contact-labels></div>`);
    const el = wrapper.querySelector('contact-labels')!;
    await waitUntil(() => chips(el).length === 4);
    expect(el.scrollWidth).to.be.at.most(280);
    const box = input(el).getBoundingClientRect();
    expect(box.width).to.be.closeTo(280, 1);
    await expect(el).to.be.accessible();
  });

  it('speaks Ukrainian and Spanish', async () => {
    const { source } = setup({ labels: [] });
    const el = await render(source);
    try {
      await setContactLocale('uk');
      await el.updateComplete;
      expect($(el, '.empty')!.textContent).to.equal('Немає міток');
      expect(input(el).placeholder).to.equal('Додати мітку…');
      await setContactLocale('es');
      await el.updateComplete;
      expect($(el, '.empty')!.textContent).to.equal('Sin etiquetas');
      await typeInto(el, 'Nueva');
      expect(options(el).at(-1)).to.equal('Crear la etiqueta «Nueva»');
    } finally {
      await setContactLocale('en');
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps suggestions readable (AA), ${scheme}`, async () => {
      const { source } = setup({ labels: [] });
      const wrapper = fixtureSync(html`<div style="color-scheme: ${scheme}; background: Canvas"><contact-labels contact-id="olena" .source=${source}></contact-labels></div>`);
      const el = wrapper.querySelector('contact-labels')!;
      await waitUntil(() => $(el, 'input'));
      await waitUntil(() => el.shadowRoot!.querySelector('.empty'));
      await aTimeout(0);
      input(el).focus();
      await press(el, 'ArrowDown');
      const listbox = $(el, '[role="listbox"]')!;
      const active = $(el, '[role="option"][aria-selected="true"]')!;
      expect(contrast(getComputedStyle(active.querySelector('.option-name')!).color, getComputedStyle(active).backgroundColor)).to.be.at.least(4.5);
      const description = $(el, '.option-description')!;
      expect(contrast(getComputedStyle(description).color, getComputedStyle(listbox).backgroundColor)).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });
  }
});
