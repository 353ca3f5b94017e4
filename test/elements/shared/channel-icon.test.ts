import { expect, html } from '@open-wc/testing';
import { CHANNELS } from '../../../src/model/channels.js';
import { channelIcon, channelLabel } from '../../../src/elements/shared/channel-icon.js';
import { channelName } from '../../../src/i18n/messages.js';
import { contrast, renderPart } from './part-host.js';

const SURFACES = ['--_surface', '--_surface-raised', '--_surface-hover', '--_surface-selected'];

describe('channelIcon()', () => {
  it('names every channel for screen readers, with a distinct glyph', async () => {
    const host = await renderPart(html`${CHANNELS.map((channel) => channelIcon(channel))}`);
    const icons = [...host.shadowRoot!.querySelectorAll('svg')];
    expect(icons.map((svg) => svg.getAttribute('aria-label'))).to.deep.equal(CHANNELS.map(channelName));
    expect(icons.every((svg) => svg.getAttribute('role') === 'img')).to.equal(true);
    expect(new Set(icons.map((svg) => new XMLSerializer().serializeToString(svg).replace(/data-channel="[^"]*"|aria-label="[^"]*"/g, ''))).size).to.equal(CHANNELS.length);
    await expect(host).to.be.accessible();
  });

  it('is decorative beside the name', async () => {
    const host = await renderPart(html`${channelLabel('telegram')}`);
    const label = host.shadowRoot!.querySelector('.channel-label')!;
    expect(label.textContent!.trim()).to.equal('Telegram');
    expect(label.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(label.querySelector('svg')!.hasAttribute('aria-label')).to.equal(false);
    await expect(host).to.be.accessible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`every channel colour stands out (3:1) on every surface, ${scheme}`, async () => {
      const host = await renderPart(
        html`${SURFACES.map(
          (surface) => html`<div style="background: var(${surface})">${CHANNELS.map((channel) => channelIcon(channel))}</div>`,
        )}`,
        `color-scheme: ${scheme}`,
      );
      for (const row of host.shadowRoot!.querySelectorAll('div')) {
        const background = getComputedStyle(row).backgroundColor;
        for (const svg of row.querySelectorAll('svg')) {
          const ratio = contrast(getComputedStyle(svg).color, background);
          expect(ratio, `${svg.dataset['channel']} on ${row.getAttribute('style')}`).to.be.at.least(3);
        }
      }
    });
  }
});
