/**
 * A test element that renders one shared part with the styles an element would give it, so a
 * test sees exactly what a user sees inside a shadow root.
 */
import { fixture, html } from '@open-wc/testing';
import { css, LitElement, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { sharedStyles } from '../../../src/styles/base.js';
import { controls } from '../../../src/styles/controls.js';
import { avatarStyles } from '../../../src/elements/shared/avatar.js';
import { channelIconStyles } from '../../../src/elements/shared/channel-icon.js';
import { fieldErrorStyles } from '../../../src/elements/shared/field-error.js';
import { iconStyles } from '../../../src/elements/shared/icons.js';
import { labelChipStyles } from '../../../src/elements/shared/label-chip.js';
import { sourceErrorStyles } from '../../../src/elements/shared/source-error.js';
import { statusBadgeStyles } from '../../../src/elements/shared/status-badge.js';
import { timeStyles } from '../../../src/elements/shared/time.js';

export const PART_STYLES: CSSResultGroup = [
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
];

export class PartHost extends LitElement {
  // On the surface, as inside any element: dark-scheme tests then see dark behind the parts.
  static override styles = [
    PART_STYLES,
    css`
      :host {
        display: block;
        background: var(--_surface);
      }
    `,
  ];

  @property({ attribute: false }) content: TemplateResult | typeof nothing = nothing;

  override render() {
    return this.content;
  }
}
customElements.define('part-host', PartHost);

/** Renders `content` inside a <part-host>; returns the host (query its shadowRoot). */
export async function renderPart(content: TemplateResult, style = ''): Promise<PartHost> {
  const host = await fixture<PartHost>(html`<part-host style=${style} .content=${content}></part-host>`);
  await host.updateComplete;
  return host;
}

export function luminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** A computed colour, `rgb(…)` or `color(srgb …)` (what color-mix() computes to), as 0–255. */
function rgb(color: string): number[] {
  const srgb = color.startsWith('color(srgb');
  const numbers = color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  return srgb ? numbers.map((value) => value * 255) : numbers;
}

/** WCAG contrast ratio between two computed colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
