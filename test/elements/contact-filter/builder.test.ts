// The condition builder: every field type's operators and value inputs, validation, keyboard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactFilter } from '../../../src/elements/contact-filter/contact-filter.js';
import {
  OPERATORS_BY_TYPE,
  type Condition,
  type ConditionField,
  type FieldType,
  type Operator,
} from '../../../src/model/query.js';
import { $, $$, afterTypingPause, describeElement, focusOf, loaded, seededSource, setup, text } from './helpers.js';

async function openBuilder(el: ContactFilter): Promise<void> {
  $(el, '.filters-button').click();
  await el.updateComplete;
  await el.updateComplete;
}

/** The key of the n-th condition row (0-based). */
function rowKey(el: ContactFilter, n = 0): string {
  return $$(el, '.condition')[n]!.dataset['key']!;
}

async function choose(el: ContactFilter, select: HTMLElement, value: string): Promise<void> {
  const element = select as HTMLSelectElement;
  element.value = value;
  expect(element.value, `option ${value}`).to.equal(value);
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Types a value as a person would end it: input, then change (leaving the box). */
async function fill(el: ContactFilter, selector: string, value: string): Promise<void> {
  const input = $(el, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function check(el: ContactFilter, row: string, values: readonly string[]): Promise<void> {
  for (const value of values) {
    $(el, `#condition-${row}-value input[value="${value}"]`).click();
    await el.updateComplete;
  }
}

function operatorsOffered(el: ContactFilter, row: string): string[] {
  return [...($(el, `#condition-${row}-operator`) as HTMLSelectElement).options].map((option) => option.value);
}

interface Case {
  field: ConditionField;
  type: FieldType;
  operator: Operator;
  /** How the person fills the value in. */
  fillIn?: (el: ContactFilter, row: string) => Promise<void>;
  expected: Condition;
}

const typed = (value: string) => (el: ContactFilter, row: string) => fill(el, `#condition-${row}-value`, value);
const range = (from: string, to: string) => async (el: ContactFilter, row: string) => {
  await fill(el, `#condition-${row}-value-start`, from);
  await fill(el, `#condition-${row}-value-end`, to);
};
const checked = (...values: string[]) => (el: ContactFilter, row: string) => check(el, row, values);

const CASES: Case[] = [
  { field: 'name', type: 'text', operator: 'starts-with', fillIn: typed('Ali'), expected: { field: 'name', operator: 'starts-with', value: 'Ali' } },
  { field: 'email', type: 'text', operator: 'contains', fillIn: typed('example'), expected: { field: 'email', operator: 'contains', value: 'example' } },
  { field: 'phone', type: 'text', operator: 'contains', fillIn: typed('+1 415'), expected: { field: 'phone', operator: 'contains', value: '+1 415' } },
  { field: 'id', type: 'text', operator: 'is', fillIn: typed('c01'), expected: { field: 'id', operator: 'is', value: 'c01' } },
  { field: 'createdAt', type: 'date', operator: 'in-last-days', fillIn: typed('30'), expected: { field: 'createdAt', operator: 'in-last-days', value: 30 } },
  {
    field: 'createdAt',
    type: 'date',
    operator: 'date-between',
    fillIn: range('2026-01-01', '2026-06-30'),
    expected: { field: 'createdAt', operator: 'date-between', value: ['2026-01-01', '2026-06-30'] },
  },
  { field: 'lastActivityAt', type: 'date', operator: 'more-than-days-ago', fillIn: typed('30'), expected: { field: 'lastActivityAt', operator: 'more-than-days-ago', value: 30 } },
  { field: 'lastActivityAt', type: 'date', operator: 'before', fillIn: typed('2026-01-15'), expected: { field: 'lastActivityAt', operator: 'before', value: '2026-01-15' } },
  { field: 'lastActivityAt', type: 'date', operator: 'is-empty', expected: { field: 'lastActivityAt', operator: 'is-empty' } },
  { field: 'labels', type: 'labels', operator: 'has-any', fillIn: checked('vip', 'lead'), expected: { field: 'labels', operator: 'has-any', value: ['vip', 'lead'] } },
  { field: 'labels', type: 'labels', operator: 'has-no-labels', expected: { field: 'labels', operator: 'has-no-labels' } },
  { field: 'blocked', type: 'boolean', operator: 'is-true', expected: { field: 'blocked', operator: 'is-true' } },
  { field: 'sourceChannel', type: 'channel', operator: 'any-of', fillIn: checked('whatsapp', 'telegram'), expected: { field: 'sourceChannel', operator: 'any-of', value: ['whatsapp', 'telegram'] } },
  { field: 'conversationStatus', type: 'conversation-status', operator: 'none-of', fillIn: checked('resolved'), expected: { field: 'conversationStatus', operator: 'none-of', value: ['resolved'] } },
  { field: 'attributes.company', type: 'text', operator: 'is-not', fillIn: typed('Acme'), expected: { field: 'attributes.company', operator: 'is-not', value: 'Acme' } },
  { field: 'attributes.seats', type: 'number', operator: 'gt', fillIn: typed('10'), expected: { field: 'attributes.seats', operator: 'gt', value: 10 } },
  { field: 'attributes.seats', type: 'number', operator: 'between', fillIn: range('5', '250.5'), expected: { field: 'attributes.seats', operator: 'between', value: [5, 250.5] } },
  { field: 'attributes.renewal', type: 'date', operator: 'after', fillIn: typed('2026-12-01'), expected: { field: 'attributes.renewal', operator: 'after', value: '2026-12-01' } },
  { field: 'attributes.plan', type: 'list', operator: 'any-of', fillIn: checked('pro', 'enterprise'), expected: { field: 'attributes.plan', operator: 'any-of', value: ['pro', 'enterprise'] } },
  { field: 'attributes.verified', type: 'boolean', operator: 'is-false', expected: { field: 'attributes.verified', operator: 'is-false' } },
  { field: 'attributes.website', type: 'text', operator: 'contains', fillIn: typed('.com'), expected: { field: 'attributes.website', operator: 'contains', value: '.com' } },
];

describe('<contact-filter> condition builder', () => {
  it('opens with one empty condition, its field chooser focused; nothing applied yet', async () => {
    const { el, events } = await setup();
    const toggle = $(el, '.filters-button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#builder').hidden).to.equal(true);
    await openBuilder(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#builder').hidden).to.equal(false);
    expect($$(el, '.condition')).to.have.length(1);
    expect(el.shadowRoot!.activeElement?.id).to.equal(`condition-${rowKey(el)}-field`);
    expect(events).to.deep.equal([]);
  });

  it('offers every standard field and every custom attribute', async () => {
    const { el } = await setup();
    await openBuilder(el);
    const select = $(el, `#condition-${rowKey(el)}-field`) as HTMLSelectElement;
    const groups = [...select.querySelectorAll('optgroup')].map((group) => ({
      label: group.label,
      options: [...group.querySelectorAll('option')].map((option) => text(option)),
    }));
    expect(groups).to.deep.equal([
      {
        label: 'Contact',
        options: ['Name', 'Email', 'Phone', 'Contact ID', 'Created', 'Last activity', 'Labels', 'Blocked', 'Source channel', 'Conversation status'],
      },
      { label: 'Custom attributes', options: ['Company', 'Plan', 'Renewal date', 'Seats', 'Verified', 'Website'] },
    ]);
  });

  for (const testCase of CASES) {
    it(`${testCase.field} (${testCase.type}) ${testCase.operator}: offers the type's operators and applies the condition`, async () => {
      const { el, events } = await setup();
      await openBuilder(el);
      const row = rowKey(el);
      await choose(el, $(el, `#condition-${row}-field`), testCase.field);
      expect(operatorsOffered(el, row)).to.deep.equal([...OPERATORS_BY_TYPE[testCase.type]]);
      await choose(el, $(el, `#condition-${row}-operator`), testCase.operator);
      await testCase.fillIn?.(el, row);
      await afterTypingPause();
      expect(events.at(-1)).to.deep.equal({ conditions: [testCase.expected] });
      expect(el.query.conditions).to.deep.equal([testCase.expected]);
      expect(el.shadowRoot!.querySelector('.field-error'), 'no error').to.equal(null);
    });
  }

  it('the conditions a test above applies select real contacts (the source agrees)', async () => {
    const { source } = await setup();
    const page = await source.listContacts({ conditions: [CASES[0]!.expected] }, { size: 50 });
    expect(page.items.map((contact) => contact.name)).to.include('Alice Anderson');
  });

  it('an empty value is not applied, and says so next to the input once left', async () => {
    const { el, events } = await setup();
    await openBuilder(el);
    const row = rowKey(el);
    expect(el.shadowRoot!.querySelector('.field-error'), 'no error before the value was touched').to.equal(null);
    await fill(el, `#condition-${row}-value`, '   ');
    const input = $(el, `#condition-${row}-value`);
    const error = $(el, `#condition-${row}-value-error`);
    expect(text(error)).to.equal('This field is required');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal(error.id);
    await afterTypingPause();
    expect(events).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.condition-chip')).to.equal(null);

    await fill(el, `#condition-${row}-value`, 'Alice');
    expect(el.shadowRoot!.querySelector('.field-error')).to.equal(null);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(events).to.deep.equal([{ conditions: [{ field: 'name', operator: 'contains', value: 'Alice' }] }]);
  });

  it('a range whose start is after its end is not applied, and says so; fixing it applies it', async () => {
    const { el, events } = await setup();
    await openBuilder(el);
    const row = rowKey(el);
    await choose(el, $(el, `#condition-${row}-field`), 'attributes.seats');
    await choose(el, $(el, `#condition-${row}-operator`), 'between');
    await fill(el, `#condition-${row}-value-start`, '250');
    await fill(el, `#condition-${row}-value-end`, '5');
    expect(text($(el, `#condition-${row}-value-error`))).to.equal('The start must come before the end');
    for (const end of ['start', 'end']) {
      expect($(el, `#condition-${row}-value-${end}`).getAttribute('aria-describedby')).to.equal(`condition-${row}-value-error`);
    }
    await afterTypingPause();
    expect(events).to.deep.equal([]);
    await fill(el, `#condition-${row}-value-start`, '1');
    expect(events).to.deep.equal([{ conditions: [{ field: 'attributes.seats', operator: 'between', value: [1, 5] }] }]);
  });

  it('a reversed date range and a negative number of days are not applied', async () => {
    const { el, events } = await setup();
    await openBuilder(el);
    const row = rowKey(el);
    await choose(el, $(el, `#condition-${row}-field`), 'createdAt');
    await choose(el, $(el, `#condition-${row}-operator`), 'date-between');
    await fill(el, `#condition-${row}-value-start`, '2026-06-30');
    await fill(el, `#condition-${row}-value-end`, '2026-01-01');
    expect(text($(el, `#condition-${row}-value-error`))).to.equal('The start must come before the end');
    await choose(el, $(el, `#condition-${row}-operator`), 'in-last-days');
    await fill(el, `#condition-${row}-value`, '-3');
    expect(text($(el, `#condition-${row}-value-error`))).to.equal('Enter a number');
    await afterTypingPause();
    expect(events).to.deep.equal([]);
  });

  it('a choice left with nothing chosen is not applied', async () => {
    const { el, events } = await setup();
    await openBuilder(el);
    const row = rowKey(el);
    await choose(el, $(el, `#condition-${row}-field`), 'labels');
    await check(el, row, ['vip']);
    expect(events.at(-1)).to.deep.equal({ conditions: [{ field: 'labels', operator: 'has-any', value: ['vip'] }] });
    await check(el, row, ['vip']);
    expect(text($(el, `#condition-${row}-value-error`))).to.equal('This field is required');
    expect(events.at(-1)).to.deep.equal({});
  });

  it('applies the valid conditions and leaves out the invalid one', async () => {
    const { el, events } = await setup();
    await openBuilder(el);
    await fill(el, `#condition-${rowKey(el, 0)}-value`, 'Alice');
    $(el, '#add-condition').click();
    await el.updateComplete;
    await el.updateComplete;
    const second = rowKey(el, 1);
    expect(el.shadowRoot!.activeElement?.id, 'the new row takes focus').to.equal(`condition-${second}-field`);
    await choose(el, $(el, `#condition-${second}-field`), 'attributes.seats');
    await fill(el, `#condition-${second}-value`, '');
    expect(text($(el, `#condition-${second}-value-error`))).to.equal('This field is required');
    await afterTypingPause();
    expect(events.at(-1)).to.deep.equal({ conditions: [{ field: 'name', operator: 'contains', value: 'Alice' }] });
    expect($$(el, '.condition-chip')).to.have.length(1);
  });

  it('match: all by default; any after the switch (shown once there are two conditions)', async () => {
    const { el, events } = await setup();
    await openBuilder(el);
    expect(el.shadowRoot!.querySelector('input[name="condition-match"]')).to.equal(null);
    await fill(el, `#condition-${rowKey(el, 0)}-value`, 'Alice');
    $(el, '#add-condition').click();
    await el.updateComplete;
    await choose(el, $(el, `#condition-${rowKey(el, 1)}-field`), 'blocked');
    expect(events.at(-1)).to.deep.equal({
      conditions: [
        { field: 'name', operator: 'contains', value: 'Alice' },
        { field: 'blocked', operator: 'is-true' },
      ],
    });
    $(el, 'input[name="condition-match"][value="any"]').click();
    await el.updateComplete;
    expect(events.at(-1)!.match).to.equal('any');
  });

  it('moving a condition to another text field keeps what was typed; to another type starts afresh', async () => {
    const { el, events } = await setup();
    await openBuilder(el);
    const row = rowKey(el);
    await fill(el, `#condition-${row}-value`, 'example');
    await choose(el, $(el, `#condition-${row}-field`), 'email');
    expect(events.at(-1)).to.deep.equal({ conditions: [{ field: 'email', operator: 'contains', value: 'example' }] });
    await choose(el, $(el, `#condition-${row}-field`), 'attributes.seats');
    expect(($(el, `#condition-${row}-operator`) as HTMLSelectElement).value).to.equal('eq');
    expect(($(el, `#condition-${row}-value`) as HTMLInputElement).value).to.equal('');
    expect(events.at(-1)).to.deep.equal({});
  });

  it('removing a condition applies the rest; focus stays in the builder', async () => {
    const { el, events } = await setup({
      query: {
        conditions: [
          { field: 'name', operator: 'contains', value: 'a' },
          { field: 'blocked', operator: 'is-true' },
        ],
      },
    });
    await openBuilder(el);
    expect($$(el, '.condition')).to.have.length(2);
    const second = rowKey(el, 1);
    $(el, `.condition[data-key="${rowKey(el, 0)}"] .condition-remove`).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(events).to.deep.equal([{ conditions: [{ field: 'blocked', operator: 'is-true' }] }]);
    expect(focusOf(el)).to.equal(describeElement($(el, `.condition[data-key="${second}"] .condition-remove`)));
    $(el, `.condition[data-key="${second}"] .condition-remove`).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-condition');
    expect(text($(el, '.builder-empty'))).to.contain('No conditions yet');
  });

  it('Escape closes the builder and gives focus back to its button; a row never filled in goes', async () => {
    const { el } = await setup();
    await openBuilder(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '#builder').hidden).to.equal(true);
    expect(focusOf(el)).to.equal(describeElement($(el, '.filters-button')));
    await openBuilder(el);
    expect($$(el, '.condition')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.field-error'), 'the fresh row is not an error').to.equal(null);
  });

  it('a row left invalid stays, and shows its error when the builder opens again', async () => {
    const { el } = await setup();
    await openBuilder(el);
    const row = rowKey(el);
    await choose(el, $(el, `#condition-${row}-field`), 'attributes.seats');
    await choose(el, $(el, `#condition-${row}-operator`), 'between');
    const from = $(el, `#condition-${row}-value-start`) as HTMLInputElement;
    from.value = '9';
    from.dispatchEvent(new Event('input', { bubbles: true }));
    $(el, '.filters-button').click();
    await el.updateComplete;
    await openBuilder(el);
    expect(($(el, `#condition-${row}-value-start`) as HTMLInputElement).value, 'what was typed is kept').to.equal('9');
    expect(text($(el, `#condition-${row}-value-error`))).to.equal('This field is required');
  });

  it('works by keyboard alone: open, choose a field, type a value, remove', async () => {
    const { el, events } = await setup();
    $(el, '#search').focus();
    await sendKeys({ press: 'Tab' });
    expect(focusOf(el)).to.equal(describeElement($(el, '.filters-button')));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    const row = rowKey(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal(`condition-${row}-field`);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(($(el, `#condition-${row}-field`) as HTMLSelectElement).value).to.equal('email');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal(`condition-${row}-operator`);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(($(el, `#condition-${row}-operator`) as HTMLSelectElement).value).to.equal('not-contains');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'example.org' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => events.length > 0);
    expect(events.at(-1)).to.deep.equal({ conditions: [{ field: 'email', operator: 'not-contains', value: 'example.org' }] });
    expect(el.shadowRoot!.activeElement?.classList.contains('condition-remove')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal({});
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-condition');
  });

  it('a condition on an attribute the source does not define says so, and is left out', async () => {
    const { el, events } = await setup({
      query: {
        conditions: [
          { field: 'attributes.nope', operator: 'contains', value: 'x' },
          { field: 'blocked', operator: 'is-false' },
        ],
      },
    });
    await openBuilder(el);
    const row = rowKey(el, 0);
    expect(text($(el, `#condition-${row}-field-error`))).to.equal('This custom attribute does not exist');
    expect(($(el, `#condition-${row}-field`) as HTMLSelectElement).value).to.equal('attributes.nope');
    expect($$(el, '.condition-chip')).to.have.length(1);
    $(el, 'input[name="condition-match"][value="any"]').click();
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal({ conditions: [{ field: 'blocked', operator: 'is-false' }], match: 'any' });
  });
});

describe('<contact-filter> builder without the custom attributes', () => {
  it('says they could not be loaded, offers the standard fields, and Retry brings them', async () => {
    const source = seededSource();
    source.failNext('listAttributeDefinitions', 'timeout');
    const el = await fixture<ContactFilter>(html`<contact-filter .source=${source}></contact-filter>`);
    await loaded(el);
    await openBuilder(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#builder [role="alert"]'), 'error shown');
    expect(text($(el, '#builder [role="alert"]'))).to.contain('Custom attributes could not be loaded');
    expect(el.shadowRoot!.querySelectorAll('optgroup')).to.have.length(1);
    $(el, '#builder .error-retry').click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('optgroup').length === 2, 'attributes offered');
  });
});
