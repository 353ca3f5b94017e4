import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { labelChip, labelChips, overflowChip, safeLabelColor, withLabelColors } from '../../../src/elements/shared/label-chip.js';
import { contrast, renderPart } from './part-host.js';

const LABELS = [
  { name: 'VIP', color: '#d4a000' },
  { name: 'Lead', color: '#1f6feb' },
  { name: 'Spam', color: '#000000' },
  { name: 'Partner', color: '#ffffff' },
  { name: 'Wholesale', color: '#ff00ff' },
];

describe('labelChip()', () => {
  it('shows the name with a remove button named after the label, which calls back', async () => {
    const removed: string[] = [];
    const host = await renderPart(html`${labelChip(LABELS[0]!, { onRemove: (name) => removed.push(name) })}`);
    const chip = host.shadowRoot!.querySelector('.label-chip')!;
    expect(chip.querySelector('.chip-text')!.textContent).to.equal('VIP');
    const button = chip.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Remove label VIP');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);

    button.focus();
    await sendKeys({ press: 'Enter' });
    button.click();
    expect(removed).to.deep.equal(['VIP', 'VIP']);
    await expect(host).to.be.accessible();
  });

  it('has no remove button without a callback', async () => {
    const host = await renderPart(html`${labelChip(LABELS[0]!)}`);
    expect(host.shadowRoot!.querySelector('button')).to.equal(null);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps the name readable (AA) on any label colour, ${scheme}`, async () => {
      const host = await renderPart(html`${labelChips(LABELS)}`, `color-scheme: ${scheme}`);
      const chips = [...host.shadowRoot!.querySelectorAll<HTMLElement>('.label-chip')];
      expect(chips).to.have.length(LABELS.length);
      for (const chip of chips) {
        const text = getComputedStyle(chip.querySelector('.chip-text')!).color;
        const background = getComputedStyle(chip).backgroundColor;
        expect(contrast(text, background), chip.textContent!.trim()).to.be.at.least(4.5);
      }
      // The colour shows: the chips' tints differ.
      expect(new Set(chips.map((chip) => getComputedStyle(chip).backgroundColor)).size).to.equal(LABELS.length);
      await expect(host).to.be.accessible();
    });
  }

  it('uses only hex colours from the backend', async () => {
    expect(safeLabelColor('#a1B2c3')).to.equal('#a1B2c3');
    expect(safeLabelColor('url(https://tracker.example/x.png)')).to.equal(undefined);
    expect(safeLabelColor('red; background: url(x)')).to.equal(undefined);
    const host = await renderPart(html`${labelChip({ name: 'Odd', color: 'url(https://tracker.example/x.png)' })}`);
    const chip = host.shadowRoot!.querySelector<HTMLElement>('.label-chip')!;
    expect(chip.hasAttribute('data-colored')).to.equal(false);
    expect(chip.getAttribute('style') ?? '').to.not.contain('url');
  });

  it('takes colours from the source’s labels', () => {
    expect(withLabelColors(['Lead', 'Unknown'], LABELS)).to.deep.equal([
      { name: 'Lead', color: '#1f6feb' },
      { name: 'Unknown', color: undefined },
    ]);
  });
});

describe('labelChips() and overflowChip()', () => {
  it('folds the labels past max into "+N", naming them for screen readers', async () => {
    const host = await renderPart(html`${labelChips(LABELS, { max: 2 })}`);
    const items = [...host.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.chip-text')?.textContent ?? null)).to.deep.equal(['VIP', 'Lead', null]);
    const overflow = items[2]!.querySelector('.label-overflow')!;
    expect(overflow.querySelector('[aria-hidden="true"]')!.textContent).to.equal('+3');
    expect(overflow.querySelector('.visually-hidden')!.textContent).to.equal('More labels: Spam, Partner, and Wholesale');
    await expect(host).to.be.accessible();
  });

  it('shows the last label rather than "+1"', async () => {
    const host = await renderPart(html`${labelChips(LABELS.slice(0, 3), { max: 2 })}`);
    expect(host.shadowRoot!.querySelectorAll('.label-chip')).to.have.length(3);
    expect(host.shadowRoot!.querySelector('.label-overflow')).to.equal(null);
  });

  it('with max 1 (a narrow column) keeps one chip and "+1": two chips would squeeze each other', async () => {
    const host = await renderPart(html`${labelChips(LABELS.slice(0, 2), { max: 1 })}`);
    expect([...host.shadowRoot!.querySelectorAll('.chip-text')].map((chip) => chip.textContent)).to.deep.equal(['VIP']);
    expect(host.shadowRoot!.querySelector('.label-overflow [aria-hidden="true"]')!.textContent).to.equal('+1');
  });

  it('renders nothing for no labels', async () => {
    const host = await renderPart(html`${labelChips([])}`);
    expect(host.shadowRoot!.querySelector('ul')).to.equal(null);
  });

  it('overflowChip stands alone too', async () => {
    const host = await renderPart(html`${overflowChip(['A', 'B'])}`);
    expect(host.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+2 More labels: A and B');
  });
});
