/**
 * Channel icons: one small glyph per channel in `CHANNELS` (our own static markup, not the
 * brands' logos), tinted in a colour that reads at 3:1 on every surface in both schemes.
 *
 * ```ts
 * static override styles = [sharedStyles, channelIconStyles, styles];
 * html`${channelIcon('whatsapp')}`             // alone: named "WhatsApp" for screen readers
 * html`${channelLabel(contact.sourceChannel)}` // icon + localised name (icon decorative)
 * ```
 *
 * Parts: `channel-icon`, `channel-label`.
 */
import { css, html, nothing, svg, unsafeCSS, type CSSResult, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Channel } from '../../model/channels.js';
import { channelName } from '../../i18n/messages.js';

const GLYPHS: Readonly<Record<Channel, SVGTemplateResult>> = {
  whatsapp: svg`<path d="M4 20l1.3-3.9A8 8 0 1 1 8.1 19L4 20z"/><path d="M9.2 8.6c-.3 2.9 3 6.3 6.2 6.2l.8-1.4-2-1-.9.7a4 4 0 0 1-1.8-1.8l.7-.9-1-2-2 .2z"/>`,
  telegram: svg`<path d="M21 4L3 11.2l5.8 2.1M21 4l-3 16-6.7-4.9M21 4L8.8 13.3 9.5 19l1.8-3.9"/>`,
  viber: svg`<path d="M12 3c5.2 0 8 2 8 7s-2.8 7-8 7h-.5L8.5 20v-3.4C5.5 15.6 4 13.5 4 10c0-5 2.8-7 8-7z"/><path d="M12.5 7a3 3 0 0 1 3 3M12.5 5a5 5 0 0 1 5 5"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 7l8.5 6 8.5-6"/>`,
  phone: svg`<path d="M5 4h3l2 5-2.5 1.5a11 11 0 0 0 6 6L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z"/>`,
  sms: svg`<path d="M4 5h16v11H9l-5 4V5z"/><path d="M8.5 10.5h.01M12 10.5h.01M15.5 10.5h.01"/>`,
  webchat: svg`<rect x="3" y="4" width="18" height="15" rx="2"/><path d="M3 8h18M7 12h10M7 15h6"/>`,
  instagram: svg`<rect x="3.5" y="3.5" width="17" height="17" rx="5"/><circle cx="12" cy="12" r="4"/><path d="M17 7h.01"/>`,
  facebook: svg`<circle cx="12" cy="12" r="9"/><path d="M15 7.5h-1.5a2.5 2.5 0 0 0-2.5 2.5v11M8.5 13h6"/>`,
  line: svg`<path d="M12 4c5 0 9 3 9 7s-4 7-9 7c-.7 0-1.4 0-2-.2L6 20v-3.4C4.2 15.3 3 13.3 3 11c0-4 4-7 9-7z"/><path d="M7.5 9v4h2M11.5 9v4M14 13V9l3 4V9"/>`,
};

/** Icon colours `[light, dark]`: 3:1 against every surface token (checked in the tests). */
export const CHANNEL_COLORS: Readonly<Record<Channel, readonly [light: string, dark: string]>> = {
  whatsapp: ['#17753f', '#4cd47f'],
  telegram: ['#1767a8', '#63b6f2'],
  viber: ['#6b3fa0', '#b99cf2'],
  email: ['#5a6270', '#a3abb8'],
  phone: ['#0d6b6b', '#5cc8c8'],
  sms: ['#8a5a00', '#f2c14e'],
  webchat: ['#0b5cd5', '#7aa7ff'],
  instagram: ['#b52f66', '#ff85b5'],
  facebook: ['#1d5bbf', '#86aefc'],
  line: ['#0a7a33', '#4fd27a'],
};

export interface ChannelIconOptions {
  /** True when the channel's name is shown beside the icon: screen readers then skip it. */
  decorative?: boolean;
}

/** The channel's glyph; named with the channel's localised name unless decorative. */
export function channelIcon(channel: Channel, options: ChannelIconOptions = {}): TemplateResult {
  const decorative = options.decorative ?? false;
  return html`<svg
    class="channel-icon"
    part="channel-icon"
    data-channel=${channel}
    role=${decorative ? nothing : 'img'}
    aria-label=${decorative ? nothing : channelName(channel)}
    aria-hidden=${decorative ? 'true' : nothing}
    focusable="false"
    viewBox="0 0 24 24"
    width="1.25em"
    height="1.25em"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${GLYPHS[channel]}
  </svg>`;
}

/** The icon (decorative) and the channel's localised name. */
export function channelLabel(channel: Channel): TemplateResult {
  return html`<span class="channel-label" part="channel-label"
    >${channelIcon(channel, { decorative: true })}<span>${channelName(channel)}</span></span
  >`;
}

/** Built from the constants above (never from data): unsafeCSS is safe here. */
function channelColorRules(): CSSResult {
  return unsafeCSS(
    Object.entries(CHANNEL_COLORS)
      .map(([channel, [light, dark]]) => `.channel-icon[data-channel='${channel}'] { color: light-dark(${light}, ${dark}); }`)
      .join('\n'),
  );
}

export const channelIconStyles = css`
  .channel-icon {
    flex: none;
    vertical-align: -0.25em;
  }

  .channel-label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  ${channelColorRules()}
`;
