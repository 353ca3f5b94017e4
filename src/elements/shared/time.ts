/**
 * Relative time: "3 hours ago" in a `<time datetime>`, whose exact localised date and time
 * shows in a tooltip on hover and on keyboard focus, and is read by screen readers after the
 * relative text ("3 hours ago, Nov 22, 2026, 3:45 PM").
 *
 * ```ts
 * static override styles = [sharedStyles, timeStyles, styles];
 * html`${relativeTime(contact.lastActivityAt, { now: this.now })}`
 * // In a grid, where cells take focus and only one tab stop is allowed:
 * html`<div role="gridcell" tabindex="-1">${relativeTime(date, { focusable: false })}</div>`
 * ```
 *
 * The tooltip also shows while the element directly around the time has keyboard focus (the
 * grid cell above). The text is computed when rendered: an element that stays on screen for
 * long re-renders on its own clock to keep "3 minutes ago" true. The tooltip opens above the
 * text; a container that clips (`overflow: hidden`) must leave it room.
 *
 * Part: `time`.
 */
import { css, html, type TemplateResult } from 'lit';
import { formatDateTime, formatRelativeTime, type DateInput } from '../../i18n/format.js';

export interface RelativeTimeOptions {
  /** The moment "ago" is measured from; now by default. */
  now?: Date;
  /** False inside a container that takes focus itself (a grid cell). Default true. */
  focusable?: boolean;
}

function isoString(input: DateInput): string | undefined {
  const date = input instanceof Date ? input : new Date(input);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * `date` as "3 hours ago", with its exact date and time on hover and focus. Each text takes
 * its own direction (`dir="auto"`): English in a right-to-left page still reads "1 hour ago",
 * not "hour ago 1".
 */
export function relativeTime(date: DateInput, options: RelativeTimeOptions = {}): TemplateResult {
  const { now = new Date(), focusable = true } = options;
  return html`<time class="time" part="time" datetime=${isoString(date) ?? ''} tabindex=${focusable ? '0' : '-1'}
    ><span class="time-relative" dir="auto">${formatRelativeTime(date, now)}</span
    ><span class="visually-hidden">, </span
    ><span class="time-exact" dir="auto">${formatDateTime(date)}</span></time
  >`;
}

export const timeStyles = css`
  .time {
    position: relative;
    display: inline-block;
    max-inline-size: 100%;
    white-space: nowrap;
    text-decoration: underline dotted color-mix(in srgb, currentColor 50%, transparent);
    text-underline-offset: 0.2em;
  }

  .time:focus-visible {
    outline-offset: 1px;
  }

  /* Hidden but read (like .visually-hidden) until hover or focus turns it into a tooltip. */
  .time-exact {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .time:hover .time-exact,
  .time:focus .time-exact,
  :focus-visible > .time .time-exact {
    z-index: 2;
    inset-block-end: calc(100% + var(--_space-xs));
    inset-inline-start: 0;
    inline-size: max-content;
    block-size: auto;
    margin: 0;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    overflow: visible;
    clip-path: none;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    box-shadow: var(--_shadow);
    font-size: var(--_font-size-s);
    font-weight: 400;
    line-height: 1.3;
    text-decoration: none;
    pointer-events: none;
  }

  @media (forced-colors: active) {
    .time:hover .time-exact,
    .time:focus .time-exact,
    :focus-visible > .time .time-exact {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
