import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sourceErrorBlock } from '../../../src/elements/shared/source-error.js';
import { SourceError } from '../../../src/sources/errors.js';
import { renderPart } from './part-host.js';

describe('sourceErrorBlock()', () => {
  it('says a retryable error in words as an alert, and Retry calls back (click and keyboard)', async () => {
    let retries = 0;
    const host = await renderPart(
      html`${sourceErrorBlock(new SourceError('network'), {
        context: 'Contacts could not be loaded',
        onRetry: () => (retries += 1),
      })}`,
    );
    const block = host.shadowRoot!.querySelector('[role="alert"]')!;
    expect(block.querySelector('.error-context')!.textContent).to.equal('Contacts could not be loaded');
    expect(block.querySelector('.error-message')!.textContent).to.equal('You are offline or the server cannot be reached');
    const retry = block.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Retry');
    retry.click();
    retry.focus();
    await sendKeys({ press: 'Space' });
    expect(retries).to.equal(2);
    await expect(host).to.be.accessible();
  });

  it('offers no Retry when trying again cannot help', async () => {
    const host = await renderPart(html`${sourceErrorBlock(new SourceError('forbidden'), { onRetry: () => {} })}`);
    expect(host.shadowRoot!.querySelector('.error-message')!.textContent).to.equal('You are not allowed to do this');
    expect(host.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(host).to.be.accessible();
  });

  it('offers no Retry without a way to retry', async () => {
    const host = await renderPart(html`${sourceErrorBlock(new SourceError('timeout'))}`);
    expect(host.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(host.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('renders nothing for no error and for an aborted request', async () => {
    const host = await renderPart(html`${sourceErrorBlock(undefined)}${sourceErrorBlock(new SourceError('aborted'))}`);
    expect(host.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
