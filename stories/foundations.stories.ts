/// <reference types="vite/client" />
/**
 * Foundations: the tokens and the shared parts every element is built from (avatars, label
 * chips, channel icons, status badges, times, error blocks, controls, icons), for design review.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { avatar, avatarStyles } from '../src/elements/shared/avatar.js';
import { channelIcon, channelIconStyles, channelLabel } from '../src/elements/shared/channel-icon.js';
import { fieldError, fieldErrorStyles } from '../src/elements/shared/field-error.js';
import { icon, ICON_NAMES, iconStyles } from '../src/elements/shared/icons.js';
import { labelChip, labelChips, labelChipStyles } from '../src/elements/shared/label-chip.js';
import { sourceErrorBlock, sourceErrorStyles } from '../src/elements/shared/source-error.js';
import { statusBadge, statusBadgeStyles } from '../src/elements/shared/status-badge.js';
import { relativeTime, timeStyles } from '../src/elements/shared/time.js';
import { CHANNELS } from '../src/model/channels.js';
import { SOURCE_ERROR_KINDS, SourceError } from '../src/sources/errors.js';
import { sharedStyles } from '../src/styles/base.js';
import { controls } from '../src/styles/controls.js';
import { CONTACT_TOKENS, TOKEN_DEFAULTS } from '../src/styles/tokens.js';
// ?no-inline: a small asset would become a data: URL, which avatars rightly refuse.
import photo from './assets/photo.svg?no-inline';

/** Renders a story's template inside a shadow root with every shared style, as an element would. */
class FoundationPreview extends LitElement {
  static override properties = { content: { attribute: false } };
  static override styles = [
    sharedStyles,
    controls,
    iconStyles,
    avatarStyles,
    labelChipStyles,
    channelIconStyles,
    statusBadgeStyles,
    timeStyles,
    sourceErrorStyles,
    fieldErrorStyles,
    css`
      :host {
        display: block;
        padding: var(--_space-l);
        background: var(--_surface);
        border-radius: var(--_radius);
      }
      h3 {
        margin-block: var(--_space-l) var(--_space-s);
        font-size: var(--_font-size-m);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-m);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: var(--_space-s) var(--_space-l);
      }
      .swatch {
        display: flex;
        align-items: center;
        gap: var(--_space-s);
        font-size: var(--_font-size-s);
      }
      .swatch-color {
        inline-size: 2rem;
        block-size: 2rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .person {
        display: flex;
        align-items: center;
        gap: var(--_space-s);
      }
    `,
  ];

  declare content: TemplateResult | typeof nothing;

  constructor() {
    super();
    this.content = nothing;
  }

  override render() {
    return this.content;
  }
}
if (!customElements.get('foundation-preview')) customElements.define('foundation-preview', FoundationPreview);

const preview = (content: TemplateResult, scheme?: 'light' | 'dark') =>
  html`<foundation-preview style=${scheme ? `color-scheme: ${scheme}` : ''} .content=${content}></foundation-preview>`;

const NOW = new Date();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PHOTO_URL = new URL(photo, location.href).href;

