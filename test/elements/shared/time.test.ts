import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { relativeTime } from '../../../src/elements/shared/time.js';
import { formatDateTime } from '../../../src/i18n/format.js';
import { NOW } from '../../model/contact-fixture.js';
import { renderPart } from './part-host.js';

const THREE_HOURS_AGO = new Date(NOW.getTime() - 3 * 3_600_000);

function isShown(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return getComputedStyle(el).clipPath === 'none' && box.width > 20 && box.height > 10;
}

describe('relativeTime()', () => {
  it('shows the relative time in a <time datetime>, the exact time read by screen readers', async () => {
    const host = await renderPart(html`<p>Last seen ${relativeTime(THREE_HOURS_AGO, { now: NOW })}</p>`);
    const time = host.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(THREE_HOURS_AGO.toISOString());
    expect(time.querySelector('.time-relative')!.textContent).to.equal('3 hours ago');
    const exact = time.querySelector('.time-exact')!;
    expect(exact.textContent).to.equal(formatDateTime(THREE_HOURS_AGO));
    expect(isShown(exact)).to.equal(false);
    expect(time.textContent).to.equal(`3 hours ago, ${formatDateTime(THREE_HOURS_AGO)}`);
    await expect(host).to.be.accessible();
  });

  it('keeps English in the right order inside a right-to-left page ("1 hour ago", not "hour ago 1")', async () => {
    const hourAgo = new Date(NOW.getTime() - 3_600_000);
    const host = await renderPart(html`<p dir="rtl">${relativeTime(hourAgo, { now: NOW })}</p>`);
    const relative = host.shadowRoot!.querySelector('.time-relative')!;
    const text = [...relative.childNodes].find((node): node is Text => node instanceof Text && node.data !== '')!;
    expect(text.data).to.equal('1 hour ago');
    const xOf = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    expect(xOf(0), 'the digit comes before the words, reading left to right').to.be.lessThan(xOf(2));
  });

  it('shows the exact time when focused from the keyboard', async () => {
    const host = await renderPart(
      html`<button>Before</button> ${relativeTime(THREE_HOURS_AGO, { now: NOW })}`,
      'display: block; padding-block-start: 3rem',
    );
    host.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const time = host.shadowRoot!.querySelector('time')!;
    expect(host.shadowRoot!.activeElement).to.equal(time);
    expect(isShown(time.querySelector('.time-exact')!)).to.equal(true);
    await expect(host).to.be.accessible();
  });

  it('shows the exact time on hover, styled as on focus', async () => {
    // A real mouse cannot be used here: CDP mouse events hang in a background tab, and tests
    // run two pages at once. The rule that shows the tooltip on focus (tested above) must also
    // name :hover.
    const host = await renderPart(html`${relativeTime(THREE_HOURS_AGO, { now: NOW })}`);
    const rules = host.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const shown = rules.find(
      (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.includes('.time:focus .time-exact'),
    );
    expect(shown?.selectorText).to.contain('.time:hover .time-exact');
    expect(shown?.style.clipPath).to.equal('none');
  });

  it('shows the exact time while the cell around it has focus, when not focusable itself', async () => {
    const host = await renderPart(
      html`<div role="grid" aria-label="Contacts">
        <div role="row">
          <div role="gridcell" tabindex="0">${relativeTime(THREE_HOURS_AGO, { now: NOW, focusable: false })}</div>
        </div>
      </div>`,
      'display: block; padding-block-start: 3rem',
    );
    const time = host.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expect(host.shadowRoot!.activeElement).to.equal(host.shadowRoot!.querySelector('[role="gridcell"]'));
    expect(isShown(time.querySelector('.time-exact')!)).to.equal(true);
  });
});
