import { expect, html } from '@open-wc/testing';
import { statusBadge, statusText } from '../../../src/elements/shared/status-badge.js';
import { formatDateTime } from '../../../src/i18n/format.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import { DAY_MS, NOW, makeContact } from '../../model/contact-fixture.js';
import { contrast, renderPart } from './part-host.js';

const until = new Date(NOW.getTime() + 3 * DAY_MS);
const timed = makeContact({ lastActivityAt: NOW, block: { until, reason: 'Spam links', blockedAt: NOW } });
const forever = makeContact({ lastActivityAt: NOW, block: { until: null, blockedAt: NOW } });
const expired = makeContact({
  lastActivityAt: NOW,
  block: { until: new Date(NOW.getTime() - DAY_MS), reason: 'Old', blockedAt: new Date(NOW.getTime() - 2 * DAY_MS) },
});
const active = makeContact({ lastActivityAt: new Date(NOW.getTime() - DAY_MS) });
const inactive = makeContact({ lastActivityAt: new Date(NOW.getTime() - 90 * DAY_MS) });

function text(root: ParentNode, selector: string): string | undefined {
  return root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
}

describe('statusBadge()', () => {
  it('says until when a timed block ends, localised', async () => {
    const host = await renderPart(html`${statusBadge(timed, { now: NOW })}`);
    const badge = host.shadowRoot!.querySelector('.status-badge')!;
    expect(badge.getAttribute('data-status')).to.equal('blocked');
    expect(text(badge, '.status-text')).to.equal(`Blocked until ${formatDateTime(until)}`);
    // The reason is there for screen readers, not shown.
    expect(text(badge, '.visually-hidden')).to.equal('Reason: Spam links');
    expect(badge.querySelector('[data-icon="block"]')).to.not.equal(null);
    await expect(host).to.be.accessible();
  });

  it('shows the reason when asked', async () => {
    const host = await renderPart(html`${statusBadge(timed, { now: NOW, showReason: true })}`);
    const reason = host.shadowRoot!.querySelector<HTMLElement>('.status-reason')!;
    expect(reason.textContent).to.equal('Reason: Spam links');
    expect(reason.getBoundingClientRect().width).to.be.greaterThan(10);
  });

  it('says forever for a block without an end', () => {
    expect(statusText(forever, NOW)).to.equal('Blocked forever');
  });

  it('treats an expired block as no block', async () => {
    expect(statusText(expired, NOW)).to.equal('Active');
    const host = await renderPart(html`${statusBadge(expired, { now: NOW, showReason: true })}`);
    expect(host.shadowRoot!.querySelector('.status-badge')!.getAttribute('data-status')).to.equal('active');
    expect(host.shadowRoot!.textContent).to.not.contain('Old');
  });

  it('says active and inactive in words, each with its own icon', async () => {
    const host = await renderPart(html`${statusBadge(active, { now: NOW })} ${statusBadge(inactive, { now: NOW })}`);
    const badges = [...host.shadowRoot!.querySelectorAll('.status-badge')];
    expect(badges.map((badge) => text(badge, '.status-text'))).to.deep.equal(['Active', 'Inactive']);
    expect(badges.map((badge) => badge.querySelector('svg')!.dataset['icon'])).to.deep.equal(['check', 'clock']);
    await expect(host).to.be.accessible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps its text readable (AA) in the ${scheme} scheme`, async () => {
      const host = await renderPart(
        html`${[timed, active, inactive].map((contact) => statusBadge(contact, { now: NOW }))}`,
        `color-scheme: ${scheme}`,
      );
      for (const badge of host.shadowRoot!.querySelectorAll('.status-badge')) {
        const style = getComputedStyle(badge);
        expect(contrast(style.color, style.backgroundColor), badge.getAttribute('data-status')!).to.be.at.least(4.5);
      }
    });
  }
});

describe('statusBadge() in other languages', () => {
  afterEach(() => setContactLocale('en'));

  it('speaks Ukrainian and Spanish', async () => {
    await setContactLocale('uk');
    expect(statusText(forever, NOW)).to.equal('Заблокований назавжди');
    await setContactLocale('es');
    expect(statusText(timed, NOW)).to.equal(`Bloqueado hasta el ${formatDateTime(until)}`);
    expect(formatDateTime(until)).to.match(/ene|feb/);
  });
});
