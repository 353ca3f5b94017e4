import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import type { ContactDialog } from '../../../src/contact-dialog.js';
import '../../../src/contact-dialog.js';
import type { DialogClosedEvent, DialogRequestCloseEvent } from '../../../src/contact-dialog.js';
import { deepActiveElement } from '../../../src/elements/modal-dialog/focus.js';

/** A trigger button inside a shadow root, as in a list row or a card. */
class DialogTestTrigger extends LitElement {
  override render() {
    return html`<button>Open</button>`;
  }
  get button(): HTMLButtonElement {
    return this.renderRoot.querySelector('button')!;
  }
}
customElements.define('dialog-test-trigger', DialogTestTrigger);

async function setup(attributes: { open?: boolean } = {}) {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <dialog-test-trigger></dialog-test-trigger>
      <contact-dialog headline="Delete Olena?" ?open=${attributes.open ?? false}>
        <p>Her notes go too.</p>
        <button slot="actions" id="cancel">Cancel</button>
        <button slot="actions" id="confirm" autofocus>Delete</button>
      </contact-dialog>
    </div>
  `);
  const trigger = root.querySelector<DialogTestTrigger>('dialog-test-trigger')!;
  await trigger.updateComplete;
  const dialog = root.querySelector<ContactDialog>('contact-dialog')!;
  await dialog.updateComplete;
  return { root, trigger, dialog, native: dialog.shadowRoot!.querySelector('dialog')! };
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

function focused(): string {
  const element = deepActiveElement();
  return element ? element.id || element.getAttribute('aria-label') || element.textContent!.trim() : 'nothing';
}

describe('<contact-dialog> (the modal dialog base)', () => {
  it('opens modally with show(), reflects open and moves focus to the autofocus element', async () => {
    const { trigger, dialog, native } = await setup();
    trigger.button.focus();
    expect(dialog.open).to.equal(false);
    await dialog.show();
    expect(dialog.hasAttribute('open')).to.equal(true);
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(focused()).to.equal('confirm');
    await expect(dialog).to.be.accessible();
  });

  it('is named by its headline', async () => {
    const { dialog, native } = await setup();
    await dialog.show();
    const headline = dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!;
    expect(headline.textContent!.trim()).to.equal('Delete Olena?');
  });

  it('close() closes, returns focus to the trigger inside a shadow root and fires no event', async () => {
    const { trigger, dialog, native } = await setup();
    trigger.button.focus();
    await dialog.show();
    const events: Event[] = [];
    dialog.addEventListener('contact-dialog-request-close', (e) => events.push(e));
    dialog.addEventListener('contact-dialog-closed', (e) => events.push(e));
    await dialog.close('deleted');
    expect(dialog.hasAttribute('open')).to.equal(false);
    expect(native.open).to.equal(false);
    expect(dialog.returnValue).to.equal('deleted');
    expect(deepActiveElement()).to.equal(trigger.button);
    await new Promise((resolve) => setTimeout(resolve));
    expect(events).to.have.length(0);
  });

  it('opens and closes when open is set, and when the attribute is present from the start', async () => {
    const { dialog, native } = await setup();
    dialog.open = true;
    await dialog.show(); // resolves with the opening already under way
    expect(native.open).to.equal(true);
    dialog.open = false;
    expect(native.open).to.equal(false);
    const initially = await setup({ open: true });
    await initially.dialog.show();
    expect(initially.native.open).to.equal(true);
  });

  it('closes on Escape, says it was Escape, and returns focus to the trigger', async () => {
    const { trigger, dialog, native } = await setup();
    trigger.button.focus();
    await dialog.show();
    const requested = oneEvent(dialog, 'contact-dialog-request-close') as Promise<DialogRequestCloseEvent>;
    const closed = oneEvent(dialog, 'contact-dialog-closed') as Promise<DialogClosedEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await requested).detail.source).to.equal('escape');
    expect((await closed).detail).to.deep.equal({ returnValue: '', source: 'escape' });
    expect(native.open).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement()).to.equal(trigger.button);
  });

  it('stays open when the host prevents the request to close', async () => {
    const { dialog, native } = await setup();
    await dialog.show();
    dialog.addEventListener('contact-dialog-request-close', (event) => event.preventDefault());
    await sendKeys({ press: 'Escape' });
    expect(native.open).to.equal(true);
    expect(dialog.open).to.equal(true);
    expect(dialog.requestClose('cancel-button')).to.equal(false);
    expect(native.open).to.equal(true);
  });

  it('closes from the × button by keyboard', async () => {
    const { dialog } = await setup();
    await dialog.show();
    const requested = oneEvent(dialog, 'contact-dialog-request-close') as Promise<DialogRequestCloseEvent>;
    // Focus is on "Delete"; the × button comes first in the dialog: Shift+Tab past Cancel.
    await shiftTab();
    await shiftTab();
    expect(focused()).to.equal('Close');
    await sendKeys({ press: 'Enter' });
    expect((await requested).detail.source).to.equal('close-button');
    expect(dialog.open).to.equal(false);
  });

  it('closes on a click on the backdrop, not on one inside', async () => {
    const { dialog } = await setup();
    await dialog.show();
    const box = dialog.shadowRoot!.querySelector('dialog')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
    expect(dialog.open).to.equal(true);
    const requested = oneEvent(dialog, 'contact-dialog-request-close') as Promise<DialogRequestCloseEvent>;
    await sendMouse({ type: 'click', position: [2, 2] });
    expect((await requested).detail.source).to.equal('backdrop');
    expect(dialog.open).to.equal(false);
  });

  it('keeps Tab inside: forward and backward it cycles through the dialog’s controls only', async () => {
    const { trigger, dialog } = await setup();
    trigger.button.focus();
    await dialog.show();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(focused());
    }
    expect(seen).to.deep.equal(['Close', 'cancel', 'confirm', 'Close', 'cancel', 'confirm']);
    const back: string[] = [];
    for (let i = 0; i < 4; i++) {
      await shiftTab();
      back.push(focused());
    }
    expect(back).to.deep.equal(['cancel', 'Close', 'confirm', 'cancel']);
  });

  it('can be created and shown from code before it is in the document', async () => {
    const dialog = document.createElement('contact-dialog');
    dialog.headline = 'Created from code';
    const shown = dialog.show();
    expect(dialog.open).to.equal(true);
    document.body.append(dialog);
    try {
      await shown;
      expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      await dialog.close();
    } finally {
      dialog.remove();
    }
  });

  it('stays in step when the native dialog is closed directly (a form with method="dialog")', async () => {
    const { dialog, native } = await setup();
    await dialog.show();
    const closed = oneEvent(dialog, 'contact-dialog-closed') as Promise<DialogClosedEvent>;
    native.close('saved');
    expect((await closed).detail).to.deep.equal({ returnValue: 'saved' });
    expect(dialog.open).to.equal(false);
    expect(dialog.hasAttribute('open')).to.equal(false);
  });

  it('closes quietly when removed from the document while open', async () => {
    const { root, dialog } = await setup();
    await dialog.show();
    dialog.remove();
    expect(dialog.open).to.equal(false);
    root.append(dialog);
    await dialog.show();
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  });
});
