import { expect, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldError } from '../../../src/elements/shared/field-error.js';
import { renderPart } from './part-host.js';

function form(error: Parameters<typeof fieldError>[1]) {
  const email = fieldError('email', error, { describedBy: 'email-hint' });
  return html`<label class="field" for="email">
    <span class="field-label">Email</span>
    <input
      id="email"
      class="input"
      aria-invalid=${email.invalid}
      aria-describedby=${ifDefined(email.describedBy)}
    />
    <span class="field-hint" id="email-hint">Work address</span>
    ${email.message}
  </label>`;
}

describe('fieldError()', () => {
  it('puts the message under the input and wires it for screen readers', async () => {
    const host = await renderPart(form({ field: 'email', code: 'email-invalid' }));
    const input = host.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    const message = host.shadowRoot!.getElementById('email-error')!;
    expect(message.textContent!.trim()).to.equal('Enter a valid email address, like name@example.com');
    expect(message.getBoundingClientRect().top).to.be.greaterThan(input.getBoundingClientRect().bottom - 1);
    await expect(host).to.be.accessible();
  });

  it('takes text the element worded itself', async () => {
    const host = await renderPart(form('This email belongs to Ana Lima'));
    expect(host.shadowRoot!.getElementById('email-error')!.textContent!.trim()).to.equal('This email belongs to Ana Lima');
  });

  it('marks a valid input valid, described by its hint only', async () => {
    const host = await renderPart(form(undefined));
    const input = host.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal('email-hint');
    expect(host.shadowRoot!.getElementById('email-error')).to.equal(null);
    await expect(host).to.be.accessible();
  });
});
