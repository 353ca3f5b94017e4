// A 280px sidebar and a wide page (container queries), right-to-left, dark, long names, languages.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { ContactCard } from '../../../src/elements/contact-card/contact-card.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import { $, makeSource, NOW, settle, text, workspace } from './fixtures.js';

async function cardIn(width: number, options: { dir?: string; scheme?: string; name?: string } = {}): Promise<ContactCard> {
  const contacts = workspace();
  if (options.name) contacts[0] = { ...contacts[0]!, name: options.name };
  const source = makeSource({ contacts });
  const wrapper = fixtureSync<HTMLDivElement>(html`<div dir=${options.dir ?? 'ltr'} style="inline-size: ${width}px; color-scheme: ${options.scheme ?? 'light'}">
    <contact-card .source=${source} contact-id="olena" .now=${() => NOW}></contact-card>
  </div>`);
  const card = wrapper.querySelector('contact-card')!;
  await settle(card);
  return card;
}

function columns(card: ContactCard): number {
  return getComputedStyle($(card, '.layout')!).gridTemplateColumns.split(' ').length;
}

const ARABIC_NAME = 'عبد الرحمن بن محمد بن عبد الله الهاشمي القرشي المكي';
const CHINESE_NAME = '欧阳王小明欧阳王小明欧阳王小明欧阳王小明欧阳王小明';

describe('<contact-card> layout', () => {
  afterEach(() => setContactLocale('en'));

  it('stacks everything in one column in a 280px sidebar, without overflowing', async () => {
    const card = await cardIn(280);
    expect(columns(card)).to.equal(1);
    expect(card.scrollWidth).to.be.at.most(280);
    await expect(card).to.be.accessible();
  });

  it('puts labels, conversations and notes in a second column on a wide page', async () => {
    const card = await cardIn(960);
    expect(columns(card)).to.equal(2);
    const main = $(card, '.column--main')!.getBoundingClientRect();
    const side = $(card, '.column--side')!.getBoundingClientRect();
    expect(side.left).to.be.greaterThan(main.right - 1);
  });

  it('mirrors in right-to-left pages', async () => {
    const card = await cardIn(960, { dir: 'rtl' });
    const avatar = $(card, '.header .avatar')!.getBoundingClientRect();
    const name = $(card, '.name')!.getBoundingClientRect();
    expect(avatar.left).to.be.greaterThan(name.left);
    const main = $(card, '.column--main')!.getBoundingClientRect();
    const side = $(card, '.column--side')!.getBoundingClientRect();
    expect(side.right).to.be.lessThan(main.left + 1);
    await expect(card).to.be.accessible();
  });

  it('follows a dark colour scheme', async () => {
    const card = await cardIn(400, { scheme: 'dark' });
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(27, 29, 33)');
    await expect(card).to.be.accessible();
  });

  for (const [script, name] of [
    ['Arabic', ARABIC_NAME],
    ['Chinese', CHINESE_NAME],
  ] as const) {
    it(`wraps a long ${script} name inside a 280px sidebar`, async () => {
      const card = await cardIn(280, { name, dir: script === 'Arabic' ? 'rtl' : 'ltr' });
      expect(text($(card, '.name'))).to.contain(name);
      expect(card.scrollWidth).to.be.at.most(280);
      expect($(card, '.name')!.getBoundingClientRect().width).to.be.at.most(280);
    });
  }

  it('speaks the active language', async () => {
    await setContactLocale('uk');
    const card = await cardIn(400);
    expect(text($(card, '#details-heading'))).to.equal('Дані');
    await setContactLocale('es');
    await settle(card);
    expect(text($(card, '#details-heading'))).to.equal('Datos');
  });
});
