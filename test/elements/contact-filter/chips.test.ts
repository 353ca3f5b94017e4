// The conditions in force as chips: readable in every language, removable, "Clear all".
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDate } from '../../../src/i18n/format.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import type { Condition, ContactQuery } from '../../../src/model/query.js';
import { $, $$, chipTexts, describeElement, focusOf, setup, text } from './helpers.js';

const CONDITIONS: Condition[] = [
  { field: 'lastActivityAt', operator: 'more-than-days-ago', value: 30 },
  { field: 'labels', operator: 'has-any', value: ['vip', 'lead'] },
  { field: 'blocked', operator: 'is-true' },
  { field: 'attributes.plan', operator: 'any-of', value: ['pro'] },
  { field: 'attributes.seats', operator: 'between', value: [5, 2500] },
  { field: 'createdAt', operator: 'date-between', value: ['2026-01-01', '2026-06-30'] },
  { field: 'name', operator: 'contains', value: 'olena' },
  { field: 'sourceChannel', operator: 'any-of', value: ['whatsapp', 'telegram'] },
  { field: 'conversationStatus', operator: 'none-of', value: ['resolved'] },
  { field: 'createdAt', operator: 'in-last-days', value: 7 },
  { field: 'lastActivityAt', operator: 'is-empty' },
  { field: 'attributes.verified', operator: 'is-false' },
  { field: 'labels', operator: 'has-all', value: ['vip', 'customer'] },
];

describe('<contact-filter> condition chips', () => {
  afterEach(async () => {
    await setContactLocale('en');
  });

  it('say each condition in words', async () => {
    const { el } = await setup({ query: { conditions: CONDITIONS } });
    expect(chipTexts(el)).to.deep.equal([
      'Last activity: more than 30 days ago',
      'Labels: has any of vip or lead',
      'Blocked: yes',
      'Plan (custom): is any of pro',
      'Seats (custom): is between 5 and 2,500',
      `Created: is between ${formatDate('2026-01-01')} and ${formatDate('2026-06-30')}`,
      'Name: contains “olena”',
      'Source channel: is any of WhatsApp or Telegram',
      'Conversation status: is none of Resolved',
      'Created: in the last 7 days',
      'Last activity: is not set',
      'Verified (custom): no',
      'Labels: has all of vip and customer',
    ]);
    expect(formatDate('2026-01-01')).to.equal('Jan 1, 2026');
  });

  it('say each condition in Ukrainian, with its plural forms and formats', async () => {
    await setContactLocale('uk');
    const { el } = await setup({ query: { conditions: CONDITIONS } });
    expect(chipTexts(el)).to.deep.equal([
      'Остання активність: понад 30 днів тому',
      'Мітки: будь-яка з vip або lead',
      'Заблокований: так',
      'Plan (додатковий): одне з pro',
      'Seats (додатковий): від 5 до 2 500',
      `Створено: з ${formatDate('2026-01-01')} по ${formatDate('2026-06-30')}`,
      'Повне ім’я: містить «olena»',
      'Канал-джерело: одне з WhatsApp або Telegram',
      'Статус розмови: жодне з Вирішена',
      'Створено: за останні 7 днів',
      'Остання активність: не вказано',
      'Verified (додатковий): ні',
      'Мітки: усі з vip і customer',
    ]);
    expect(text($(el, '.clear-all'))).to.equal('Очистити все');
  });

  it('removing a chip reports the query without it; focus moves to the next chip', async () => {
    const sort = { field: 'name', direction: 'asc' } as const;
    const query: ContactQuery = { conditions: CONDITIONS.slice(0, 3), sort };
    const { el, events } = await setup({ query });
    $$(el, '.chip-remove')[1]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(events).to.deep.equal([{ conditions: [CONDITIONS[0], CONDITIONS[2]], sort }]);
    expect(chipTexts(el)).to.deep.equal(['Last activity: more than 30 days ago', 'Blocked: yes']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Remove condition: Blocked: yes');
  });

  it('by keyboard: Enter on a chip’s button removes it; after the last, focus goes to Filters', async () => {
    const { el, events } = await setup({ query: { conditions: [CONDITIONS[2]!] } });
    $(el, '.chip-remove').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(events).to.deep.equal([{}]);
    expect(el.shadowRoot!.querySelector('.condition-chip')).to.equal(null);
    expect(focusOf(el)).to.equal(describeElement($(el, '.filters-button')));
  });

  it('the builder follows a removed chip', async () => {
    const { el } = await setup({ query: { conditions: CONDITIONS.slice(0, 2) } });
    $(el, '.filters-button').click();
    await el.updateComplete;
    expect($$(el, '.condition')).to.have.length(2);
    $$(el, '.chip-remove')[0]!.click();
    await el.updateComplete;
    expect($$(el, '.condition')).to.have.length(1);
    expect(($(el, '.condition select') as HTMLSelectElement).value).to.equal('labels');
  });

  it('"Clear all" empties the search, the labels and the conditions, keeps the sort, and focuses the search', async () => {
    const sort = { field: 'createdAt', direction: 'desc' } as const;
    const { el, events } = await setup({
      query: { search: 'alice', labels: ['vip'], labelMatch: 'all', conditions: CONDITIONS.slice(0, 2), sort },
    });
    expect($$(el, '.label-toggle[aria-pressed="true"]')).to.have.length(1);
    $(el, '.clear-all').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(events).to.deep.equal([{ labelMatch: 'all', sort }]);
    expect(($(el, '#search') as HTMLInputElement).value).to.equal('');
    expect($$(el, '.label-toggle[aria-pressed="true"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.condition-chip')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.clear-all'), 'nothing left to clear').to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
  });

  it('"Clear all" shows for a search alone, and the Filters button counts the conditions', async () => {
    const { el } = await setup({ query: { search: 'alice' } });
    expect(el.shadowRoot!.querySelector('.clear-all')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('.filters-button .count')).to.equal(null);
    el.query = { conditions: CONDITIONS.slice(0, 3) };
    await el.updateComplete;
    expect(text($(el, '.filters-button .count'))).to.equal('3');
    expect(text($(el, '.filters-button'))).to.contain('(conditions in force: 3)');
  });

  it('customer text in a chip stays text', async () => {
    const { el } = await setup({ query: { conditions: [{ field: 'name', operator: 'is', value: '<img src=x onerror=alert(1)>' }] } });
    expect(chipTexts(el)).to.deep.equal(['Name: is “<img src=x onerror=alert(1)>”']);
    expect(el.shadowRoot!.querySelector('.condition-chip img')).to.equal(null);
  });
});
