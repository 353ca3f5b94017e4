import { expect, html, waitUntil } from '@open-wc/testing';
import { AVATAR_PALETTE, avatar, avatarColorIndex, initials } from '../../../src/elements/shared/avatar.js';
import { contrast, renderPart } from './part-host.js';

const PHOTO = new URL('./fixtures/photo.svg', import.meta.url).href;
const MISSING_PHOTO = new URL('./fixtures/no-such-photo.png', import.meta.url).href;

describe('initials', () => {
  const cases: [string, string][] = [
    ['Olena Kovalenko', 'OK'],
    ['Олена Коваль', 'ОК'],
    ['محمد علي', 'م\u200cع'],
    ['王小明', '王'],
    ['김민준', '김'],
    ['山田 太郎', '山'],
    ['maría josé garcía', 'MG'],
    ['Madonna', 'M'],
    ['  Jean-Luc   Picard ', 'JP'],
    ['Zoe\u0308 U\u0308nal', 'ZU\u0308'],
    ['👩‍💻 Ana Pérez', 'AP'],
    ['🦊', '🦊'],
    ['🇺🇦🇺🇦', '🇺🇦'],
    ['(Ana) Pérez', 'AP'],
    ['+380 67 123 4567', ''],
    ['', ''],
  ];
  for (const [name, expected] of cases) {
    it(`"${name}" → "${expected}"`, () => expect(initials(name)).to.equal(expected));
  }
});

describe('avatar()', () => {
  it('shows initials on a colour that stays the same for an id', async () => {
    const host = await renderPart(html`${avatar({ id: 'c42', name: 'Олена Коваль' })}`);
    const el = host.shadowRoot!.querySelector('.avatar')!;
    expect(el.querySelector('.avatar-initials')!.textContent!.trim()).to.equal('ОК');
    expect(el.getAttribute('role')).to.equal('img');
    expect(el.getAttribute('aria-label')).to.equal('Олена Коваль');
    expect(el.getAttribute('data-color')).to.equal(String(avatarColorIndex('c42')));
    expect(avatarColorIndex('c42')).to.equal(avatarColorIndex('c42'));
    await expect(host).to.be.accessible();
  });

  it('spreads ids over the palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => avatarColorIndex(`contact-${i}`)));
    expect(used.size).to.equal(AVATAR_PALETTE.length);
  });

  it('is hidden from screen readers when decorative', async () => {
    const host = await renderPart(
      html`<p>${avatar({ id: 'a', name: 'Ana' }, { decorative: true })} <span>Ana</span></p>`,
    );
    const el = host.shadowRoot!.querySelector('.avatar')!;
    expect(el.getAttribute('aria-hidden')).to.equal('true');
    expect(el.hasAttribute('role')).to.equal(false);
    await expect(host).to.be.accessible();
  });

  it('shows a person icon for a name without letters', async () => {
    const host = await renderPart(html`${avatar({ id: 'p', name: '+380 67 123 4567' })}`);
    expect(host.shadowRoot!.querySelector('.avatar-initials [data-icon="person"]')).to.not.equal(null);
    await expect(host).to.be.accessible();
  });

  it('never uses an unsafe image URL', async () => {
    const host = await renderPart(
      html`${avatar({ id: 'x', name: 'Eve Mallory', avatarUrl: 'javascript:alert(1)' })}
      ${avatar({ id: 'y', name: 'Eve Data', avatarUrl: 'data:image/svg+xml,<svg onload=alert(1)>' })}`,
    );
    expect(host.shadowRoot!.querySelector('img')).to.equal(null);
    expect([...host.shadowRoot!.querySelectorAll('.avatar-initials')].map((el) => el.textContent!.trim())).to.deep.equal([
      'EM',
      'ED',
    ]);
  });

  it('shows the photo once it loads, hiding the initials', async () => {
    const host = await renderPart(html`${avatar({ id: 'x', name: 'Ana Lima', avatarUrl: PHOTO }, { size: 'l' })}`);
    const el = host.shadowRoot!.querySelector<HTMLElement>('.avatar')!;
    const img = el.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    await waitUntil(() => el.hasAttribute('data-loaded'), 'photo loaded');
    expect(getComputedStyle(img).opacity).to.equal('1');
    expect(getComputedStyle(el.querySelector('.avatar-initials')!).visibility).to.equal('hidden');
    expect(el.getBoundingClientRect().width).to.equal(48);
    await expect(host).to.be.accessible();
  });

  it('falls back to the initials when the photo fails to load', async () => {
    const host = await renderPart(html`${avatar({ id: 'x', name: 'Ana Lima', avatarUrl: MISSING_PHOTO })}`);
    const el = host.shadowRoot!.querySelector<HTMLElement>('.avatar')!;
    await waitUntil(() => !el.querySelector('img'), 'broken photo removed');
    expect(el.hasAttribute('data-loaded')).to.equal(false);
    const letters = el.querySelector<HTMLElement>('.avatar-initials')!;
    expect(getComputedStyle(letters).visibility).to.equal('visible');
    expect(letters.textContent!.trim()).to.equal('AL');

    // A new photo for the same avatar starts afresh.
    host.content = html`${avatar({ id: 'x', name: 'Ana Lima', avatarUrl: PHOTO })}`;
    await host.updateComplete;
    const fresh = host.shadowRoot!.querySelector<HTMLElement>('.avatar')!;
    await waitUntil(() => fresh.hasAttribute('data-loaded'), 'new photo loaded');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`every palette colour keeps its initials readable (AA) in the ${scheme} scheme`, async () => {
      const host = await renderPart(
        html`${AVATAR_PALETTE.map((_, index) => html`<span class="avatar" data-color=${index}>AB</span>`)}`,
        `color-scheme: ${scheme}`,
      );
      for (const el of host.shadowRoot!.querySelectorAll('.avatar')) {
        const style = getComputedStyle(el);
        expect(contrast(style.color, style.backgroundColor), `colour ${el.getAttribute('data-color')}`).to.be.at.least(4.5);
      }
    });
  }
});
