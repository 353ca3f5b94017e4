import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/contact-notes.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import type { ContactNotes } from '../../../src/elements/contact-notes/contact-notes.js';
import type { ContactEvent } from '../../../src/elements/events.js';
import type { Note } from '../../../src/model/contact.js';
import { MemoryContactSource, type MemorySourceOptions } from '../../../src/sources/memory.js';
import { makeContact } from '../../model/contact-fixture.js';
import { contrast } from '../shared/part-host.js';

const HOUR = 3_600_000;
const now = Date.now();

function note(id: string, text: string, hoursAgo: number, author?: string): Note {
  return { id, text, createdAt: new Date(now - hoursAgo * HOUR), ...(author ? { author: { id: author, name: author } } : {}) };
}

// Deliberately out of order: the element shows the newest first whatever the source returns.
const NOTES = [
  note('n-old', 'Asked about the invoice.', 48, 'Daniel Brooks'),
  note('n-new', 'Called back, all sorted.', 1, 'Olena Marchenko'),
  note('n-mid', 'Prefers WhatsApp.', 5),
];

function setup(notes: Note[] = NOTES, options: MemorySourceOptions = {}) {
  const contact = makeContact({ id: 'olena', name: 'Olena' });
  const source = new MemoryContactSource({
    contacts: [contact],
    notes: { olena: notes },
    agent: { id: 'agent-9', name: 'Mei Chen' },
    ...options,
  });
  return { source, contact };
}

