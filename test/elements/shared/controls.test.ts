import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { icon, ICON_NAMES } from '../../../src/elements/shared/icons.js';
import { contrast, renderPart } from './part-host.js';

const PANEL = html`<div>
  <button class="button button--primary">Save</button>
  <button class="button button--secondary">Cancel</button>
  <button class="button button--danger">Delete</button>
  <button class="button button--quiet">Clear all</button>
  <button class="icon-button" aria-label="Copy">${icon('copy')}</button>
  <label class="field"><span class="field-label">Name</span><input class="input" /></label>
  <label><input type="checkbox" class="checkbox" /> Select</label>
  <span class="chip"><span class="chip-text">Chip</span></span>
  <button class="chip" aria-pressed="true">Toggle</button>
  <div class="popover">
    <ul class="menu" role="menu" aria-label="Actions">
      <li role="none"><button class="menu-item" role="menuitem">Edit</button></li>
      <li role="none"><hr class="menu-separator" /></li>
      <li role="none"><button class="menu-item menu-item--danger" role="menuitem">Delete</button></li>
    </ul>
  </div>
  <span class="skeleton" style="inline-size: 6rem"></span>
  <span class="visually-hidden">Hidden text</span>
</div>`;

describe('controls', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps button and menu text readable (AA) and input outlines visible (3:1), ${scheme}`, async () => {
      const host = await renderPart(PANEL, `display: block; color-scheme: ${scheme}`);
      const root = host.shadowRoot!;
      const surface = getComputedStyle(host.shadowRoot!.querySelector('.popover')!).backgroundColor;
      for (const button of root.querySelectorAll<HTMLElement>('.button')) {
        const style = getComputedStyle(button);
        const background = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? surface : style.backgroundColor;
        expect(contrast(style.color, background), button.textContent!).to.be.at.least(4.5);
      }
      for (const item of root.querySelectorAll<HTMLElement>('.menu-item')) {
        expect(contrast(getComputedStyle(item).color, surface), item.textContent!).to.be.at.least(4.5);
      }
      const input = getComputedStyle(root.querySelector('.input')!);
      expect(contrast(input.borderTopColor, input.backgroundColor)).to.be.at.least(3);
      await expect(host).to.be.accessible();
    });
  }

  it('gives icon buttons, remove buttons and text buttons at least a 24px target', async () => {
    const host = await renderPart(PANEL, 'display: block');
    for (const button of host.shadowRoot!.querySelectorAll('.button, .icon-button')) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height), button.textContent!).to.be.at.least(24);
    }
  });

  it('hides visually-hidden text from sight only', async () => {
    const host = await renderPart(PANEL, 'display: block');
    const hidden = host.shadowRoot!.querySelector('.visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(hidden.textContent).to.equal('Hidden text');
  });

  it('shimmers skeletons unless the user prefers reduced motion', async () => {
    const host = await renderPart(PANEL, 'display: block');
    const skeleton = host.shadowRoot!.querySelector('.skeleton')!;
    expect(getComputedStyle(skeleton).animationName).to.equal('skeleton-shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(skeleton).animationName).to.equal('none');
  });

  it('keeps control outlines in forced-colors mode', async () => {
    const host = await renderPart(PANEL, 'display: block');
    await emulateMedia({ forcedColors: 'active' });
    try {
      const primary = getComputedStyle(host.shadowRoot!.querySelector('.button--primary')!);
      expect(primary.borderTopStyle).to.equal('solid');
      expect(primary.borderTopColor).to.not.equal(primary.backgroundColor);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('icon()', () => {
  it('draws every icon, decorative by default', async () => {
    const host = await renderPart(html`${ICON_NAMES.map((name) => icon(name))}`);
    const icons = [...host.shadowRoot!.querySelectorAll('svg')];
    expect(icons).to.have.length(ICON_NAMES.length);
    for (const svg of icons) {
      expect(svg.getAttribute('aria-hidden'), svg.dataset['icon']).to.equal('true');
      expect(svg.hasAttribute('role')).to.equal(false);
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(10);
      expect(svg.children.length, svg.dataset['icon']).to.be.greaterThan(0);
    }
    await expect(host).to.be.accessible();
  });

  it('is named when it carries meaning alone', async () => {
    const host = await renderPart(html`${icon('alert', { label: 'Error' })}`);
    const svg = host.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Error');
    expect(svg.hasAttribute('aria-hidden')).to.equal(false);
    await expect(host).to.be.accessible();
  });

  it('mirrors directional icons in right-to-left text', async () => {
    const host = await renderPart(html`<p dir="rtl">${icon('chevron-end')} ${icon('search')}</p>`);
    const [chevron, search] = host.shadowRoot!.querySelectorAll('svg');
    expect(getComputedStyle(chevron!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(search!).transform).to.equal('none');
  });
});