const meta: Meta = {
  title: 'Foundations',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const COLOR_TOKENS = CONTACT_TOKENS.filter((token) => Array.isArray(TOKEN_DEFAULTS[token]));

function tokenSwatches() {
  return html`<div class="grid">
    ${COLOR_TOKENS.map(
      (token) => html`<div class="swatch">
        <span class="swatch-color" style="background: var(--_${token.slice('--contact-'.length)})"></span>
        <code>${token}</code>
      </div>`,
    )}
  </div>`;
}

/** Every colour token, light and dark side by side (the toolbar's scheme does not apply). */
export const Tokens: Story = {
  render: () => html`<div style="display: grid; gap: 1rem">
    ${preview(html`<strong>Light</strong>${tokenSwatches()}`, 'light')}
    ${preview(html`<strong>Dark</strong>${tokenSwatches()}`, 'dark')}
    ${preview(html`
      <h3>Type</h3>
      <p style="font-size: var(--_font-size-s)">Small: Олена Коваль · محمد علي · 王小明</p>
      <p style="font-size: var(--_font-size-m)">Medium: Олена Коваль · محمد علي · 王小明</p>
      <p style="font-size: var(--_font-size-l)">Large: Олена Коваль · محمد علي · 王小明</p>
      <p style="color: var(--_text-muted)">Muted text</p>
    `)}
  </div>`,
};

const PEOPLE = [
  { id: 'c1', name: 'Olena Kovalenko' },
  { id: 'c2', name: 'Олена Коваль' },
  { id: 'c3', name: 'محمد علي' },
  { id: 'c4', name: '王小明' },
  { id: 'c5', name: '김민준' },
  { id: 'c6', name: 'María José García' },
  { id: 'c7', name: '👩‍💻 Ana Pérez' },
  { id: 'c8', name: '🦊' },
  { id: 'c9', name: '+380 67 123 4567' },
  { id: 'c10', name: 'Ana Lima', avatarUrl: PHOTO_URL },
  { id: 'c11', name: 'Broken Photo', avatarUrl: 'https://invalid.example/none.png' },
  { id: 'c12', name: 'Eve Mallory', avatarUrl: 'javascript:alert(1)' },
];

/** Initials across scripts, a photo, a broken photo and an unsafe URL (both fall back), sizes. */
export const Avatars: Story = {
  render: () =>
    preview(html`
      <h3>Across scripts (name beside: decorative)</h3>
      <div class="grid">
        ${PEOPLE.map(
          (person) => html`<div class="person">${avatar(person, { decorative: true })}<span>${person.name}</span></div>`,
        )}
      </div>
      <h3>Sizes</h3>
      <div class="row">
        ${(['s', 'm', 'l', 'xl'] as const).map((size) => avatar(PEOPLE[1]!, { size }))}
        ${(['s', 'm', 'l', 'xl'] as const).map((size) => avatar(PEOPLE[9]!, { size }))}
      </div>
      <h3>Palette</h3>
      <div class="row">${Array.from({ length: 16 }, (_, i) => avatar({ id: `palette-${i}`, name: `Person ${i + 1}` }))}</div>
    `),
};

const LABELS = [
  { name: 'VIP', color: '#d4a000' },
  { name: 'Lead', color: '#1f6feb' },
  { name: 'Wholesale', color: '#8250df' },
  { name: 'Spam', color: '#cf222e' },
  { name: 'Partner', color: '#1a7f37' },
  { name: 'No colour' },
  { name: 'A label with a rather long name that must not break the layout', color: '#0969da' },
];

/** Label chips: colours, removable, "+N" overflow. */
export const LabelChips: Story = {
  render: () =>
    preview(html`
      <h3>All</h3>
      ${labelChips(LABELS)}
      <h3>Removable</h3>
      <div class="row">${LABELS.slice(0, 4).map((label) => labelChip(label, { onRemove: () => {} }))}</div>
      <h3>At most 3, then "+N"</h3>
      ${labelChips(LABELS, { max: 3 })}
      <h3>In a narrow column</h3>
      <div style="inline-size: 12rem">${labelChips(LABELS, { max: 2 })}</div>
    `),
};

/** Every channel: the icon alone (named) and with its name. */
export const ChannelIcons: Story = {
  render: () =>
    preview(html`
      <h3>Icons</h3>
      <div class="row" style="font-size: 1.25rem">${CHANNELS.map((channel) => channelIcon(channel))}</div>
      <h3>With names</h3>
      <div class="grid">${CHANNELS.map((channel) => channelLabel(channel))}</div>
    `),
};

const base = { lastActivityAt: new Date(NOW.getTime() - 2 * HOUR) };
/** Active, inactive, blocked until a time, blocked forever, an expired block, with reasons. */
export const StatusBadges: Story = {
  render: () =>
    preview(html`
      <div class="row">
        ${statusBadge({ ...base, block: null })}
        ${statusBadge({ lastActivityAt: new Date(NOW.getTime() - 90 * DAY), block: null })}
        ${statusBadge({ ...base, block: { until: new Date(NOW.getTime() + 3 * DAY), blockedAt: NOW } })}
        ${statusBadge({ ...base, block: { until: null, blockedAt: NOW } })}
        ${statusBadge({ ...base, block: { until: new Date(NOW.getTime() - DAY), blockedAt: new Date(NOW.getTime() - 2 * DAY) } })}
      </div>
      <h3>With the reason shown (card header)</h3>
      <div class="row">
        ${statusBadge(
          { ...base, block: { until: null, reason: 'Sends spam links to agents', blockedAt: NOW } },
          { showReason: true },
        )}
      </div>
    `),
};

/** Relative times; hover or Tab to one to see the exact date and time. */
export const Times: Story = {
  render: () =>
    preview(html`
      <div class="row" style="padding-block-start: 2.5rem">
        ${[20_000, 5 * 60_000, 3 * HOUR, DAY, 4 * DAY, 20 * DAY, 90 * DAY, 800 * DAY].map(
          (ago) => relativeTime(new Date(NOW.getTime() - ago), { now: NOW }),
        )}
        ${relativeTime(new Date(NOW.getTime() + 2 * DAY), { now: NOW })}
      </div>
    `),
};

/** Every kind of source error; Retry only where trying again can help. */
export const ErrorBlocks: Story = {
  render: () =>
    preview(html`<div style="display: grid; gap: 0.75rem">
      ${sourceErrorBlock(new SourceError('network'), { context: 'Contacts could not be loaded', onRetry: () => {} })}
      ${SOURCE_ERROR_KINDS.filter((kind) => kind !== 'aborted' && kind !== 'network').map((kind) =>
        sourceErrorBlock(new SourceError(kind, kind === 'rate-limited' ? { retryAfter: 30 } : {}), { onRetry: () => {} }),
      )}
    </div>`),
};

/** Buttons, inputs with a field error, checkbox, chips, a menu, skeletons, in both schemes. */
export const Controls: Story = {
  render: () => {
    const controlsPanel = (scheme: 'light' | 'dark') => {
      const email = fieldError(`email-${scheme}`, { field: 'email', code: 'email-invalid' });
      return preview(
        html`
          <div class="row">
            <button class="button button--primary">Save</button>
            <button class="button button--secondary">Cancel</button>
            <button class="button button--danger">${icon('trash')} Delete</button>
            <button class="button button--quiet">Clear all</button>
            <button class="button button--primary" aria-busy="true" disabled><span class="spinner" aria-hidden="true"></span> Saving…</button>
            <button class="icon-button" aria-label="Edit">${icon('pencil')}</button>
            <button class="icon-button" aria-label="More actions">${icon('more')}</button>
          </div>
          <h3>Fields</h3>
          <div class="grid">
            <label class="field"><span class="field-label">Name</span><input class="input" placeholder="Full name" /></label>
            <label class="field"
              ><span class="field-label">Email</span
              ><input
                id=${`email-${scheme}`}
                class="input"
                value="olena@"
                aria-invalid=${email.invalid}
                aria-describedby=${ifDefined(email.describedBy)}
              />${email.message}</label
            >
            <label class="field"
              ><span class="field-label">Language</span
              ><select class="input">
                <option>Ukrainian</option>
                <option>Spanish</option>
              </select></label
            >
          </div>
          <p><label><input type="checkbox" class="checkbox" checked /> Select all 1,234 matching</label></p>
          <h3>Chips and menu</h3>
          <div class="row">
            <button class="chip" aria-pressed="true">VIP</button>
            <button class="chip" aria-pressed="false">Lead</button>
            <span class="chip"><span class="chip-text">Last activity: more than 30 days ago</span></span>
          </div>
          <div class="popover" style="inline-size: 14rem; margin-block-start: 0.75rem">
            <ul class="menu" role="menu" aria-label="Contact actions">
              <li role="none"><button class="menu-item" role="menuitem">${icon('pencil')} Edit</button></li>
              <li role="none"><button class="menu-item" role="menuitem">${icon('merge')} Merge</button></li>
              <li role="none"><button class="menu-item" role="menuitem">${icon('block')} Block</button></li>
              <li role="none"><hr class="menu-separator" /></li>
              <li role="none"><button class="menu-item menu-item--danger" role="menuitem">${icon('trash')} Delete</button></li>
            </ul>
          </div>
          <h3>Loading</h3>
          <div style="display: grid; gap: 0.5rem; inline-size: 16rem">
            <span class="skeleton" style="inline-size: 70%"></span>
            <span class="skeleton"></span>
            <span class="skeleton" style="inline-size: 40%"></span>
          </div>
        `,
        scheme,
      );
    };
    return html`<div style="display: grid; gap: 1rem">${controlsPanel('light')} ${controlsPanel('dark')}</div>`;
  },
};

/** Every UI icon. */
export const Icons: Story = {
  render: () =>
    preview(html`<div class="grid" style="grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr))">
      ${ICON_NAMES.map((name) => html`<span class="person">${icon(name)} <code>${name}</code></span>`)}
    </div>`),
};