async function render(source: MemoryContactSource, id = 'olena'): Promise<ContactNotes> {
  const el = await fixture<ContactNotes>(html`<contact-notes contact-id=${id} .source=${source}></contact-notes>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.notes, .empty, .error-block, .unavailable'), 'notes rendered');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ContactNotes, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ContactNotes, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const texts = (el: ContactNotes) => $$(el, '.note-text').map((text) => text.textContent);
const textarea = (el: ContactNotes) => $<HTMLTextAreaElement>(el, 'textarea')!;
const focused = (el: ContactNotes) => el.shadowRoot!.activeElement;

async function press(el: ContactNotes, key: string, modifier?: string) {
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  if (modifier) await sendKeys({ up: modifier });
  await el.updateComplete;
}

async function write(el: ContactNotes, text: string) {
  textarea(el).focus();
  await sendKeys({ type: text });
}

describe('<contact-notes>', () => {
  it('lists the notes newest first, with author and time', async () => {
    const { source } = setup();
    const el = await render(source);
    expect(texts(el)).to.deep.equal(['Called back, all sorted.', 'Prefers WhatsApp.', 'Asked about the invoice.']);
    const first = $(el, '.note')!;
    expect(first.querySelector('.note-author')!.textContent).to.equal('Olena Marchenko');
    expect(first.querySelector('.avatar')!.textContent!.trim()).to.equal('OM');
    expect(first.querySelector('time')!.textContent).to.match(/^1 hour ago, /);
    expect($$(el, '.note')[1]!.querySelector('.note-author')!.textContent).to.equal('Unknown author');
    expect($(el, 'ol')!.getAttribute('aria-label')).to.equal('Notes');
    await expect(el).to.be.accessible();
  });

  it('measures times from the clock it is given (the card passes its own)', async () => {
    const { source } = setup();
    const el = await render(source);
    el.now = () => new Date(now + 2 * HOUR);
    await el.updateComplete;
    expect($(el, '.note')!.querySelector('time')!.textContent).to.match(/^3 hours ago, /);
  });

  it('shows text as written: markup stays text, line breaks stay', async () => {
    const markup = '<b>bold</b> <img src=x onerror="window.__notePwned=1">\nsecond line\n\n  indented';
    const { source } = setup([note('n1', markup, 1, 'Agent')]);
    const el = await render(source);
    const text = $(el, '.note-text')!;
    expect(text.textContent).to.equal(markup);
    expect(text.querySelector('b, img')).to.equal(null);
    expect(getComputedStyle(text).whiteSpace).to.equal('pre-wrap');
    expect(text.getClientRects()[0]!.height).to.be.greaterThan(3 * parseFloat(getComputedStyle(text).lineHeight) - 1);
    expect((window as { __notePwned?: number }).__notePwned).to.equal(undefined);
  });

  it('gives each note the direction of its own text', async () => {
    const { source } = setup([note('ar', 'اتصلت العميلة بخصوص الفاتورة', 1, 'محمد علي'), note('en', 'Called back', 2, 'Agent')]);
    const el = await render(source);
    const [arabic, english] = $$(el, '.note-text');
    expect(getComputedStyle(arabic!).direction).to.equal('rtl');
    expect(getComputedStyle(english!).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '.note-author')!).direction).to.equal('rtl');
  });

  describe('adding', () => {
    for (const modifier of ['Control', 'Meta']) {
      it(`adds a note with ${modifier}+Enter: first in the list, reported, box cleared`, async () => {
        const { source } = setup();
        const el = await render(source);
        await write(el, 'Wants a callback');
        await press(el, 'Enter', 'Shift');
        await sendKeys({ type: 'on Monday' });
        const added = oneEvent(el, 'contact-note-added') as Promise<ContactEvent<'contact-note-added'>>;
        await press(el, 'Enter', modifier);
        const { detail, bubbles, composed } = await added;
        expect(bubbles && composed).to.equal(true);
        expect(detail.contactId).to.equal('olena');
        expect(detail.note.text).to.equal('Wants a callback\non Monday');
        expect(detail.note.author?.name).to.equal('Mei Chen');
        await el.updateComplete;
        expect(texts(el)[0]).to.equal('Wants a callback\non Monday');
        expect(textarea(el).value).to.equal('');
        expect(focused(el)).to.equal(textarea(el));
        expect((await source.listNotes('olena'))[0]!.text).to.equal('Wants a callback\non Monday');
        expect($(el, '[role="status"]')!.textContent).to.equal('Note added');
      });
    }

    it('adds a note with the button, showing that it is pending', async () => {
      const { source } = setup([], { latency: 400 });
      const el = await render(source);
      await write(el, 'From the button');
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Adding…');
      expect(textarea(el).readOnly).to.equal(true);
      await expect(el).to.be.accessible();
      await waitUntil(() => texts(el).length === 1, 'added');
      expect(button.getAttribute('aria-busy')).to.equal('false');
      expect(textarea(el).readOnly).to.equal(false);
    });

    it('refuses an empty note with a message next to the box', async () => {
      const { source } = setup();
      const el = await render(source);
      await write(el, '   ');
      await press(el, 'Enter', 'Control');
      await el.updateComplete;
      const box = textarea(el);
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      const errorId = box.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
      expect(el.shadowRoot!.getElementById(errorId)!.textContent!.trim()).to.equal('Write something first: the note is empty');
      expect(focused(el)).to.equal(box);
      expect(await source.listNotes('olena')).to.have.length(3);
      await expect(el).to.be.accessible();
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect(box.getAttribute('aria-invalid')).to.equal('false');
    });

    it('keeps the text when the source fails, and Retry adds it', async () => {
      const { source } = setup();
      const el = await render(source);
      source.failNext('addNote', 'timeout');
      let events = 0;
      el.addEventListener('contact-note-added', () => events++);
      await write(el, 'Important');
      await press(el, 'Enter', 'Control');
      await waitUntil(() => $(el, '.error-block'), 'error shown');
      expect(textarea(el).value).to.equal('Important');
      expect($(el, '.error-block')!.textContent).to.contain('The note could not be added');
      expect($(el, '.error-block')!.textContent).to.contain('The server took too long to answer');
      expect(events).to.equal(0);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.error-retry')!.click();
      await waitUntil(() => events === 1, 'added on retry');
      await el.updateComplete;
      expect(textarea(el).value).to.equal('');
      expect($(el, '.error-block')).to.equal(null);
      expect(texts(el)[0]).to.equal('Important');
    });
  });

  describe('deleting', () => {
    it('asks first, with focus on Cancel; Escape and Cancel return focus to Delete', async () => {
      const { source } = setup();
      const el = await render(source);
      const remove = $<HTMLButtonElement>(el, '.note-delete')!;
      expect(remove.getAttribute('aria-label')).to.equal('Delete note');
      expect(el.shadowRoot!.getElementById(remove.getAttribute('aria-describedby')!)!.textContent).to.contain('Olena Marchenko');
      remove.focus();
      await press(el, 'Enter');
      await el.updateComplete;
      const group = $(el, '.note-confirm')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Delete this note?');
      expect(focused(el)!.textContent!.trim()).to.equal('Cancel');
      await expect(el).to.be.accessible();
      await press(el, 'Escape');
      await el.updateComplete;
      expect($(el, '.note-confirm')).to.equal(null);
      expect(focused(el)!.classList.contains('note-delete')).to.equal(true);
      expect(texts(el)).to.have.length(3);

      await press(el, 'Enter');
      await el.updateComplete;
      await press(el, 'Enter'); // on Cancel
      await el.updateComplete;
      expect($(el, '.note-confirm')).to.equal(null);
      expect(focused(el)!.closest('.note')!.querySelector('.note-text')!.textContent).to.equal('Called back, all sorted.');
      expect(await source.listNotes('olena')).to.have.length(3);
    });

    it('deletes on confirmation, reports it, and moves focus to the next note', async () => {
      const { source } = setup();
      const el = await render(source);
      const deleted = oneEvent(el, 'contact-note-deleted') as Promise<ContactEvent<'contact-note-deleted'>>;
      $<HTMLButtonElement>(el, '.note-delete')!.focus();
      await press(el, 'Enter');
      await el.updateComplete;
      await press(el, 'Tab', 'Shift'); // from Cancel to Delete
      expect(focused(el)!.textContent!.trim()).to.equal('Delete');
      await press(el, 'Enter');
      const { detail } = await deleted;
      expect(detail).to.deep.include({ contactId: 'olena' });
      expect(detail.note.id).to.equal('n-new');
      await el.updateComplete;
      expect(texts(el)).to.deep.equal(['Prefers WhatsApp.', 'Asked about the invoice.']);
      const next = focused(el)!;
      expect(next.classList.contains('note-delete')).to.equal(true);
      expect(next.closest('.note')!.querySelector('.note-text')!.textContent).to.equal('Prefers WhatsApp.');
      expect((await source.listNotes('olena')).map((n) => n.id)).to.have.members(['n-mid', 'n-old']);
    });

    it('moves focus to the text box after deleting the last note', async () => {
      const { source } = setup([note('only', 'Only note', 1, 'A')]);
      const el = await render(source);
      $<HTMLButtonElement>(el, '.note-delete')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.confirm-delete')!.click();
      await waitUntil(() => $(el, '.empty'), 'no notes left');
      expect(focused(el)).to.equal(textarea(el));
      expect($(el, '.empty')!.textContent).to.equal('No notes yet');
      expect($(el, '[role="status"]:not([aria-busy])')!.textContent).to.equal('Note deleted');
      await expect(el).to.be.accessible();
    });

    it('keeps the note and says why when deleting fails', async () => {
      const { source } = setup();
      const el = await render(source);
      source.failNext('deleteNote', 'network');
      $<HTMLButtonElement>(el, '.note-delete')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.confirm-delete')!.click();
      await waitUntil(() => $(el, '.note-confirm .error-block'), 'error shown');
      expect(texts(el)).to.have.length(3);
      expect($(el, '.note-confirm .error-block')!.textContent).to.contain('The note could not be deleted');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.confirm-delete')!.click();
      await waitUntil(() => texts(el).length === 2, 'deleted the second time');
    });
  });

  it('hides what the source cannot do', async () => {
    const noDelete = setup(NOTES, { capabilities: { deleteNotes: false } });
    const el = await render(noDelete.source);
    expect(texts(el)).to.have.length(3);
    expect($(el, '.note-delete')).to.equal(null);

    const noNotes = setup(NOTES, { capabilities: { notes: false } });
    const none = await render(noNotes.source);
    expect($(none, '.unavailable')!.textContent).to.equal('Notes are not available for these contacts');
    expect($(none, 'textarea')).to.equal(null);
    await expect(none).to.be.accessible();
  });

  it('shows a skeleton while loading, then an error with Retry', async () => {
    const { source } = setup(NOTES, { latency: 400 });
    source.failNext('listNotes', 'server');
    const el = await fixture<ContactNotes>(html`<contact-notes contact-id="olena" .source=${source}></contact-notes>`);
    expect($(el, '.skeleton-notes')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.skeleton-notes [role="status"]')!.textContent).to.equal('Loading notes…');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '.error-block'), 'error');
    expect($(el, '.error-block')!.textContent).to.contain('Notes could not be loaded');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.error-retry')!.click();
    await waitUntil(() => texts(el).length === 3, 'loaded');
  });

  it('says when the contact does not exist', async () => {
    const { source } = setup();
    const el = await render(source, 'ghost');
    expect($(el, '.error-block')!.textContent).to.contain('This contact no longer exists');
    await expect(el).to.be.accessible();
  });

  it('follows notes added and deleted elsewhere', async () => {
    const { source } = setup();
    const el = await render(source);
    await source.addNote('olena', 'From another tab');
    await waitUntil(() => texts(el).length === 4, 'added elsewhere');
    expect(texts(el)[0]).to.equal('From another tab');
    await source.deleteNote('olena', 'n-old');
    await waitUntil(() => texts(el).length === 3, 'deleted elsewhere');
    expect(texts(el)).to.not.include('Asked about the invoice.');
  });

  it('folds long notes behind "Show more"', async () => {
    const long = Array.from({ length: 12 }, (_, n) => `Line ${n + 1}`).join('\n');
    const { source } = setup([note('long', long, 1, 'A'), note('short', 'Short', 2, 'B')]);
    const el = await render(source);
    await el.updateComplete;
    const [longNote, shortNote] = $$(el, '.note');
    const more = longNote!.querySelector<HTMLButtonElement>('.note-more')!;
    expect(getComputedStyle(shortNote!.querySelector('.note-more')!).display).to.equal('none');
    expect(getComputedStyle(more).display).to.not.equal('none');
    expect(more.textContent!.trim()).to.equal('Show more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    const text = longNote!.querySelector<HTMLElement>('.note-text')!;
    const folded = text.clientHeight;
    expect(text.scrollHeight).to.be.greaterThan(folded);
    more.focus();
    await press(el, 'Enter');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent!.trim()).to.equal('Show less');
    expect(text.clientHeight).to.be.greaterThan(folded);
    expect(text.textContent).to.equal(long);
    await expect(el).to.be.accessible();
  });

  it('fits a 280px sidebar, right to left', async () => {
    const { source } = setup([note('w', 'A'.repeat(300), 1, 'Мухаммад Абдуллаєв-Кобзаренко')]);
    const wrapper = fixtureSync(html`<div dir="rtl" style="inline-size: 280px"><contact-notes contact-id="olena" .source=${source}></contact-notes></div>`);
    const el = wrapper.querySelector('contact-notes')!;
    await waitUntil(() => texts(el).length === 1);
    expect(el.scrollWidth).to.be.at.most(280);
    const item = $(el, '.note')!.getBoundingClientRect();
    expect(item.width).to.be.at.most(280);
    const remove = $(el, '.note-delete')!.getBoundingClientRect();
    expect(remove.left).to.be.lessThan(item.left + item.width / 2, 'the delete button sits at the inline end (left in RTL)');
    await expect(el).to.be.accessible();
  });

  it('speaks Ukrainian and Spanish', async () => {
    const { source } = setup([]);
    const el = await render(source);
    try {
      await setContactLocale('uk');
      await el.updateComplete;
      expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Додати нотатку');
      expect($(el, '.empty')!.textContent).to.equal('Нотаток ще немає');
      await setContactLocale('es');
      await el.updateComplete;
      expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Añadir nota');
      expect(textarea(el).placeholder).to.equal('Escribe una nota…');
    } finally {
      await setContactLocale('en');
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps notes readable (AA), ${scheme}`, async () => {
      const { source } = setup();
      const wrapper = fixtureSync(html`<div style="color-scheme: ${scheme}; background: Canvas"><contact-notes contact-id="olena" .source=${source}></contact-notes></div>`);
      const el = wrapper.querySelector('contact-notes')!;
      await waitUntil(() => texts(el).length === 3);
      const item = $(el, '.note')!;
      const background = getComputedStyle(item).backgroundColor;
      for (const selector of ['.note-text', '.note-author', '.note-time']) {
        expect(contrast(getComputedStyle(item.querySelector(selector)!).color, background), selector).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });
  }
});
